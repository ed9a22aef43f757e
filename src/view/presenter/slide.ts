/**
 * "Export PNG" in presenter mode: what the projector shows of the graph now, as a 1920×1080
 * slide in the projector theme. The graph file of the share toolbar (exportGraph.ts, fonts
 * embedded) is drawn at the scale that maps the view onto the slide, then the view is cut out.
 *
 * The view, widened or heightened to 16:9 around its centre, fills the slide: its labels grow
 * with it, so the 20 px of presenter mode stay at least 20 px on the slide whenever the view is
 * at most 1080 px tall.
 */
import { graphPng, graphSvg, PAD } from '../share/exportGraph.ts';
import { ExportProblem } from '../share/exportProblem.ts';

export const SLIDE = { width: 1920, height: 1080 } as const;

/** The zoom group's transform, "translate(x,y) scale(k)" (d3-zoom writes it so). */
function zoomOf(group: SVGGElement): { x: number; y: number; k: number } {
  const m = /translate\(([-\d.e]+),([-\d.e]+)\)\s*scale\(([-\d.e]+)\)/.exec(group.getAttribute('transform') ?? '');
  return m ? { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) } : { x: 0, y: 0, k: 1 };
}

/** The part of the drawing on screen, in the zoom group's units, widened to the slide's shape. */
export function slideRegion(view: { width: number; height: number }, zoom: { x: number; y: number; k: number }) {
  const aspect = SLIDE.width / SLIDE.height;
  const width = Math.max(view.width, view.height * aspect);
  const height = width / aspect;
  const cx = (view.width / 2 - zoom.x) / zoom.k;
  const cy = (view.height / 2 - zoom.y) / zoom.k;
  const w = width / zoom.k;
  const h = height / zoom.k;
  return { left: cx - w / 2, top: cy - h / 2, width: w, height: h, scale: SLIDE.width / w };
}

/** Margin around a whole drawing on the slide (Layers). */
const SLIDE_MARGIN = 40;

export async function slidePng(live: SVGSVGElement, title: string): Promise<Blob> {
  const groups = live.querySelectorAll<SVGGElement>(':scope > g');
  if (groups.length === 0) throw new ExportProblem('notDrawn');
  const svg = await graphSvg(live, title, { palette: 'page' });
  // The Layers view has no pan or zoom (its edges and nodes sit straight under the <svg>): the
  // whole network is on screen, so the slide shows it whole, centred, as big as the slide allows.
  if (live.classList.contains('layers-svg')) {
    const scale = Math.min((SLIDE.width - 2 * SLIDE_MARGIN) / svg.width, (SLIDE.height - 2 * SLIDE_MARGIN) / svg.height);
    return onSlide(await graphPng(svg, scale), (SLIDE.width - svg.width * scale) / 2, (SLIDE.height - svg.height * scale) / 2);
  }
  const group = groups[0];
  const { width, height } = live.getBoundingClientRect();
  const region = slideRegion({ width, height }, zoomOf(group));
  const box = group.getBBox();
  // The file puts a point p of the drawing at p − box + PAD; the region's corner goes to the slide's.
  const s = region.scale;
  return onSlide(await graphPng(svg, s), (box.x - PAD - region.left) * s, (box.y - PAD - region.top) * s);
}

/** The drawing's picture placed at (dx, dy) on a white slide. */
async function onSlide(png: Blob, dx: number, dy: number): Promise<Blob> {
  const whole = await createImageBitmap(png);
  try {
    const canvas = document.createElement('canvas');
    canvas.width = SLIDE.width;
    canvas.height = SLIDE.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ExportProblem('noCanvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, SLIDE.width, SLIDE.height);
    ctx.drawImage(whole, dx, dy);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new ExportProblem('notEncoded'))), 'image/png'));
  } finally {
    whole.close();
  }
}
