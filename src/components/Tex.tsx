/**
 * The one place KaTeX renders. Formulas come from the engine's TeX (core/tex.ts, stepTex.ts) and
 * render through the DOM (`katex.render`, CSP-safe); each rendered formula is cached by its
 * source and cloned, since one takes ~1 ms and stepping back and forth repeats them.
 *
 * KaTeX is 69 kB of gzipped JS, a third of the page. It loads as its own chunk, requested as this
 * module is evaluated, so the graph paints without waiting to parse it; until it arrives (tens of
 * ms) a formula shows its plain-text twin, `fallback`, and then re-renders.
 */
import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';

type Katex = typeof import('katex').default;
let katex: Katex | null = null;
const listeners = new Set<() => void>();
/** Settles once KaTeX is loaded (or failed to load: formulas then stay plain text). */
export const katexReady: Promise<void> = import('katex').then(
  (m) => { katex = m.default; },
  () => undefined,
).then(() => { cache.clear(); cachedNodes = 0; listeners.forEach((l) => l()); });
const subscribe = (l: () => void) => { listeners.add(l); return () => { listeners.delete(l); }; };
const loaded = () => katex !== null;

/**
 * Rendered formulas, least recently used first, bounded by count and by the DOM they hold: a
 * cached formula is a detached tree of tens to hundreds of elements, and 400 of a program's
 * biggest were 40,000 nodes alive (bench:browser's 40 opened programs). The count alone bounds
 * the map, not the DOM; the node budget bounds the DOM.
 */
const cache = new Map<string, { readonly el: HTMLElement; readonly nodes: number }>();
const CACHE_SIZE = 400;
const CACHE_NODES = 5000;
let cachedNodes = 0;

function remember(key: string, el: HTMLElement): void {
  let nodes = 1;
  for (const walk = document.createTreeWalker(el); walk.nextNode();) nodes++;
  cache.set(key, { el, nodes });
  cachedNodes += nodes;
  while (cache.size > 1 && (cache.size > CACHE_SIZE || cachedNodes > CACHE_NODES)) {
    const [oldest, entry] = cache.entries().next().value as [string, { nodes: number }];
    cache.delete(oldest);
    cachedNodes -= entry.nodes;
  }
}

function rendered(tex: string, display: boolean, fallback: string, speech = true): HTMLElement {
  if (!katex) {
    const el = document.createElement('span');
    el.textContent = fallback;
    return el;
  }
  const key = `${display ? 'D' : 'I'}${speech ? 'S' : 'H'}${tex}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.el;
  }
  const el = document.createElement('span');
  try {
    // "Display" formulas render inline in \displaystyle: full-size fractions, yet KaTeX may
    // still break a long chain after `=` or `+` instead of running out of a narrow panel.
    katex.render(display ? `\\displaystyle ${tex}` : tex, el, {
      throwOnError: true, trust: entryMarkOnly, strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'warn'),
      maxExpand: 200, maxSize: 20, output: speech ? 'htmlAndMathml' : 'html',
    });
  } catch {
    // The engine's TeX is tested to render; if one ever fails, show its source rather than nothing.
    el.textContent = tex;
    el.className = 'tex-error';
  }
  remember(key, el);
  return el;
}

/**
 * The one HTML extension trusted: \htmlData{entry=N}, a matrix entry's scalar id in the Layers
 * step panel (a data- attribute, nothing that loads or runs), so a click on it picks that entry.
 */
const entryMarkOnly = (context: { command: string; attributes?: Record<string, string> }) =>
  context.command === '\\htmlData' && context.attributes !== undefined
  && Object.keys(context.attributes).length === 1 && /^\d+$/.test(context.attributes['data-entry'] ?? '');

interface Props {
  tex: string;
  display?: boolean;
  className?: string;
  /** Plain text shown until KaTeX has loaded. */
  fallback?: string;
  /**
   * With MathML for screen readers (the default). A formula that is only ever a visual copy of
   * one already spoken (the step panel's two-line form) goes without: the browser lays out
   * hidden MathML too, and on an MLP step that was a third of the step panel's layout.
   */
  speech?: boolean;
}

/** A formula as Tex renders it, for warming the cache. */
export interface TexSpec { tex: string; display: boolean; speech?: boolean }

/**
 * Typesets formulas into the cache ahead of need, in idle time: the step panel warms the next
 * step's, so stepping forward finds them ready (KaTeX is most of a step's script time).
 * Returns the cancel.
 */
export function warmSoon(formulas: () => readonly TexSpec[]): () => void {
  const warm = () => {
    if (!katex) return;
    for (const f of formulas()) rendered(f.tex, f.display, '', f.speech);
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(warm, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(warm, 50);
  return () => clearTimeout(id);
}

/** True once KaTeX has loaded: a component whose measurements depend on typeset formulas re-measures then. */
export const useKatexReady = () => useSyncExternalStore(subscribe, loaded, loaded);

export function Tex({ tex, display = false, className, fallback = '', speech = true }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  const ready = useKatexReady();
  useLayoutEffect(() => {
    ref.current?.replaceChildren(rendered(tex, display, fallback, speech).cloneNode(true));
  }, [tex, display, fallback, speech, ready]);
  const classes = ['tex', display ? 'tex-block' : '', className ?? ''].filter(Boolean).join(' ');
  return <span ref={ref} className={classes} />;
}
