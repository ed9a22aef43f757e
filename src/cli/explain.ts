/**
 * A worked solution for a handout, as Markdown (with $…$ math) or as a LaTeX document:
 * the program, the forward pass, the backward pass one step per line, and a table of results.
 */
import { formatNumber, type Analysis, type Step } from '../core/index.ts';

const nodeText = (a: Analysis, step: Step) => a.graph.nodes[step.node].text;

function resultRows(a: Analysis): [string, string, string][] {
  return [...a.graph.names].map(([name, id]) => [name, formatNumber(a.trace.values[id]), formatNumber(a.trace.grads[id])]);
}

export function explainMarkdown(a: Analysis): string {
  const { steps, forwardCount } = a.schedule;
  const out: string[] = [`# Backpropagation, step by step: ${a.graph.outputName}`, '', '```text', a.program.source.trim(), '```', ''];
  const section = (title: string, list: readonly Step[]) => {
    out.push(`## ${title}`, '');
    if (list.length === 0) out.push('_Nothing to do here._', '');
    list.forEach((step, i) => {
      out.push(`${i + 1}. **${nodeText(a, step)}**${step.pattern ? ` — ${step.pattern}` : ''}`);
      for (const line of step.lines) out.push(`   - $${line.tex}$`);
    });
    out.push('');
  };
  section('Forward pass', steps.slice(0, forwardCount));
  section('Backward pass', steps.slice(forwardCount));
  out.push('## Results', '', '| name | value | gradient |', '| --- | --- | --- |');
  for (const [name, value, grad] of resultRows(a)) out.push(`| ${name} | ${value} | ${grad} |`);
  for (const w of a.allWarnings) out.push('', `> Note: ${w.message}`);
  return out.join('\n') + '\n';
}

const latexText = (s: string) => s.replace(/[\\{}$&#^_%~]/g, (c) => `\\${c === '\\' ? 'textbackslash{}' : c === '^' ? '^{}' : c === '~' ? '~{}' : c}`);

export function explainLatex(a: Analysis): string {
  const { steps, forwardCount } = a.schedule;
  const out = [
    '\\documentclass{article}', '\\usepackage{amsmath,amssymb}', '\\usepackage[margin=2cm]{geometry}',
    '\\begin{document}', `\\section*{Backpropagation, step by step: $${a.graph.nodes[a.graph.output].label}$}`,
    '\\begin{verbatim}', a.program.source.trim().replace(/\\end\{verbatim\}/g, ''), '\\end{verbatim}',
  ];
  const section = (title: string, list: readonly Step[]) => {
    out.push(`\\subsection*{${title}}`);
    if (list.length === 0) { out.push('Nothing to do here.'); return; }
    out.push('\\begin{enumerate}');
    for (const step of list) {
      out.push(`\\item ${step.pattern ? `\\emph{${latexText(step.pattern)}}` : ''}`);
      for (const line of step.lines) out.push(`\\[ ${line.tex} \\]`);
    }
    out.push('\\end{enumerate}');
  };
  section('Forward pass', steps.slice(0, forwardCount));
  section('Backward pass', steps.slice(forwardCount));
  out.push('\\subsection*{Results}', '\\begin{tabular}{lrr}', 'name & value & gradient \\\\ \\hline');
  for (const [name, value, grad] of resultRows(a)) out.push(`${latexText(name)} & ${value} & ${grad} \\\\`);
  out.push('\\end{tabular}', '\\end{document}');
  return out.join('\n') + '\n';
}
