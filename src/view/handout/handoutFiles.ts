/**
 * The handout with its graph: core writes the text (core/course/handout.ts), this draws the
 * figure from the app's layout and hands it in — TikZ inside the LaTeX document; for Markdown,
 * an SVG file beside it (`svgName`, which the CLI's `--out DIR` writes) or, with no file to
 * write beside it, the SVG embedded as a data: address. The CLI's `explain` and the app's
 * "Download handout" both call it.
 */
import type { Analysis } from '../../core/index.ts';
import { handoutLatex, handoutMarkdown, latexText, type HandoutFigure, type HandoutWords } from '../../core/course/handout.ts';
import { handoutFigure } from './figure.ts';
import { figureSvg, svgDataUrl } from './figureSvg.ts';
import { figureTikz, TIKZ_PREAMBLE } from './figureTikz.ts';

export type HandoutFormat = 'md' | 'tex';

export interface HandoutFiles {
  /** The handout itself. */
  readonly text: string;
  /** The graph as SVG, for a Markdown handout that links it by `svgName`. */
  readonly svg?: string;
}

export interface HandoutRequest {
  readonly format: HandoutFormat;
  readonly lang: string;
  /** The view the analysis was made in: it picks the layout, as in the app. */
  readonly detail: string;
  /** Markdown: link the SVG by this file name (it is returned in `svg`) instead of embedding it. */
  readonly svgName?: string;
}

export function writeHandout(a: Analysis, t: HandoutWords, request: HandoutRequest): HandoutFiles {
  const T = t.handout;
  const fig = handoutFigure(a, request.detail);
  const omitted = T.figureOmitted(a.graph.nodes.length);
  if (request.format === 'tex') {
    const latex = fig ? { preamble: TIKZ_PREAMBLE, body: figureTikz(fig, latexText(T.graph), latexText(T.figure)) }
      : { preamble: [], body: [`\\subsection*{${latexText(T.graph)}}`, latexText(omitted)] };
    return { text: handoutLatex(a, t, request.lang, { latex }) };
  }
  if (!fig) return { text: handoutMarkdown(a, t, { markdown: `_${omitted}_` }) };
  const svg = figureSvg(fig, T.graph);
  const alt = `${T.graph}: ${a.graph.outputName}`.replace(/[[\]\\]/g, (c) => `\\${c}`);
  const figure: HandoutFigure = { markdown: `![${alt}](${request.svgName ? encodeURI(request.svgName) : svgDataUrl(svg)})` };
  return { text: handoutMarkdown(a, t, figure), ...(request.svgName && { svg }) };
}
