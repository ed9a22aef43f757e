/**
 * The command line of LANGUAGE.md: `grad`, `steps` and `explain`, one JSON object (or a
 * handout) on stdout; exit 2 with a positioned error when the program is not valid.
 */
import { analyzeCompiledView, analyzeLayers, compile, describeLayerStep, describeStep, DEFAULT_DETAIL, evaluate, isDetail, type Analysis, type Graph, type Shaped, type Trace, type Warning } from '../core/index.ts';
import { shapesField } from './json.ts';
import { BOM } from '../core/language/lexer.ts';
import { isLanguage } from '../i18n/index.ts';
import { runExplain } from './explain.ts';
import { forwardStepsReport } from './forwardSteps.ts';
import { layersForwardReport } from './layersForward.ts';
import { CHECK_USAGE, runCheck } from './check.ts';
import { isHelp, parseCourseArgs, readStdin } from './courseArgs.ts';
import { runTrain, TRAIN_USAGE } from './train.ts';

const USAGE = `usage: chainrule grad|steps|explain '<program>' | --file PATH|-  [--format md|tex] [--lang en|ko] [--out DIR] [--detail statements|gates|primitives|layers]  [--mode reverse|forward --wrt NAME]`;

/** JSON with non-finite numbers written as the strings "NaN", "Infinity", "-Infinity". */
export const toJson = (value: unknown) =>
  JSON.stringify(value, (_key, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));

/** Every name in the program, in the order its node was made (inputs and lines as they appear). */
function byName(graph: Graph, numbers: Float64Array): Record<string, number> {
  // defineProperty, not `out[name] =`: a program may name a variable `__proto__`, and an
  // assignment would set the object's prototype instead of a key (issue 12).
  const out: Record<string, number> = {};
  for (const node of graph.nodes) {
    if (node.name !== undefined) Object.defineProperty(out, node.name, { value: numbers[node.id], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** What `grad` prints: values and gradients only, so it never builds the step schedule. */
export function gradReport(a: { graph: Graph; trace: Trace; allWarnings: readonly Warning[]; shapes?: readonly Shaped[] }) {
  return {
    output: a.graph.outputName,
    value: a.trace.values[a.graph.output],
    values: byName(a.graph, a.trace.values),
    gradients: byName(a.graph, a.trace.grads),
    ...shapesField(a.shapes ?? []),
    warnings: a.allWarnings.map((w) => w.message),
  };
}

export function stepsReport(a: Analysis) {
  return {
    steps: a.schedule.steps.map((s) => {
      const { tex, text } = describeStep(a, s);
      return { index: s.index, phase: s.kind, node: a.graph.nodes[s.node].text, tex, text };
    }),
    warnings: a.allWarnings.map((w) => w.message),
  };
}

interface Io { out: (s: string) => void; err: (s: string) => void; stdin: () => string }

const COMMANDS = ['grad', 'steps', 'explain', 'check', 'train'];

export function run(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  if (command === 'check') return runCheck(rest, io);
  if (command === 'train') return runTrain(rest, io);
  if (command === undefined || isHelp(command) || command === 'help') {
    const text = `${USAGE}\n${CHECK_USAGE}\n${TRAIN_USAGE}\ncommands: ${COMMANDS.join(', ')}; each takes --help`;
    if (command === undefined) { io.err(text); return 1; }
    io.out(text);
    return 0;
  }
  if (!['grad', 'steps', 'explain'].includes(command)) { io.err(USAGE); return 1; }
  // The usage line first, as for every other mistake on this command line; then what was wrong.
  const usage = (message: string) => { io.err(`${USAGE}\n${message}`); return 1; };
  const args = parseCourseArgs(rest, ['format', 'lang', 'detail', 'mode', 'wrt', 'out'], io);
  if (!args.ok) return usage(args.message);
  if (args.help) { io.out(USAGE); return 0; }
  let source = args.source;
  const format = args.options.get('format') ?? 'md';
  const lang = args.options.get('lang') ?? 'en';
  const detail = args.options.get('detail') ?? DEFAULT_DETAIL;
  const mode = args.options.get('mode') ?? 'reverse';
  const wrt = args.options.get('wrt');
  const outDir = args.options.get('out');
  // A file saved by a Windows editor (or an argument pasted from one) may start with a BOM.
  if (source.startsWith(BOM)) source = source.slice(1);
  const layers = detail === 'layers';
  if (!['md', 'tex'].includes(format) || !isLanguage(lang) || !(isDetail(detail) || layers)
    || !['reverse', 'forward'].includes(mode) || (mode === 'forward') !== (wrt !== undefined && command === 'steps')
    || (outDir !== undefined && (command !== 'explain' || outDir === ''))) {
    io.err(USAGE);
    return 1;
  }
  const compiled = compile(source);
  if (!compiled.ok) {
    const { message, span } = compiled.error;
    io.out(toJson({ error: { message, line: span.line, column: span.column } }));
    return 2;
  }
  // Gradients are the same in every view, so `grad` ignores --detail; and it prints no steps,
  // so it evaluates the gate graph and never builds a step schedule.
  if (command === 'grad') {
    const { graph, inputValues, warnings, shapes } = compiled.value;
    const trace = evaluate(graph, inputValues);
    io.out(toJson(gradReport({ graph, trace, allWarnings: [...warnings, ...trace.warnings], shapes })));
    return 0;
  }
  if (layers && wrt === undefined) {
    // Layers reads the gate analysis; a program with no vector or matrix is shown as Statements.
    const gates = analyzeCompiledView(compiled.value, { detail: 'gates' });
    const la = analyzeLayers(gates);
    if (la && command === 'steps') {
      const steps = la.steps.map((s) => ({ index: s.index, phase: s.kind, node: la.layers.nodes[s.node].name, ...describeLayerStep(la, s), lines: undefined }));
      io.out(toJson({ steps, warnings: la.gates.allWarnings.map((w) => w.message) }));
      return 0;
    }
    // The Layers handout, as the app's "Download handout" writes it in Layers.
    if (la) return runExplain(gates, { format: format === 'tex' ? 'tex' : 'md', lang: isLanguage(lang) ? lang : 'en', detail, out: outDir }, io);
  }
  if (layers && wrt !== undefined) {
    // Forward mode in Layers: the forward sweep of the gate tape, a statement at a time.
    const report = layersForwardReport(analyzeCompiledView(compiled.value, { detail: 'gates' }), wrt);
    if (report && !report.ok) { io.err(report.message); return 1; }
    if (report) { io.out(toJson(report.value)); return 0; }
  }
  // Forward mode sweeps the gate tape, whatever the view.
  const a: Analysis = analyzeCompiledView(compiled.value, { detail: wrt !== undefined ? 'gates' : layers ? 'statements' : isDetail(detail) ? detail : DEFAULT_DETAIL });
  if (command === 'steps' && wrt !== undefined) {
    const report = forwardStepsReport(a, wrt);
    if (!report.ok) { io.err(report.message); return 1; }
    io.out(toJson(report.value));
  } else if (command === 'steps') io.out(toJson(stepsReport(a)));
  else return runExplain(a, { format: format === 'tex' ? 'tex' : 'md', lang: isLanguage(lang) ? lang : 'en', detail, out: outDir }, io);
  return 0;
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (isMain) {
  // `chainrule explain … | head` closes the pipe early: that is the reader being done, not an
  // error, so end quietly rather than print an EPIPE stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    stdin: readStdin,
  });
}
