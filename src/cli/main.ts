/**
 * The command line of LANGUAGE.md: `grad`, `steps` and `explain`, one JSON object (or a
 * handout) on stdout; exit 2 with a positioned error when the program is not valid.
 */
import { readFileSync } from 'node:fs';
import { analyzeCompiled, analyzeCompiledView, compile, DEFAULT_DETAIL, isDetail, type Analysis } from '../core/index.ts';
import { explainLatex, explainMarkdown } from './explain.ts';

const USAGE = `usage: chainrule grad|steps|explain '<program>' | --file PATH|-  [--format md|tex] [--detail statements|gates|primitives]`;

/** JSON with non-finite numbers written as the strings "NaN", "Infinity", "-Infinity". */
export const toJson = (value: unknown) =>
  JSON.stringify(value, (_key, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));

function byName(a: Analysis, numbers: Float64Array): Record<string, number> {
  const entries = [...a.graph.names].sort((p, q) => p[1] - q[1]);
  return Object.fromEntries(entries.map(([name, id]) => [name, numbers[id]]));
}

export function gradReport(a: Analysis) {
  return {
    output: a.graph.outputName,
    value: a.trace.values[a.graph.output],
    values: byName(a, a.trace.values),
    gradients: byName(a, a.trace.grads),
    warnings: a.allWarnings.map((w) => w.message),
  };
}

export function stepsReport(a: Analysis) {
  return {
    steps: a.schedule.steps.map((s) => ({
      index: s.index, phase: s.kind, node: a.graph.nodes[s.node].text, tex: s.tex, text: s.text,
    })),
  };
}

interface Io { out: (s: string) => void; err: (s: string) => void; stdin: () => string }

export function run(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  let source: string | undefined;
  let format = 'md';
  let detail: string = DEFAULT_DETAIL;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--file') {
      const path = rest[++i];
      if (path === undefined) { io.err(USAGE); return 1; }
      try { source = path === '-' ? io.stdin() : readFileSync(path, 'utf8'); } catch (e) {
        io.err(`cannot read ${path}: ${(e as Error).message}`);
        return 1;
      }
    } else if (rest[i] === '--format') format = rest[++i] ?? '';
    else if (rest[i] === '--detail') detail = rest[++i] ?? '';
    else if (source === undefined) source = rest[i];
    else { io.err(USAGE); return 1; }
  }
  if (!['grad', 'steps', 'explain'].includes(command) || source === undefined || !['md', 'tex'].includes(format) || !isDetail(detail)) {
    io.err(USAGE);
    return 1;
  }
  const compiled = compile(source);
  if (!compiled.ok) {
    const { message, span } = compiled.error;
    io.out(toJson({ error: { message, line: span.line, column: span.column } }));
    return 2;
  }
  // Gradients are the same in every view, so `grad` ignores --detail; steps and explain follow it.
  const a: Analysis = command === 'grad' ? analyzeCompiled(compiled.value)
    : analyzeCompiledView(compiled.value, { detail: isDetail(detail) ? detail : DEFAULT_DETAIL });
  if (command === 'grad') io.out(toJson(gradReport(a)));
  else if (command === 'steps') io.out(toJson(stepsReport(a)));
  else io.out(format === 'tex' ? explainLatex(a) : explainMarkdown(a));
  return 0;
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (isMain) {
  process.exitCode = run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    stdin: () => readFileSync(0, 'utf8'),
  });
}
