/**
 * Fitting the step panel's formulas to its width, all of them at once, after the browser's own
 * layout.
 *
 * Each formula box holds the chain on one line and, when the engine gave a `split`, the same
 * chain on two lines (broken at an `=`). Which one shows, and whether its type shrinks, is found
 * by measuring. Measured box by box as React commits, every read after a write forced the page's
 * layout again: a backward step of the MLP has ten formulas and paid some thirty layouts, and
 * while a big paste mounts its drawing the first of them laid out thousands of new marks inside
 * a script task (80–220 ms of the paste's longest tasks).
 *
 * So a changed box is only reset as React commits (writes, no reads), and then observed afresh
 * by one shared ResizeObserver. Observing reports a box once at the next rendering step, after
 * the browser's layout and before its paint: reading sizes there costs nothing, and the few
 * writes that follow re-lay out the step panel alone. The boxes of one step arrive together and
 * are fitted in phases — read every box, then write every box — and no unfitted formula is ever
 * painted. The same observer refits a box when its width changes (the panel is resized).
 */

/** The smallest type a too-wide half may shrink to before it is allowed to wrap. */
export const MIN_SCALE = 0.75;

/** The width each box was last fitted at. */
const fittedWidth = new WeakMap<HTMLElement, number>();
/** Boxes reset for a new formula, waiting for their first report. */
const fresh = new WeakSet<HTMLElement>();
let observer: ResizeObserver | null = null;

interface Parts {
  box: HTMLElement;
  one: HTMLElement;
  two: HTMLElement | null;
  halves: HTMLElement[];
  width: number;
}

function partsOf(box: HTMLElement): Parts | null {
  const one = box.children[0] as HTMLElement | undefined;
  if (!one) return null;
  const two = (box.children[1] as HTMLElement | undefined) ?? null;
  return { box, one, two, halves: two ? ([...two.children] as HTMLElement[]) : [], width: 0 };
}

/** Back to one line at full size (the box may have shown a longer formula before). Writes only. */
function reset(p: Parts): void {
  p.box.style.fontSize = '';
  p.one.style.display = '';
  if (p.two) p.two.style.display = 'none';
  for (const h of p.halves) h.style.whiteSpace = 'nowrap';
}

/**
 * Fits `box` (a `.fit-formula`: one-line child, then the optional two-line child) to its width
 * before the next paint, and again whenever its width changes; returns the stop. Call it from a
 * layout effect each time the box's formula changes.
 */
export function fitBox(box: HTMLElement): () => void {
  const parts = partsOf(box);
  if (parts) reset(parts);
  if (typeof ResizeObserver === 'undefined') return () => {};
  observer ??= new ResizeObserver((entries) => fitAll(entries.map((e) => e.target as HTMLElement)));
  fresh.add(box);
  // Observed afresh, a box is reported once at the next rendering step, whatever its size.
  observer.unobserve(box);
  observer.observe(box);
  return () => {
    fresh.delete(box);
    observer?.unobserve(box);
  };
}

const widest = (p: Parts) => Math.max(...p.halves.map((h) => h.scrollWidth));

function fitAll(boxes: readonly HTMLElement[]): void {
  const all = boxes.map((box) => (box.isConnected ? partsOf(box) : null)).filter((p): p is Parts => p !== null);
  // A box reported for a width change keeps its last fit, which may no longer be right: reset it
  // (after reading every width, so only the read below lays out again, and only on a resize).
  const resized = all.filter((p) => !fresh.has(p.box) && fittedWidth.get(p.box) !== p.box.clientWidth);
  for (const p of resized) reset(p);
  const fitting = all.filter((p) => fresh.has(p.box) || resized.includes(p));
  // Read: the widths, and which one-liners overflow.
  const over = fitting.filter((p) => {
    fresh.delete(p.box);
    p.width = p.box.clientWidth;
    fittedWidth.set(p.box, p.width);
    return p.two !== null && p.one.scrollWidth > p.width + 1;
  });
  if (over.length === 0) return;
  // Write: those on two lines.
  for (const p of over) {
    p.one.style.display = 'none';
    p.two!.style.display = '';
  }
  // Read: a half still too wide shrinks its type a little (to MIN_SCALE at most) …
  const shrunk = over.map((p) => ({ p, w: widest(p) })).filter(({ p, w }) => w > p.width + 1);
  if (shrunk.length === 0) return;
  for (const { p, w } of shrunk) p.box.style.fontSize = `${Math.max(MIN_SCALE, Math.floor((100 * (p.width + 1)) / w) / 100)}em`;
  // … and on a phone, where even that is too wide, it may break at = or + after all.
  const wraps = shrunk.filter(({ p }) => widest(p) > p.width + 1);
  for (const { p } of wraps) for (const h of p.halves) h.style.whiteSpace = 'normal';
}
