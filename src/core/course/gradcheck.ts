/**
 * The gradient check of the course, with PyTorch gradcheck's tolerances, and what each way
 * of getting a gradient costs on this program. The central differences come from
 * `checkGradients` (numeric.ts); this file adds the pass/fail rule and the pass counts of
 * LANGUAGE.md's `check`.
 */
import { checkGradients } from './numeric.ts';
import type { Graph } from '../types.ts';

/** PyTorch gradcheck's defaults: |b − n| ≤ atol + rtol·|n|. */
export const ATOL = 1e-5;
export const RTOL = 1e-3;
export const DEFAULT_H = 1e-5;

export interface InputCheck {
  readonly name: string;
  readonly backprop: number;
  /** (f(v+h) − f(v−h)) / 2h, the other inputs held fixed. */
  readonly numeric: number;
  /** |b − n| / max(|b|, |n|), 0 when both are 0. */
  readonly relError: number;
  readonly ok: boolean;
  /** Set where the difference at this h says nothing about the gradient (see `stepProblem`). */
  readonly step?: StepProblem;
}

/**
 * Why a central difference at h cannot judge a gradient: `lost`, h is below the spacing of
 * doubles near x, so x ± h rounds to a step far from 2h (or to x itself); `rounding`, h is so
 * small that rounding in f alone, about ε·|f| / h, could exceed the tolerance; `non-finite`,
 * x ± h or f there overflows or leaves f's domain, so h is too large.
 */
export type StepProblem = 'lost' | 'rounding' | 'non-finite';

export function stepProblem(x: number, h: number, f: { here: number; minus: number; plus: number }, numeric: number): StepProblem | undefined {
  const step = (x + h) - (x - h);
  if (!Number.isFinite(step) || (Number.isFinite(f.here) && !(Number.isFinite(f.minus) && Number.isFinite(f.plus)))) return 'non-finite';
  if (Math.abs(step - 2 * h) > 1e-3 * 2 * h) return 'lost';
  const rounding = (Number.EPSILON * Math.max(Math.abs(f.minus), Math.abs(f.plus))) / h;
  if (rounding > ATOL + RTOL * Math.abs(numeric)) return 'rounding';
  return undefined;
}

/** |b − n| / max(|b|, |n|); 0 when both are 0 (and NaN when either is). */
export function relativeError(b: number, n: number): number {
  const scale = Math.max(Math.abs(b), Math.abs(n));
  return scale === 0 ? 0 : Math.abs(b - n) / scale;
}

/** The gradcheck rule; a NaN on either side fails. */
export const withinTolerance = (b: number, n: number) => Math.abs(b - n) <= ATOL + RTOL * Math.abs(n);

export interface PassCost {
  readonly forwardPasses: number;
  readonly backwardPasses: number;
  /** Gate evaluations: one per gate per forward pass. */
  readonly gateEvaluations: number;
  /** Local derivatives: one per edge per backward pass. */
  readonly localDerivatives: number;
}

export interface GradCost {
  readonly backprop: PassCost;
  readonly numeric: PassCost;
}

/** Backprop: 1 forward + 1 backward pass. Central differences: 2 forward passes per input. */
export function gradientCost(graph: Graph): GradCost {
  const gates = graph.nodes.reduce((n, node) => n + (node.kind === 'gate' ? 1 : 0), 0);
  const edges = graph.edges.length;
  const k = graph.inputs.length;
  return {
    backprop: { forwardPasses: 1, backwardPasses: 1, gateEvaluations: gates, localDerivatives: edges },
    numeric: { forwardPasses: 2 * k, backwardPasses: 0, gateEvaluations: 2 * k * gates, localDerivatives: 0 },
  };
}

export interface GradCheckReport {
  readonly h: number;
  readonly inputs: readonly InputCheck[];
  readonly cost: GradCost;
}

export function gradCheck(graph: Graph, inputValues: readonly number[], h = DEFAULT_H): GradCheckReport {
  const inputs = checkGradients(graph, inputValues, h).map(({ name, backprop, numerical, outputs }, i) => {
    const step = stepProblem(inputValues[i], h, outputs, numerical);
    return {
      name, backprop, numeric: numerical, relError: relativeError(backprop, numerical), ok: withinTolerance(backprop, numerical),
      ...(step ? { step } : {}),
    };
  });
  return { h, inputs, cost: gradientCost(graph) };
}

/**
 * The chart's model of how cost grows with the parameter count P: a pass costs about as many
 * gate evaluations per parameter as this program does, so backprop is ~(gates + edges)/k · P
 * and central differences are 2P passes of ~gates/k · P each.
 */
export function costAt(cost: GradCost, inputs: number, parameters: number): { backprop: number; numeric: number } {
  const k = Math.max(1, inputs);
  const forwardPerParam = Math.max(1, cost.backprop.gateEvaluations) / k;
  const backwardPerParam = Math.max(1, cost.backprop.localDerivatives) / k;
  return {
    backprop: (forwardPerParam + backwardPerParam) * parameters,
    numeric: 2 * parameters * forwardPerParam * parameters,
  };
}
