/**
 * The handout with its graph: core writes the text (core/course/handout.ts), this draws the
 * figure from the app's layout and hands it in — TikZ inside the LaTeX document; for Markdown,
 * an SVG file beside it (`svgName`, which the CLI's `--out DIR` writes) or, with no file to
 * write beside it, the SVG embedded as a data: address. In Layers (a program with a vector or
 * matrix) it is the Layers handout with the layers figure. The CLI's `explain` and the app's
 * "Download handout" both call it.
 */
import type { Analysis, LayersAnalysis } from '../../core/index.ts';
import { handoutLatex, handoutMarkdown, latexText, type HandoutFigure, type HandoutWords } from '../../core/course/handout.ts';
import { handoutFigure } from './figure.ts';
import { figureSvg, svgDataUrl } from './figureSvg.ts';
import { figureTikz, TIKZ_PREAMBLE } from './figureTikz.ts';
import { layersHandoutLatex, layersHandoutMarkdown } from '../../core/course/layersHandout.ts';
import { panelCatalogs } from '../../i18n/panels.ts';
import { isLanguage } from '../../i18n/index.ts';
import { layersOf } from '../layers/layersView.ts';
import { layersFigure } from './layersFigure.ts';
import { layersFigureSvg, layersFigureTikz } from './layersFigureOut.ts';

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
  // Layers stands on the Gates analysis; with no vector or matrix it is Statements, and so is its handout.
  const la = request.detail === 'layers' ? layersOf(a) : null;
  if (la) return writeLayersHandout(la, t, request);
  // Layers with no vector or matrix is the Statements view, drawn with its layout.
  const fig = handoutFigure(a, request.detail === 'layers' ? 'statements' : request.detail);
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

function writeLayersHandout(la: LayersAnalysis, t: HandoutWords, request: HandoutRequest): HandoutFiles {
  const T = t.handout;
  const words = { ...t, layers: panelCatalogs[isLanguage(request.lang) ? request.lang : 'en'].layers };
  const fig = layersFigure(la);
  if (request.format === 'tex') {
    const latex = { preamble: TIKZ_PREAMBLE, body: layersFigureTikz(fig, latexText(T.graph), latexText(T.layersFigure)) };
    return { text: layersHandoutLatex(la, words, request.lang, { latex }) };
  }
  const svg = layersFigureSvg(fig, T.graph);
  const alt = `${T.graph}: ${la.gates.graph.outputName}`.replace(/[[\]\\]/g, (c) => `\\${c}`);
  const figure: HandoutFigure = { markdown: `![${alt}](${request.svgName ? encodeURI(request.svgName) : svgDataUrl(svg)})` };
  return { text: layersHandoutMarkdown(la, words, figure), ...(request.svgName && { svg }) };
}
