/**
 * The engine's public API: what the app, the CLI and the tests import.
 * `analyze` runs the whole pipeline — text → program → graph → trace → step schedule —
 * and returns a Result; it never throws on user input.
 */
import { buildGraph, type BuiltGraph } from './graph.ts';
import { parse, type Program } from './parser.ts';
import { evaluate, type Trace } from './evaluate.ts';
import { schedule, type Schedule } from './schedule.ts';
import type { Result, Warning } from './types.ts';

export interface Compiled extends BuiltGraph {
  readonly program: Program;
}

/** Text → graph, with the values the program gives its inputs. */
export function compile(source: string): Result<Compiled> {
  const parsed = parse(source);
  if (!parsed.ok) return parsed;
  const built = buildGraph(parsed.value);
  if (!built.ok) return built;
  return { ok: true, value: { ...built.value, program: parsed.value } };
}

export interface Analysis extends Compiled {
  readonly trace: Trace;
  readonly schedule: Schedule;
  /** Build warnings (default inputs, nothing to backpropagate) then value warnings (NaN). */
  readonly allWarnings: readonly Warning[];
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

export { parse, MAX_NESTING, type Program, type Expr, type Statement } from './parser.ts';
export { buildGraph, type BuiltGraph } from './graph.ts';
export { evaluate, Evaluator, compileTape, type Trace, type Tape } from './evaluate.ts';
export { schedule, joinTex, type Schedule, type Step, type ForwardStep, type BackwardStep, type GradTerm, type LocalGrad } from './schedule.ts';
export { checkGradients, operationCounts, type GradientCheck, type OperationCounts } from './numeric.ts';
export { setInputValue, declareInput, numberLiteral } from './edit.ts';
export { texName, texNumber, formatNumber } from './tex.ts';
export type { Formula } from './stepTex.ts';
export { OPS, FUNCTIONS, CONSTANTS, type OpName, type OpSpec } from './ops.ts';
export type * from './types.ts';
export { sgdStep, train, Trainer, type SgdStep, type TrainRun } from './train.ts';
export { gradCheck, gradientCost, costAt, relativeError, withinTolerance, ATOL, RTOL, DEFAULT_H, type InputCheck, type GradCheckReport, type GradCost, type PassCost } from './gradcheck.ts';
export { distanceFromOutput, gradientByDepth, type DepthBar } from './depth.ts';
