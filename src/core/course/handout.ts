/**
 * A worked solution for a handout, as Markdown (with $…$ math) or as a LaTeX document:
 * the program, the forward pass, the backward pass one step per line, and a table of results.
 * The CLI's `explain` and the app's "Download handout" both write it from here, each passing
 * the words of its language (a catalog of src/i18n: core reads no catalog but the English one).
 */
import { describeStep } from '../steps/describe.ts';
import { formatNumber } from '../tex/tex.ts';
import type { Analysis, Step } from '../index.ts';
import { renderMessage, type Templates } from '../language/message.ts';
import type { handout } from '../../i18n/en/handout.ts';
import type { patterns } from '../../i18n/en/engine.ts';

/** The words a handout needs: any language's catalog has them. */
export interface HandoutWords {
  readonly handout: { readonly [K in keyof typeof handout]: string };
  readonly engine: {
    readonly patterns: { readonly [K in keyof typeof patterns]: string };
    readonly messages: Templates;
  };
}

/** A step's gate pattern and a warning, in the handout's language. */
const pattern = (t: HandoutWords, step: Step) => (step.patternKey ? t.engine.patterns[step.patternKey] : step.pattern);
const note = (t: HandoutWords, w: Analysis['allWarnings'][number]) => renderMessage(t.engine.messages, w.ref);

const nodeText = (a: Analysis, step: Step) => a.graph.nodes[step.node].text;

function resultRows(a: Analysis): [string, string, string][] {
  return [...a.graph.names].map(([name, id]) => [name, formatNumber(a.trace.values[id]), formatNumber(a.trace.grads[id])]);
}

/**
 * Program text is hostile until escaped (issue 12). The source is split into lines the way both
 * the lexer and CommonMark do (LF, CRLF, lone CR), so no line break can hide from the escaping.
 */
const sourceLines = (a: Analysis) => a.program.source.replace(/^\uFEFF/, '').trim().split(/\r\n|\r|\n/);

/** Markdown's inline specials, backslash-escaped: names and notes render as the text typed. */
const mdText = (s: string) => s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~$&]/g, (c) => `\\${c}`);

/**
 * A code fence longer than any backtick run in the text, so no line of the program can close
 * it (CommonMark: a closing fence is at least as long as the opening one).
 */
function fenced(lines: readonly string[]): string[] {
  const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, ...lines, fence];
}

/** The handout in Markdown; `t` gives the words, the formulas are the same in every language. */
export function handoutMarkdown(a: Analysis, t: HandoutWords): string {
  const T = t.handout;
  const { steps, forwardCount } = a.schedule;
  const out: string[] = [`# ${T.title}: ${mdText(a.graph.outputName)}`, '', ...fenced(sourceLines(a)), ''];
  const section = (title: string, list: readonly Step[]) => {
    out.push(`## ${title}`, '');
    if (list.length === 0) out.push(`_${T.nothing}_`, '');
    list.forEach((step, i) => {
      const p = pattern(t, step);
      out.push(`${i + 1}. **${mdText(nodeText(a, step))}**${p ? ` — ${mdText(p)}` : ''}`);
      for (const line of describeStep(a, step).lines) out.push(`   - $${line.tex}$`);
    });
    out.push('');
  };
  section(T.forward, steps.slice(0, forwardCount));
  section(T.backward, steps.slice(forwardCount));
  out.push(`## ${T.results}`, '', `| ${T.name} | ${T.value} | ${T.gradient} |`, '| --- | --- | --- |');
  for (const [name, value, grad] of resultRows(a)) out.push(`| ${mdText(name)} | ${value} | ${grad} |`);
  for (const w of a.allWarnings) out.push('', `> ${T.note}: ${mdText(note(t, w))}`);
  return out.join('\n') + '\n';
}

const LATEX_SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '#': '\\#', '_': '\\_', '%': '\\%',
  '^': '\\textasciicircum{}', '~': '\\textasciitilde{}', '\t': ' ',
};
/**
 * Any text as LaTeX that typesets it and does nothing else: each special character is escaped
 * (never stripped: stripping once lets `\end{ve\end{verbatim}rbatim}` reassemble), and invisible
 * or control characters (NUL, bidi controls, lone surrogates) are shown as [U+XXXX].
 */
export const latexText = (s: string) =>
  s.replace(/[\\{}$&#^_%~]|[\p{C}\p{Zl}\p{Zp}]/gu, (c) =>
    LATEX_SPECIAL[c] ?? `[U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}]`);

/** The program listing in typewriter text, each line escaped: no verbatim a comment could end. */
const latexListing = (lines: readonly string[]) => [
  '\\begin{flushleft}\\ttfamily',
  ...lines.map((line) => `${latexText(line).replace(/ /g, '~') || '~'}\\\\`),
  '\\end{flushleft}',
];

/** The handout as a LaTeX document; a Korean one (`lang` 'ko') loads kotex, so it typesets Hangul. */
export function handoutLatex(a: Analysis, t: HandoutWords, lang: string): string {
  const T = t.handout;
  const { steps, forwardCount } = a.schedule;
  const out = [
    '\\documentclass{article}', '\\usepackage{amsmath,amssymb}', ...(lang === 'ko' ? ['\\usepackage{kotex}'] : []), '\\usepackage[margin=2cm]{geometry}',
    '\\begin{document}', `\\section*{${latexText(T.title)}: $${a.graph.nodes[a.graph.output].label}$}`,
    ...latexListing(sourceLines(a)),
  ];
  const section = (title: string, list: readonly Step[]) => {
    out.push(`\\subsection*{${title}}`);
    if (list.length === 0) { out.push(latexText(T.nothing)); return; }
    out.push('\\begin{enumerate}');
    for (const step of list) {
      const p = pattern(t, step);
      out.push(`\\item ${p ? `\\emph{${latexText(p)}}` : ''}`);
      for (const line of describeStep(a, step).lines) out.push(`\\[ ${line.tex} \\]`);
    }
    out.push('\\end{enumerate}');
  };
  section(latexText(T.forward), steps.slice(0, forwardCount));
  section(latexText(T.backward), steps.slice(forwardCount));
  out.push(`\\subsection*{${latexText(T.results)}}`, '\\begin{tabular}{lrr}', `${latexText(T.name)} & ${latexText(T.value)} & ${latexText(T.gradient)} \\\\ \\hline`);
  for (const [name, value, grad] of resultRows(a)) out.push(`${latexText(name)} & ${value} & ${grad} \\\\`);
  out.push('\\end{tabular}', '\\end{document}');
  return out.join('\n') + '\n';
}
