/**
 * A worked solution for a handout, as Markdown (with $…$ math) or as a LaTeX document that
 * pdfLaTeX compiles (with kotex for Hangul): the program, the graph (when the caller drew one:
 * core knows no layout), the forward pass, the backward pass one step per paragraph, numbered
 * as the app numbers them, and a table of results. The CLI's `explain` and the app's "Download
 * handout" both write it from here (through view/handout), each passing the words of its
 * language (a catalog of src/i18n: core reads no catalog but the English one).
 */
import { describeStep } from '../steps/describe.ts';
import { formatNumber, texNumber } from '../tex/tex.ts';
import type { Analysis, Step } from '../index.ts';
import { renderMessage, type Templates } from '../language/message.ts';
import type { Widen } from '../../i18n/catalog.ts';
import type { handout } from '../../i18n/en/handout.ts';
import type { patterns } from '../../i18n/en/engine.ts';
import { HANGUL, latexMath, latexText } from './latexText.ts';

export { latexText } from './latexText.ts';

/** The words a handout needs: any language's catalog has them. */
export interface HandoutWords {
  readonly handout: Widen<typeof handout>;
  readonly engine: {
    readonly patterns: { readonly [K in keyof typeof patterns]: string };
    readonly messages: Templates;
  };
}

/** The graph, drawn by the caller: a Markdown image line, or LaTeX (its section, heading included) with the packages it needs. */
export interface HandoutFigure {
  readonly markdown?: string;
  readonly latex?: { readonly preamble: readonly string[]; readonly body: readonly string[] };
}

/** A step's gate pattern and a warning, in the handout's language. */
const pattern = (t: HandoutWords, step: Step) => (step.patternKey ? t.engine.patterns[step.patternKey] : step.pattern);
export const note = (t: HandoutWords, w: Analysis['allWarnings'][number]) => renderMessage(t.engine.messages, w.ref);

const nodeText = (a: Analysis, step: Step) => a.graph.nodes[step.node].text;

/** The steps of each pass, each with the number the app's step panel gives it ("Step 37 of 95"). */
function passes(a: Analysis, t: HandoutWords) {
  const { steps, forwardCount } = a.schedule;
  const numbered = (list: readonly Step[]) => list.map((step) => ({ step, heading: t.handout.step(step.index + 1, steps.length) }));
  return [
    { title: t.handout.forward, steps: numbered(steps.slice(0, forwardCount)) },
    { title: t.handout.backward, steps: numbered(steps.slice(forwardCount)) },
  ];
}

/**
 * Program text is hostile until escaped (issue 12). The source is split into lines the way both
 * the lexer and CommonMark do (LF, CRLF, lone CR), so no line break can hide from the escaping.
 */
export const sourceLines = (a: Pick<Analysis, 'program'>) => a.program.source.replace(/^\uFEFF/, '').trim().split(/\r\n|\r|\n/);

/** Markdown's inline specials, backslash-escaped: names and notes render as the text typed. */
export const mdText = (s: string) => s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~$&]/g, (c) => `\\${c}`);

/**
 * A code fence longer than any backtick run in the text, so no line of the program can close
 * it (CommonMark: a closing fence is at least as long as the opening one).
 */
export function fenced(lines: readonly string[]): string[] {
  const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, ...lines, fence];
}

