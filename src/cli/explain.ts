/**
 * The CLI's `explain`: the handout with its graph (view/handout) in the language asked for, on
 * stdout; or, with `--out DIR`, written into DIR as handout.md (beside it graph.svg, which it
 * links) or handout.tex, and the files' paths printed as JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../core/index.ts';
import { writeHandout, type HandoutFiles, type HandoutFormat } from '../view/handout/handoutFiles.ts';
import { catalogs, type Language } from '../i18n/index.ts';

export { latexText } from '../core/course/handout.ts';

export const GRAPH_SVG = 'graph.svg';

export const explainMarkdown = (a: Analysis, lang: Language = 'en', detail = 'gates') =>
  writeHandout(a, catalogs[lang], { format: 'md', lang, detail }).text;
export const explainLatex = (a: Analysis, lang: Language = 'en', detail = 'gates') =>
  writeHandout(a, catalogs[lang], { format: 'tex', lang, detail }).text;

export interface ExplainRequest { readonly format: HandoutFormat; readonly lang: Language; readonly detail: string; readonly out?: string }

/** The handout on stdout, or its files in `request.out`; a directory that cannot be written is a message, not a throw. */
export function runExplain(a: Analysis, request: ExplainRequest, io: { out: (s: string) => void; err: (s: string) => void }): number {
  const { format, lang, detail, out } = request;
  if (out === undefined) {
    io.out(writeHandout(a, catalogs[lang], { format, lang, detail }).text);
    return 0;
  }
  const files: HandoutFiles = writeHandout(a, catalogs[lang], { format, lang, detail, svgName: GRAPH_SVG });
  const written = [[join(out, `handout.${format}`), files.text], ...(files.svg ? [[join(out, GRAPH_SVG), files.svg]] : [])];
  try {
    mkdirSync(out, { recursive: true });
    for (const [path, text] of written) writeFileSync(path, text);
  } catch (e) {
    io.err(`cannot write the handout into ${out}: ${(e as Error).message}`);
    return 1;
  }
  io.out(JSON.stringify({ files: written.map(([path]) => path) }));
  return 0;
}
