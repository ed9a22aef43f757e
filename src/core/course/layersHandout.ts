/**
 * The handout of the Layers view, in Markdown or LaTeX: the program, the layers figure (when the
 * caller drew one), each Layers step as the app's step panel writes it (its sentence, then
 * describeLayerStep's matrix-form formulas), and each layer node's value and gradient in its own
 * shape. Every number is read from the one Gates tape the Layers analysis stands on. The CLI's
 * `explain --detail layers` and the app's "Download handout" in Layers both write it from here.
 */
import { describeLayerStep, type LayersAnalysis, type LayerStep } from '../layers/layerSteps.ts';
import { bmatrix, partialOf } from '../layers/layerTex.ts';
import type { LayerNode } from '../layers/layerGraph.ts';
import { texName } from '../tex/tex.ts';
import {
  fenced, latexDocument, latexListing, mdText, note, sourceLines, type HandoutFigure, type HandoutWords,
} from './handout.ts';
import { latexMath, latexText } from './latexText.ts';

/** A handout's words, and the Layers step panel's sentences (the Layers catalog of src/i18n). */
export interface LayersHandoutWords extends HandoutWords {
  readonly layers: {
    readonly forward: (name: string) => string;
    readonly backward: (name: string) => string;
    readonly backwardInput: (name: string) => string;
  };
}

/** A step's sentence, as the Layers step panel says it. */
function sentence(la: LayersAnalysis, t: LayersHandoutWords, step: LayerStep): string {
  const node = la.layers.nodes[step.node];
  if (step.kind === 'forward') return t.layers.forward(node.name);
  return node.kind === 'input' ? t.layers.backwardInput(node.name) : t.layers.backward(node.name);
}

/** The steps of each pass, numbered as the app numbers Layers steps ("Step 3 of 13"). */
function passes(la: LayersAnalysis, t: LayersHandoutWords) {
  const numbered = (list: readonly LayerStep[]) => list.map((step) => ({
    heading: t.handout.step(step.index + 1, la.steps.length), sentence: sentence(la, t, step), lines: describeLayerStep(la, step).lines,
  }));
  return [
    { title: t.handout.forward, steps: numbered(la.steps.slice(0, la.forwardCount)) },
    { title: t.handout.backward, steps: numbered(la.steps.slice(la.forwardCount)) },
  ];
}

/** Each layer node's name, value and gradient in its own shape (big ones elided as in the steps). */
function results(la: LayersAnalysis) {
  const { values, grads } = la.gates.trace;
  const output = la.layers.nodes[la.layers.output].name;
  const inShape = (n: LayerNode, of: ArrayLike<number>) => bmatrix([], n.rows, n.cols, (k) => of[n.entries[k]]);
  return la.layers.nodes.map((n) => ({
    name: n.name,
    value: `${texName(n.name)} = ${inShape(n, values)}`,
    grad: `${partialOf(output, n.name)} = ${inShape(n, grads)}`,
  }));
}

const outputTex = (la: LayersAnalysis) => texName(la.layers.nodes[la.layers.output].name);

export function layersHandoutMarkdown(la: LayersAnalysis, t: LayersHandoutWords, figure: HandoutFigure = {}): string {
  const T = t.handout;
  const out: string[] = [`# ${T.title}: ${mdText(la.gates.graph.outputName)}`, '', `_${mdText(T.layersIntro)}_`, '', ...fenced(sourceLines(la.gates)), ''];
  if (figure.markdown) out.push(`## ${T.graph}`, '', figure.markdown, '', `_${mdText(T.layersFigure)}_`, '');
  for (const pass of passes(la, t)) {
    out.push(`## ${pass.title}`, '');
    if (pass.steps.length === 0) out.push(`_${T.nothing}_`, '');
    for (const step of pass.steps) {
      out.push(`- **${step.heading}** · ${mdText(step.sentence)}`);
      for (const line of step.lines) out.push(`   - $${line}$`);
    }
    out.push('');
  }
  out.push(`## ${T.results}`, '', `| ${T.name} | ${T.value} | ${T.gradient} |`, '| --- | --- | --- |');
  for (const r of results(la)) out.push(`| ${mdText(r.name)} | $${r.value}$ | $${r.grad}$ |`);
  for (const w of la.gates.allWarnings) out.push('', `> ${T.note}: ${mdText(note(t, w))}`);
  return out.join('\n') + '\n';
}

/** A formula in display math, shrunk to the text's width when its matrices make it wider (graphicx's \\resizebox). */
const displayed = (tex: string) =>
  `\\[ \\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{$\\displaystyle ${latexMath(tex)}$} \\]`;

/** The Layers handout as a LaTeX document for pdfLaTeX (kotex for Korean), as handoutLatex writes the other views'. */
export function layersHandoutLatex(la: LayersAnalysis, t: LayersHandoutWords, lang: string, figure: HandoutFigure = {}): string {
  const T = t.handout;
  const body = [
    `\\section*{${latexText(T.title)}: $${latexMath(outputTex(la))}$}`,
    `\\noindent ${latexText(T.layersIntro)}`,
    ...latexListing(sourceLines(la.gates)),
  ];
  if (figure.latex) body.push(...figure.latex.body);
  for (const pass of passes(la, t)) {
    body.push(`\\subsection*{${latexText(pass.title)}}`);
    if (pass.steps.length === 0) body.push(latexText(T.nothing));
    for (const step of pass.steps) {
      body.push(`\\par\\medskip\\noindent\\textbf{${latexText(step.heading)}} \\ensuremath{\\cdot} ${latexText(step.sentence)}`);
      for (const line of step.lines) body.push(displayed(line));
    }
  }
  // One node a paragraph, not a table row: a matrix is taller than a table row wants to be.
  body.push(`\\subsection*{${latexText(T.results)}}`);
  for (const r of results(la)) body.push(displayed(`${r.value}, \\qquad ${r.grad}`));
  for (const w of la.gates.allWarnings) body.push(`\\par\\noindent\\textbf{${latexText(T.note)}:} ${latexText(note(t, w))}`);
  return latexDocument(body, lang, figure);
}
