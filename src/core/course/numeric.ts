/**
 * The numerical side of the course: a central-difference check of every input's gradient,
 * and the operation counts behind "backprop costs about one extra pass; numerical
 * differentiation costs two passes per input".
 */
import { Evaluator } from '../engine/evaluate.ts';
import type { Graph } from '../types.ts';

export interface GradientCheck {
  readonly input: number;
  readonly name: string;
  readonly backprop: number;
  /** (f(x+h) − f(x−h)) / 2h */
  readonly numerical: number;
  /** |backprop − numerical| / max(1, |backprop|, |numerical|) */
  readonly error: number;
  /** f at the inputs, and at x − h and x + h: what says whether the difference can mean anything. */
  readonly outputs: { readonly here: number; readonly minus: number; readonly plus: number };
}

export function checkGradients(graph: Graph, inputValues: readonly number[], h = 1e-5): GradientCheck[] {
  const ev = new Evaluator(graph, inputValues);
  ev.forward();
  ev.backward();
  const backprop = graph.inputs.map((id) => ev.grads[id]);
  const here = ev.values[graph.output];
  const shifted = [...inputValues];
  const outputAt = (i: number, x: number) => {
    shifted[i] = x;
    ev.setInputs(shifted);
    ev.forward();
    return ev.values[graph.output];
  };
  return graph.inputs.map((id, i) => {
    const x = inputValues[i];
    const plus = outputAt(i, x + h);
    const minus = outputAt(i, x - h);
    const numerical = (plus - minus) / (2 * h);
    shifted[i] = x;
    const error = Math.abs(backprop[i] - numerical) / Math.max(1, Math.abs(backprop[i]), Math.abs(numerical));
    const node = graph.nodes[id];
    return { input: id, name: node.kind === 'input' ? node.name : node.text, backprop: backprop[i], numerical, error, outputs: { here, minus, plus } };
  });
}

export interface OperationCounts {
  readonly inputs: number;
  readonly gates: number;
  /** One forward pass, then one local derivative and one multiply-add per edge. */
  readonly backprop: { readonly forwardGates: number; readonly backwardTerms: number; readonly total: number };
  /** A base pass plus two forward passes per input (central differences). */
  readonly numerical: { readonly forwardPasses: number; readonly total: number };
}

export function operationCounts(graph: Graph): OperationCounts {
  const gates = graph.nodes.filter((n) => n.kind === 'gate').length;
  const inputs = graph.inputs.length;
  const backwardTerms = graph.edges.length;
  const forwardPasses = 1 + 2 * inputs;
  return {
    inputs,
    gates,
    backprop: { forwardGates: gates, backwardTerms, total: gates + backwardTerms },
    numerical: { forwardPasses, total: forwardPasses * gates },
  };
}