/** The handout in Markdown; `t` gives the words, the formulas are the same in every language. */
export function handoutMarkdown(a: Analysis, t: HandoutWords, figure: HandoutFigure = {}): string {
  const T = t.handout;
  const out: string[] = [`# ${T.title}: ${mdText(a.graph.outputName)}`, '', ...fenced(sourceLines(a)), ''];
  if (figure.markdown) out.push(`## ${T.graph}`, '', figure.markdown, '', `_${mdText(T.figure)}_`, '');
  for (const pass of passes(a, t)) {
    out.push(`## ${pass.title}`, '');
    if (pass.steps.length === 0) out.push(`_${T.nothing}_`, '');
    for (const { step, heading } of pass.steps) {
      const p = pattern(t, step);
      out.push(`- **${heading}** · **${mdText(nodeText(a, step))}**${p ? ` — ${mdText(p)}` : ''}`);
      for (const line of describeStep(a, step).lines) out.push(`   - $${line.tex}$`);
    }
    out.push('');
  }
  out.push(`## ${T.results}`, '', `| ${T.name} | ${T.value} | ${T.gradient} |`, '| --- | --- | --- |');
  for (const [name, id] of a.graph.names) out.push(`| ${mdText(name)} | ${formatNumber(a.trace.values[id])} | ${formatNumber(a.trace.grads[id])} |`);
  for (const w of a.allWarnings) out.push('', `> ${T.note}: ${mdText(note(t, w))}`);
  return out.join('\n') + '\n';
}

/** The program listing in typewriter text, each line escaped: no verbatim a comment could end. */
export const latexListing = (lines: readonly string[]) => [
  '\\begin{flushleft}\\ttfamily',
  ...lines.map((line) => `${latexText(line).replace(/ /g, '~') || '~'}\\\\`),
  '\\end{flushleft}',
];

/**
 * The handout as a LaTeX document for pdfLaTeX. Korean (`lang` 'ko'), or Hangul anywhere in it
 * (a name like 가중치), loads kotex. No \emph: kotex has no slanted Hangul, and a missing font is
 * a failed build.
 */
export function handoutLatex(a: Analysis, t: HandoutWords, lang: string, figure: HandoutFigure = {}): string {
  const T = t.handout;
  const body = [
    `\\section*{${latexText(T.title)}: $${latexMath(a.graph.nodes[a.graph.output].label)}$}`,
    ...latexListing(sourceLines(a)),
  ];
  if (figure.latex) body.push(...figure.latex.body);
  for (const pass of passes(a, t)) {
    body.push(`\\subsection*{${latexText(pass.title)}}`);
    if (pass.steps.length === 0) body.push(latexText(T.nothing));
    for (const { step, heading } of pass.steps) {
      const p = pattern(t, step);
      body.push(`\\par\\medskip\\noindent\\textbf{${latexText(heading)}} \\ensuremath{\\cdot} ${latexText(nodeText(a, step))}${p ? ` --- ${latexText(p)}` : ''}`);
      for (const line of describeStep(a, step).lines) body.push(`\\[ ${latexMath(line.tex)} \\]`);
    }
  }
  body.push(`\\subsection*{${latexText(T.results)}}`, '\\begin{longtable}{lrr}', `${latexText(T.name)} & ${latexText(T.value)} & ${latexText(T.gradient)} \\\\ \\hline \\endhead`);
  for (const [name, id] of a.graph.names) body.push(`${latexText(name)} & $${texNumber(a.trace.values[id])}$ & $${texNumber(a.trace.grads[id])}$ \\\\`);
  body.push('\\end{longtable}');
  for (const w of a.allWarnings) body.push(`\\par\\noindent\\textbf{${latexText(T.note)}:} ${latexText(note(t, w))}`);
  return latexDocument(body, lang, figure);
}

/** The body as a whole document: the packages it needs, kotex for Korean or any Hangul in it. */
export function latexDocument(body: readonly string[], lang: string, figure: HandoutFigure): string {
  const korean = lang === 'ko' || body.some((line) => HANGUL.test(line));
  const preamble = [
    '\\documentclass[a4paper]{article}', '\\usepackage[T1]{fontenc}', '\\usepackage{lmodern}', '\\usepackage{amsmath,amssymb}',
    ...(korean ? ['\\usepackage{kotex}'] : []), '\\usepackage[margin=2cm]{geometry}', '\\usepackage{graphicx,longtable}',
    ...(figure.latex?.preamble ?? []),
  ];
  return [...preamble, '\\begin{document}', ...body, '\\end{document}'].join('\n') + '\n';
}
