/**
 * Printing shows the whole graph. On screen the drawing is framed by d3-zoom (a transform on its
 * outer group), so a page would print whatever the camera held, cut at the window's edge. When
 * the page goes to print, each graph's viewBox becomes its drawing's own bounding box and
 * print.css sets the camera's transform aside: the drawing scales to the page, whole, at the
 * step on screen. Afterwards everything is put back as it was; the camera never moved.
 */

const PAD = 8;
/** Wider than tall by this much: a landscape page shows it bigger than a portrait one. */
const WIDE = 1.3;
/** The group that carries the camera, as GraphView draws it: the outer group around the edges. */
const camera = (svg: SVGSVGElement) => svg.querySelector('g.edges')?.parentElement?.parentElement as SVGGElement | null | undefined;

interface Saved { readonly viewBox: string | null; readonly aspect: string | null }
const saved = new Map<SVGSVGElement, Saved>();

function fit(): void {
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg.graph-svg')) {
    const view = camera(svg);
    if (!view || saved.has(svg)) continue;
    // getBBox is in the group's own user space: the drawing without the camera's transform.
    const box = view.getBBox();
    if (box.width <= 0 || box.height <= 0) continue;
    saved.set(svg, { viewBox: svg.getAttribute('viewBox'), aspect: svg.getAttribute('preserveAspectRatio') });
    svg.setAttribute('viewBox', `${box.x - PAD} ${box.y - PAD} ${box.width + 2 * PAD} ${box.height + 2 * PAD}`);
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    svg.style.setProperty('--print-aspect', `${box.width + 2 * PAD} / ${box.height + 2 * PAD}`);
    view.classList.add('print-camera');
    svg.classList.add('print-fit');
    // A wide network prints on a landscape page of its own (print.css), half as big again.
    if (box.width > WIDE * box.height) svg.classList.add('print-wide');
  }
}

function restore(): void {
  for (const [svg, was] of saved) {
    for (const [name, value] of [['viewBox', was.viewBox], ['preserveAspectRatio', was.aspect]] as const) {
      if (value === null) svg.removeAttribute(name);
      else svg.setAttribute(name, value);
    }
    svg.style.removeProperty('--print-aspect');
    svg.classList.remove('print-fit', 'print-wide');
    camera(svg)?.classList.remove('print-camera');
  }
  saved.clear();
}

/**
 * Listens for printing: `beforeprint`/`afterprint` (Ctrl+P, the print dialog) and the print
 * media query (print preview, headless PDF and emulated print media). Returns the unlisten.
 */
export function installPrintFit(win: Window = window): () => void {
  const media = win.matchMedia('print');
  const onMedia = (e: MediaQueryListEvent) => (e.matches ? fit() : restore());
  win.addEventListener('beforeprint', fit);
  win.addEventListener('afterprint', restore);
  media.addEventListener('change', onMedia);
  return () => {
    win.removeEventListener('beforeprint', fit);
    win.removeEventListener('afterprint', restore);
    media.removeEventListener('change', onMedia);
  };
}
