/**
 * The graph as a file, exactly as drawn at the current step: an SVG that looks right opened
 * alone, and a PNG of it at 2× for slides. Loaded on the first export (not at first paint).
 *
 * Opened alone, the SVG has none of the page's stylesheet: every style the page's CSS gives an
 * element is written onto it (fill, stroke, font, opacity …), the zoom is dropped and the view
 * box fits the whole graph, on a white background.
 *
 * Fonts. The graph is drawn in a web font, Noto Sans (../graphFont.css), and the SVG carries
 * it: its <style> holds an @font-face per face the drawing uses (each weight drawn; the Greek
 * file only if a Greek letter is), the woff2 inlined as a data: URL (graphFonts.ts, fetched at
 * export time from the cache, so the base64 never sits in a bundle). The family names the
 * page's system stack after it, as on screen: glyphs the subsets lack (∂, √, Hangul) come from
 * the viewer's own sans-serif, which has them on every usual system.
 *
 * The PNG is the SVG drawn by the browser through an <img>: the image is its own document with
 * those data: fonts, so the PNG shows the same font, at 2× for slides.
 */
import { ExportProblem } from './exportProblem.ts';
import { embeddedFontFaces, facesFor, SAMPLE, type DrawnText, type Face } from './graphFonts.ts';

/** The computed styles that the page's CSS sets on graph elements. */
const STYLE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'stroke-linecap', 'stroke-opacity',
  'paint-order', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline',
  'visibility', 'display',
] as const;

/** Room around the drawing in the file, in its units: a point p of the drawing's box lands at p − box + PAD. */
export const PAD = 16;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportedSvg {
  readonly text: string;
  readonly width: number;
  readonly height: number;
  /** The same drawing for graphPng, with a strip below it that samples each embedded face (see fontsDrawn). */
  readonly raster: { readonly text: string; readonly width: number };
  readonly samples: readonly Face[];
}

/**
 * `palette: 'page'` keeps the colours the page draws in now (presenter mode's projector theme, for
 * its slides) instead of the light theme's.
 */
