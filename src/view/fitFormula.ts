/**
 * Fitting the step panel's formulas to its width, all of them at once, with no layout of our own.
 *
 * Each formula box holds the chain on one line and, when the engine gave a `split`, the same
 * chain on two lines (broken at an `=`). Which one shows, and whether its type shrinks, is found
 * by measuring. Measured box by box as React committed, every read after a write forced the
 * page's layout again: a backward step of the MLP has ten formulas and paid some thirty layouts,
 * and while a big paste mounted its drawing the first of them laid out thousands of new marks
 * inside a script task.
 *
 * Now both forms are always laid out by the browser itself, the two-line one hidden and out of
 * the flow (styles.css), so all widths come from one layout, and the choice is written as data
 * attributes. That layout is forced once for all of a step's boxes in a microtask after React's
 * commit (`early`), or, with a big drawing on the page, taken from the browser's own: a changed
 * box is observed afresh by one shared ResizeObserver, which reports it after the frame's layout
 * and before its paint. No unfitted formula is ever painted. The same observer refits a box when
 * its width changes.
 */

/** The smallest type a too-wide half may shrink to before it is allowed to wrap. */
export const MIN_SCALE = 0.75;

/** The width each box was last fitted at. */
const fittedWidth = new WeakMap<HTMLElement, number>();
/** Boxes whose formula changed, waiting for their first report. */
const fresh = new WeakSet<HTMLElement>();
let observer: ResizeObserver | null = null;

/** Back to one line at full size. Writes only. */
function reset(box: HTMLElement): void {
  box.style.fontSize = '';
  delete box.dataset.lines;
  delete box.dataset.wrap;
}

/**
 * Fits `box` (a `.fit-formula`: the one-line form, then the optional `.two-lines` form) to its
 * width before the next paint, and again whenever its width changes; returns the stop. Call it
 * from a layout effect each time the box's formula changes.
 */
export function fitBox(box: HTMLElement, early: boolean): () => void {
  reset(box);
  if (typeof ResizeObserver === 'undefined') return () => {};
  observer ??= new ResizeObserver((entries) => fitAll(entries.map((e) => e.target as HTMLElement)));
  fresh.add(box);
  if (early) fitSoon(box);
  // Observed afresh, a box is reported once at the next rendering step, whatever its size.
  observer.unobserve(box);
  observer.observe(box);
  return () => {
    fresh.delete(box);
    observer?.unobserve(box);
  };
}

/**
 * Early: in a microtask after React's commit, with one layout forced for all of a step's boxes.
 * A keystroke or a step then does that layout while it waits for the frame (at 60 Hz, 8 ms on
 * average), where the report after the frame's own layout would add it to the frame: the
 * preset's keystroke-to-frame median was 15–17 ms fitted early and 19–20 ms fitted late. Only
 * with a big drawing on the page, whose layout would land in the script task, is it left late.
 */
const early = new Set<HTMLElement>();
function fitSoon(box: HTMLElement): void {
  if (early.size === 0) queueMicrotask(() => {
    const boxes = [...early];
    early.clear();
    fitAll(boxes);
  });
  early.add(box);
}

interface Fit { box: HTMLElement; lines: 1 | 2; scale: number; wrap: boolean }

function fitAll(boxes: readonly HTMLElement[]): void {
  const fits: Fit[] = [];
  let resized = false;
  // Read: every width, as the browser's layout left it.
  for (const box of boxes) {
    if (!box.isConnected) continue;
    const width = box.clientWidth;
    if (!fresh.has(box)) {
      if (fittedWidth.get(box) === width) continue;
      resized = true;
    }
    fresh.delete(box);
    fittedWidth.set(box, width);
    const one = box.firstElementChild as HTMLElement | null;
    const two = box.querySelector<HTMLElement>(':scope > .two-lines');
    // Shown on two lines, the one-line form is not laid out: a resize measures it again below.
    const oneWidth = one && box.dataset.lines !== '2' ? one.scrollWidth : Infinity;
    if (!two || oneWidth <= width + 1) {
      fits.push({ box, lines: 1, scale: 1, wrap: false });
      continue;
    }
    const widest = two.scrollWidth;
    // A half still too wide shrinks its type a little (to MIN_SCALE at most); on a phone, where
    // even that is too wide, it may break at = or + after all.
    const scale = widest > width + 1 ? Math.max(MIN_SCALE, Math.floor((100 * (width + 1)) / widest) / 100) : 1;
    fits.push({ box, lines: 2, scale, wrap: widest * scale > width + 1 });
  }
  if (resized) {
    // A box resized while on two lines: measure its one-line form again (one forced layout, on a resize only).
    for (const f of fits) if (f.lines === 2 && f.box.dataset.lines === '2') reset(f.box);
    for (const f of fits) {
      if (f.lines !== 2 || f.box.dataset.lines !== undefined) continue;
      const one = f.box.firstElementChild as HTMLElement | null;
      if (one && one.scrollWidth <= f.box.clientWidth + 1) f.lines = 1;
    }
  }
  // Write.
  for (const f of fits) {
    if (f.lines === 1) {
      reset(f.box);
      continue;
    }
    f.box.dataset.lines = '2';
    f.box.style.fontSize = f.scale < 1 ? `${f.scale}em` : '';
    if (f.wrap) f.box.dataset.wrap = '';
    else delete f.box.dataset.wrap;
  }
}
