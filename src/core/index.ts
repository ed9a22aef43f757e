/**
 * The engine's public API: what the app, the CLI and the tests import.
 * `analyze` runs the whole pipeline — text → program → graph → trace → step schedule —
 * and returns a Result; it never throws on user input.
 */
import { buildGraph, buildGraphInStages, type BuiltGraph } from './engine/graph.ts';
import { parse, parseInStages, type Program } from './language/parser.ts';
import { evaluate } from './engine/evaluate.ts';
import { underflowWarnings } from './engine/warnings.ts';
import { schedule, scheduleInStages } from './steps/schedule.ts';
import type { Result } from './types.ts';
import type { Analysis, Compiled } from './analysis.ts';
import { expandProgram } from './engine/expand.ts';
import { statementsView, statementsViewInStages } from './engine/statements.ts';
import { DEFAULT_DETAIL, withGateGrads, type Detail } from './engine/views.ts';

export type { Compiled, Analysis } from './analysis.ts';

/** Text → graph, with the values the program gives its inputs. */
export function compile(source: string): Result<Compiled> {
  const parsed = parse(source);
  if (!parsed.ok) return parsed;
  const built = buildGraph(parsed.value);
  if (!built.ok) return built;
  return { ok: true, value: compiledOf(built.value, built.value.program) };
}

/**
 * A built graph with its program (unfolded: scalar statements only), and the warnings of the
 * program's literals too (`1e-400` is 0). `shapes` are those of the program as written.
 */
function compiledOf(built: BuiltGraph, program: Program, shapes = built.shapes): Compiled {
  const underflows = underflowWarnings(program);
  return { ...built, warnings: underflows.length > 0 ? [...built.warnings, ...underflows] : built.warnings, program, shapes };
}

/** Evaluates and schedules an already-compiled graph: what a changed input value costs. */
export function analyzeCompiled(compiled: Compiled, inputValues: readonly number[] = compiled.inputValues): Analysis {
  const trace = evaluate(compiled.graph, inputValues);
  return {
    ...compiled,
    trace,
    schedule: schedule(trace),
    allWarnings: [...compiled.warnings, ...trace.warnings],
  };
}

export function analyze(source: string): Result<Analysis> {
  const compiled = compile(source);
  if (!compiled.ok) return compiled;
  return { ok: true, value: analyzeCompiled(compiled.value) };
}

export interface ViewOptions {
  /** Statements, Gates (the default) or Primitives. */
  readonly detail?: Detail;
  /** In the Gates view, the fused calls to draw expanded, by position in `expandableCalls` order. */
  readonly expand?: readonly number[];
}

/**
 * One level of detail of a compiled program. Primitives rewrites the program's fused calls into
 * their op-table expansions and builds the graph again; Statements groups each line of the gate
 * analysis into one node. Same inputs, same gradients for every name, in every view.
 */
export function analyzeCompiledView(compiled: Compiled, { detail = DEFAULT_DETAIL, expand = [] }: ViewOptions = {}): Analysis {
  if (detail === 'statements') {
    // The Statements view needs the gate graph's values, not its step schedule.
    return statementsView({ ...compiled, trace: evaluate(compiled.graph, compiled.inputValues) });
  }
  if (detail === 'gates' && expand.length === 0) return analyzeCompiled(compiled);
  const built = buildGraph(expandProgram(compiled.program, detail === 'primitives' ? 'all' : new Set(expand)));
  // An expansion only adds gates to a valid program: it cannot make it invalid.
  if (!built.ok) throw new Error(`expansion broke the program: ${built.error.message}`);
  // `program` stays the text as written: fused-call positions (`expand`) count in it.
  const view = compiledOf(built.value, compiled.program, compiled.shapes);
  const trace = withGateGrads(evaluate(view.graph, view.inputValues), { graph: compiled.graph, trace: evaluate(compiled.graph, compiled.inputValues) });
  return { ...view, trace, schedule: schedule(trace), allWarnings: [...view.warnings, ...trace.warnings] };
}

