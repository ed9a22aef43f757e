/**
 * The one place KaTeX renders. Formulas come from the engine's TeX (core/tex.ts, stepTex.ts) and
 * render through the DOM (`katex.render`, CSP-safe); each rendered formula is cached by its
 * source and cloned, since one takes ~1 ms and stepping back and forth repeats them.
 */
import katex from 'katex';
import { useLayoutEffect, useRef } from 'react';

const cache = new Map<string, HTMLElement>();
const CACHE_SIZE = 400;

function rendered(tex: string, display: boolean): HTMLElement {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const el = document.createElement('span');
  try {
    // "Display" formulas render inline in \displaystyle: full-size fractions, yet KaTeX may
    // still break a long chain after `=` or `+` instead of running out of a narrow panel.
    katex.render(display ? `\\displaystyle ${tex}` : tex, el, { throwOnError: true, trust: false, maxExpand: 200, maxSize: 20, output: 'htmlAndMathml' });
  } catch {
    // The engine's TeX is tested to render; if one ever fails, show its source rather than nothing.
    el.textContent = tex;
    el.className = 'tex-error';
  }
  cache.set(key, el);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return el;
}

export function Tex({ tex, display = false, className }: { tex: string; display?: boolean; className?: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(rendered(tex, display).cloneNode(true));
  }, [tex, display]);
  const classes = ['tex', display ? 'tex-block' : '', className ?? ''].filter(Boolean).join(' ');
  return <span ref={ref} className={classes} />;
}
