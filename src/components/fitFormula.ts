/**
 * Fitting the step panel's formulas to its width, all of them at once.
 *
 * Each formula box holds the chain on one line and, when the engine gave a `split`, the same
 * chain on two lines (broken at an `=`). Which one shows, and whether its type shrinks, is found
 * by measuring. Measured box by box, every read after a write forces the page's layout again:
 * a backward step of the MLP has ten formulas and paid some thirty layouts (≈ 6 ms of its
 * frame). Here the boxes a render touched are fitted together in phases — write every box, then
 * read every box — so a step costs at most four layouts, whatever its number of formulas.
 *
 * Fitting runs in a microtask queued by the commit's layout effects: after React has written
 * the DOM, before the frame is painted, so no unfitted formula is ever seen. One shared
 * ResizeObserver refits a box when its width changes, and ignores the first report of a box
 * already fitted at that width (observing reports once at once).
 */

/** The smallest type a too-wide half may shrink to before it is allowed to wrap. */
export const MIN_SCALE = 0.75;

interface Fitted {
  /** The width the box was last fitted at. */
  width: number;
}

const fitted = new WeakMap<HTMLElement, Fitted>();
const pending = new Set<HTMLElement>();
let queued = false;

/** Fits `box` (a `.fit-formula`: one-line child, then the optional two-line child) before the next paint. */
export function fitSoon(box: HTMLElement): void {
  pending.add(box);
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    const boxes = [...pending].filter((b) => b.isConnected);
    pending.clear();
    fitAll(boxes);
  });
}

let observer: ResizeObserver | null = null;

/** Refits `box` whenever its width changes; returns the stop. */
export function watchWidth(box: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const el = entry.target as HTMLElement;
      if (fitted.get(el)?.width !== el.clientWidth) fitSoon(el);
    }
  });
  observer.observe(box);
  return () => observer?.unobserve(box);
}

interface Parts {
  box: HTMLElement;
  one: HTMLElement;
  two: HTMLElement | null;
  halves: HTMLElement[];
  width: number;
}

const widest = (p: Parts) => Math.max(...p.halves.map((h) => h.scrollWidth));

export function fitAll(boxes: readonly HTMLElement[]): void {
  // Write: every box back to one line at full size (it may have shown a longer formula before).
  const parts: Parts[] = [];
  for (const box of boxes) {
    const one = box.children[0] as HTMLElement | undefined;
    if (!one) continue;
    const two = (box.children[1] as HTMLElement | undefined) ?? null;
    const halves = two ? ([...two.children] as HTMLElement[]) : [];
    box.style.fontSize = '';
    one.style.display = '';
    if (two) two.style.display = 'none';
    for (const h of halves) h.style.whiteSpace = 'nowrap';
    parts.push({ box, one, two, halves, width: 0 });
  }
  // Read (one layout): the widths, and which one-liners overflow.
  const over = parts.filter((p) => {
    p.width = p.box.clientWidth;
    fitted.set(p.box, { width: p.width });
    return p.two !== null && p.one.scrollWidth > p.width + 1;
  });
  if (over.length === 0) return;
  // Write: those on two lines.
  for (const p of over) {
    p.one.style.display = 'none';
    p.two!.style.display = '';
  }
  // Read: a half still too wide shrinks its type a little (to MIN_SCALE at most) …
  const shrunk = over
    .map((p) => ({ p, w: widest(p) }))
    .filter(({ p, w }) => w > p.width + 1);
  if (shrunk.length === 0) return;
  for (const { p, w } of shrunk) p.box.style.fontSize = `${Math.max(MIN_SCALE, Math.floor((100 * (p.width + 1)) / w) / 100)}em`;
  // … and on a phone, where even that is too wide, it may break at = or + after all.
  const wraps = shrunk.filter(({ p }) => widest(p) > p.width + 1);
  for (const { p } of wraps) for (const h of p.halves) h.style.whiteSpace = 'normal';
}