/**
 * `analyzeView` one stage at a time: it yields after parsing, after building the graph and
 * after evaluating, so a caller can run a big program's analysis as several short tasks and
 * keep the page live between them (src/store/derive.ts). The result is analyzeView's.
 */
export function* analyzeViewInStages(source: string, { detail = DEFAULT_DETAIL, expand = [] }: ViewOptions = {}): Generator<void, Result<Analysis>> {
  const parsed = yield* parseInStages(source);
  if (!parsed.ok) return parsed;
  yield;
  const built = yield* buildGraphInStages(parsed.value);
  if (!built.ok) return built;
  const compiled = compiledOf(built.value, built.value.program);
  yield;
  if (detail === 'statements') {
    const trace = evaluate(compiled.graph, compiled.inputValues);
    yield;
    return { ok: true, value: yield* statementsViewInStages({ ...compiled, trace }) };
  }
  let view = compiled;
  if (detail === 'primitives' || expand.length > 0) {
    const expanded = buildGraph(expandProgram(compiled.program, detail === 'primitives' ? 'all' : new Set(expand)));
    if (!expanded.ok) throw new Error(`expansion broke the program: ${expanded.error.message}`);
    view = compiledOf(expanded.value, compiled.program, compiled.shapes);
    yield;
  }
  let trace = evaluate(view.graph, view.inputValues);
  if (view !== compiled) trace = withGateGrads(trace, { graph: compiled.graph, trace: evaluate(compiled.graph, compiled.inputValues) });
  yield;
  return { ok: true, value: { ...view, trace, schedule: yield* scheduleInStages(trace), allWarnings: [...view.warnings, ...trace.warnings] } };
}

export function analyzeView(source: string, options: ViewOptions = {}): Result<Analysis> {
  const compiled = compile(source);
  if (!compiled.ok) return compiled;
  return { ok: true, value: analyzeCompiledView(compiled.value, options) };
}

export { isName } from './language/lexer.ts';
export { parse, MAX_NESTING, MAX_NODES, MAX_SOURCE_LENGTH, type Program, type Expr, type Statement } from './language/parser.ts';
export { buildGraph, type BuiltGraph } from './engine/graph.ts';
export { unfold, entryName, type Shaped, type Unfolded } from './language/unfold.ts';
export { evaluate, Evaluator, compileTape, sweepTangents, type Tape } from './engine/evaluate.ts';
export { describeStep, describeTangent, joinTex, type StepFormulas, type LocalFormulas } from './steps/describe.ts';
export { schedule, tangentSchedule, tangentScheduleFor } from './steps/schedule.ts';
export type { Schedule, Step, ForwardStep, BackwardStep, GradTerm, LocalGrad, FanOutTerm, TangentStep, TangentTerm, ForwardSchedule, Trace, RuleSet } from './types.ts';
export { checkGradients, operationCounts, type GradientCheck, type OperationCounts } from './course/numeric.ts';
export { setInputValue, declareInput, numberLiteral } from './language/edit.ts';
export { texName, texNumber, formatNumber } from './tex/tex.ts';
export type { Formula } from './tex/stepTex.ts';
export { OPS, FUNCTIONS, CONSTANTS, type OpName, type OpSpec } from './engine/ops.ts';
export type * from './types.ts';
export { DETAILS, DEFAULT_DETAIL, isDetail, matchStep, VIEW_DETAILS, isViewDetail, tapeDetail, type Detail, type ViewDetail } from './engine/views.ts';
export { expandableCalls, expandProgram, hasExpansion } from './engine/expand.ts';
export { statementsView } from './engine/statements.ts';
// The course modules (train.ts, gradcheck.ts, depth.ts) are imported directly, not re-exported
// here: the bundler places a module by who imports it, and a re-export from this barrel would
// pull them out of the lazy panels into the first page load.
export { layerGraph, entryNode, type LayerGraph, type LayerNode } from './layers/layerGraph.ts';
export { analyzeLayers, describeLayerStep, type LayersAnalysis, type LayerStep, type LayerStepFormulas } from './layers/layerSteps.ts';
