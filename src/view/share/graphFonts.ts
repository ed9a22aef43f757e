/**
 * The graph's web font (Noto Sans, declared in ../graphFont.css) as @font-face rules with the
 * files inlined as data: URLs, for an exported SVG to carry its own fonts. Only the faces the
 * drawing uses go in: one per weight drawn, the Greek file only when a Greek letter is drawn.
 *
 * The files are the very ones the page's CSS loads (Vite gives both the same hashed asset), so
 * they are fetched from the HTTP or service-worker cache, offline too. This module is part of
 * the lazy export chunk: the base64 never weighs on the initial bundle.
 */
import { ExportProblem } from './exportProblem.ts';
import latin500 from '@fontsource/noto-sans/files/noto-sans-latin-500-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latin800 from '@fontsource/noto-sans/files/noto-sans-latin-800-normal.woff2?url';
import greek500 from '@fontsource/noto-sans/files/noto-sans-greek-500-normal.woff2?url';
import greek600 from '@fontsource/noto-sans/files/noto-sans-greek-600-normal.woff2?url';
import greek700 from '@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff2?url';
import greek800 from '@fontsource/noto-sans/files/noto-sans-greek-800-normal.woff2?url';

/** The same unicode ranges as graphFont.css, so a glyph the subset lacks (∂, √, Hangul) falls back the same way. */
const LATIN_RANGE = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const GREEK_RANGE = 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF';
const GREEK = /[\u0370-\u03ff]/u;

const FACES: ReadonlyMap<number, { readonly latin: string; readonly greek: string }> = new Map([
  [500, { latin: latin500, greek: greek500 }],
  [600, { latin: latin600, greek: greek600 }],
  [700, { latin: latin700, greek: greek700 }],
  [800, { latin: latin800, greek: greek800 }],
]);
const WEIGHTS = [...FACES.keys()];

/** The face CSS font matching picks for a requested weight among those declared (CSS Fonts 4, §5.2). */
export function faceWeight(wanted: number): number {
  if (FACES.has(wanted)) return wanted;
  const below = WEIGHTS.filter((w) => w < wanted).reverse();
  const above = WEIGHTS.filter((w) => w > wanted);
  if (wanted > 500) return above[0] ?? below[0];
  if (wanted < 400) return below[0] ?? above[0];
  // 400–500: up to 500 first, then down, then up past 500.
  return above.find((w) => w <= 500) ?? below[0] ?? above[0];
}

/** A drawn text: its weight and characters. */
export interface DrawnText {
  readonly weight: number;
  readonly text: string;
}

/** The files to embed for these texts: one Latin face per weight drawn, a Greek one where Greek is drawn. */
export interface Face {
  readonly weight: number;
  readonly subset: 'latin' | 'greek';
}

/** A character each face draws (and no other face of its weight does): for checking that it has loaded. */
export const SAMPLE: Readonly<Record<Face['subset'], string>> = { latin: '0', greek: 'Σ' };

export function facesFor(texts: readonly DrawnText[]): Face[] {
  const faces = new Map<string, Face>();
  for (const { weight, text } of texts) {
    if (text.trim() === '') continue;
    const w = faceWeight(weight);
    faces.set(`${w} latin`, { weight: w, subset: 'latin' });
    if (GREEK.test(text)) faces.set(`${w} greek`, { weight: w, subset: 'greek' });
  }
  return [...faces.values()].sort((a, b) => a.weight - b.weight || a.subset.localeCompare(b.subset));
}

/** @font-face rules with the files inlined, for the SVG's own <style>. */
export async function embeddedFontFaces(faces: readonly Face[]): Promise<string> {
  const rules = await Promise.all(faces.map(async ({ weight, subset }) => {
    const url = FACES.get(weight)![subset];
    const data = await dataUrl(url);
    const range = subset === 'latin' ? LATIN_RANGE : GREEK_RANGE;
    // The same face as graphFont.css, with its text box (DejaVu Sans's ascent and descent, which label placement assumes).
    return `@font-face { font-family: 'Noto Sans'; font-style: normal; font-weight: ${weight}; src: url(${data}) format('woff2'); unicode-range: ${range}; ascent-override: 93%; descent-override: 24%; line-gap-override: 0%; }`;
  }));
  return rules.join('\n');
}

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new ExportProblem('fontUnreadable', String(response.status));
  const blob = new Blob([await response.arrayBuffer()], { type: 'font/woff2' });
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new ExportProblem('fontUnreadable'));
    reader.readAsDataURL(blob);
  });
}
