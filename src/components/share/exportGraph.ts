/**
 * The graph as a file, exactly as drawn at the current step: an SVG that looks right opened
 * alone, and a PNG of it at 2× for slides. Loaded on the first export (not at first paint).
 *
 * Opened alone, the SVG has none of the page's stylesheet: every style the page's CSS gives an
 * element is written onto it (fill, stroke, font, opacity …), the zoom is dropped and the view
 * box fits the whole graph, on a white background.
 *
 * Fonts. The graph is set in the page's font stack (system-ui … 'DejaVu Sans', sans-serif):
 * system fonts, not web fonts, so there is no font file the page could embed. The SVG names
 * the same stack in an embedded <style>, which every system resolves to its UI sans-serif; the
 * labels are digits, ∂, Latin and Greek letters, which all those fonts hold.
 */

/** The computed styles that the page's CSS sets on graph elements. */
const STYLE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'stroke-linecap', 'stroke-opacity',
  'paint-order', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline',
  'visibility', 'display',
] as const;

const PAD = 16;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportedSvg {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

export function graphSvg(live: SVGSVGElement, title: string): ExportedSvg {
  const zoom = live.querySelector(':scope > g') as SVGGElement | null;
  if (!zoom) throw new Error('the graph is not drawn');
  // In the zoom group's own coordinates: the whole graph, whatever the pan and zoom on screen.
  const box = zoom.getBBox();
  const width = Math.ceil(box.width + 2 * PAD);
  const height = Math.ceil(box.height + 2 * PAD);

  const copy = live.cloneNode(true) as SVGSVGElement;
  inlineStyles(live, copy);
  for (const a of ['class', 'tabindex', 'style']) copy.removeAttribute(a);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const zoomCopy = copy.querySelector(':scope > g') as SVGGElement;
  zoomCopy.setAttribute('transform', `translate(${PAD - box.x},${PAD - box.y})`);

  const font = getComputedStyle(live).fontFamily;
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = `svg { font-family: ${font}; }`;
  const titleEl = document.createElementNS(SVG_NS, 'title');
  titleEl.textContent = title;
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: '#ffffff' })) background.setAttribute(k, v);
  copy.prepend(titleEl, style, background);

  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
  return { text, width, height };
}

/** Copies the page's computed styles onto the clone, element by element (they match one to one). */
function inlineStyles(live: Element, copy: Element): void {
  const liveAll = [live, ...live.querySelectorAll('*')];
  const copyAll = [copy, ...copy.querySelectorAll('*')];
  // A label fading in has its final opacity in the file: transitions end at once while styles are read
  // (set through the CSSOM, which a strict style-src allows).
  const styled = liveAll.filter((el): el is SVGElement => el instanceof SVGElement);
  for (const el of styled) el.style.transition = 'none';
  liveAll.forEach((el, i) => {
    const target = copyAll[i];
    if (!target || el === live) return;
    const computed = getComputedStyle(el);
    const decl = STYLE_PROPS.map((p) => [p, computed.getPropertyValue(p)] as const).filter(([, v]) => v !== '' && v !== 'normal' && v !== 'auto');
    // Through the CSSOM, not a style="…" attribute string: a strict CSP (style-src 'self') refuses the latter.
    if (target instanceof SVGElement) for (const [p, v] of decl) target.style.setProperty(p, v);
    target.removeAttribute('class');
  });
  for (const el of styled) el.style.transition = '';
}

/** The SVG rasterised at `scale` on white: 2× for slides. */
export async function graphPng(svg: ExportedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * scale;
    canvas.height = svg.height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw a picture');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