export async function graphSvg(live: SVGSVGElement, title: string, { palette = 'light' }: { palette?: 'light' | 'page' } = {}): Promise<ExportedSvg> {
  // The scalar views draw inside one zoom group; the Layers view (no pan or zoom) draws its edges
  // and nodes straight under the <svg>, and its drawing is all of them.
  const groups = live.querySelectorAll(':scope > g');
  if (groups.length === 0) throw new ExportProblem('notDrawn');
  // (Edge stubs sit beside the scalar views' zoom group, so the count of groups cannot tell the two apart.)
  const zoom = live.classList.contains('layers-svg') ? null : (groups[0] as SVGGElement);
  // In the drawing's own coordinates: the whole graph, whatever the pan and zoom on screen.
  const box = (zoom ?? live).getBBox();
  const width = Math.ceil(box.width + 2 * PAD);
  const height = Math.ceil(box.height + 2 * PAD);

  const copy = live.cloneNode(true) as SVGSVGElement;
  if (palette === 'page') inlineStyles(live, copy);
  else withLightPalette(live, () => inlineStyles(live, copy));
  for (const a of ['class', 'tabindex', 'style']) copy.removeAttribute(a);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const shift = `translate(${PAD - box.x},${PAD - box.y})`;
  if (zoom) (copy.querySelector(':scope > g') as SVGGElement).setAttribute('transform', shift);
  else {
    const drawing = document.createElementNS(SVG_NS, 'g');
    drawing.setAttribute('transform', shift);
    drawing.append(...copy.childNodes);
    copy.append(drawing);
  }

  const font = getComputedStyle(live).fontFamily;
  const style = document.createElementNS(SVG_NS, 'style');
  const faces = facesFor(drawnTexts(copy));
  // Everything above reads the page as it is now, synchronously; only the font files wait.
  style.textContent = `${await embeddedFontFaces(faces)}\nsvg { font-family: ${font}; }`;
  const titleEl = document.createElementNS(SVG_NS, 'title');
  titleEl.textContent = title;
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: '#ffffff' })) background.setAttribute(k, v);
  copy.prepend(titleEl, style, background);

  const serialized = () => `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
  const text = serialized();
  // For the PNG: one sample glyph per face in a strip below the drawing, which graphPng reads but never copies.
  const rasterWidth = Math.max(width, sampleX(faces.length));
  copy.setAttribute('width', String(rasterWidth));
  copy.setAttribute('height', String(height + SAMPLE_STRIP));
  copy.setAttribute('viewBox', `0 0 ${rasterWidth} ${height + SAMPLE_STRIP}`);
  faces.forEach(({ weight, subset }, i) => {
    const sample = document.createElementNS(SVG_NS, 'text');
    for (const [k, v] of Object.entries({ x: String(sampleX(i)), y: String(height + SAMPLE_STRIP - 6), fill: '#000000', 'font-size': '16', 'font-weight': String(weight) })) sample.setAttribute(k, v);
    sample.textContent = SAMPLE[subset];
    copy.append(sample);
  });
  return { text, width, height, raster: { text: serialized(), width: rasterWidth }, samples: faces };
}

/** The sample strip under the PNG's drawing: a 24-px cell per face. */
const SAMPLE_STRIP = 24;
const sampleX = (i: number) => 4 + 24 * i;

/** The texts the file shows (not those hidden until a later step), with their weights, read off the inlined styles. */
function drawnTexts(copy: SVGSVGElement): DrawnText[] {
  const shown = (el: Element | null): boolean => {
    for (; el && el !== copy; el = el.parentElement) {
      if (!(el instanceof SVGElement)) continue;
      const { opacity, display, visibility } = el.style;
      if (opacity === '0' || display === 'none' || visibility === 'hidden') return false;
    }
    return true;
  };
  return [...copy.querySelectorAll('text')].filter(shown).map((el) => ({
    weight: Number(el.style.fontWeight) || 400,
    text: el.textContent ?? '',
  }));
}

/**
 * A file on white is drawn in the light theme's colours, whatever the page's theme: the page's
 * own light palette (the custom properties of its top-level :root rules, outside any dark
 * media query) is set on the graph while its styles are read, then taken off.
 */
function withLightPalette(live: SVGSVGElement, read: () => void): void {
  const palette: [string, string][] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try { rules = sheet.cssRules; } catch { continue; }
    for (const rule of rules) {
      if (!(rule instanceof CSSStyleRule) || rule.selectorText !== ':root') continue;
      for (const p of rule.style) if (p.startsWith('--')) palette.push([p, rule.style.getPropertyValue(p)]);
    }
  }
  for (const [p, v] of palette) live.style.setProperty(p, v);
  try {
    read();
  } finally {
    for (const [p] of palette) live.style.removeProperty(p);
  }
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

/**
 * The SVG rasterised at `scale` on white: 2× for slides.
 *
 * The image is its own document that loads its data: fonts after the image has decoded, and
 * text whose font is still loading is drawn invisible (the font-display block period): a PNG
 * taken at once can miss its bold labels (seen in Chromium on the first export). So the image
 * carries a sample glyph per face in a strip below the drawing, and the PNG is taken once every
 * sample shows ink; the strip itself is cut off.
 */
export async function graphPng(svg: ExportedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.raster.text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    await fontsDrawn(img, svg);
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * scale;
    canvas.height = svg.height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ExportProblem('noCanvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    // The drawing without the sample strip: source and destination are both width × height.
    ctx.drawImage(img, 0, 0, svg.width, svg.height, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new ExportProblem('notEncoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Waits (up to the 3 s after which browsers draw a fallback anyway) until every sample glyph shows ink. */
async function fontsDrawn(img: HTMLImageElement, svg: ExportedSvg): Promise<void> {
  const strip = document.createElement('canvas');
  strip.width = svg.raster.width;
  strip.height = SAMPLE_STRIP;
  const ctx = strip.getContext('2d', { willReadFrequently: true });
  if (!ctx || svg.samples.length === 0) return;
  const inked = (i: number, pixels: Uint8ClampedArray) => {
    for (let y = 0; y < SAMPLE_STRIP; y++) {
      for (let x = sampleX(i); x < sampleX(i) + 20; x++) if (pixels[4 * (y * strip.width + x)] < 128) return true;
    }
    return false;
  };
  for (const deadline = performance.now() + 3000; performance.now() < deadline;) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, strip.width, strip.height);
    ctx.drawImage(img, 0, svg.height, strip.width, SAMPLE_STRIP, 0, 0, strip.width, SAMPLE_STRIP);
    const pixels = ctx.getImageData(0, 0, strip.width, strip.height).data;
    if (svg.samples.every((_, i) => inked(i, pixels))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
