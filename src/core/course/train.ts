/**
 * Gradient descent on a program's output, the update of the course's SGD post:
 * every trained input moves at once, p ← p − α·∂out/∂p, with the gradients of the values
 * before the step. One `Evaluator` replays the compiled tape for every step, so a training
 * loop never re-parses or rebuilds the graph. The app's "SGD step" button and the CLI's
 * `train` call `sgdStep` alike, so they cannot disagree.
 */
import { Evaluator } from '../engine/evaluate.ts';
import type { Graph } from '../types.ts';
import { divergence, type Divergence } from './divergence.ts';

export interface SgdStep {
  /** The output before the step. */
  readonly lossBefore: number;
  /** The output after the step (one more forward pass). */
  readonly lossAfter: number;
  /** Per input (parallel to `graph.inputs`): ∂out/∂input at the values before the step. */
  readonly grads: readonly number[];
  /** Per input: the values after the step; untrained inputs keep theirs. */
  readonly values: readonly number[];
}

/** Runs forward and backward on `values`, moves the trained inputs, and evaluates the new loss. */
export function sgdStep(
  graph: Graph, values: readonly number[], trained: readonly boolean[], lr: number, ev = new Evaluator(graph),
): SgdStep {
  ev.setInputs(values);
  ev.forward();
  ev.backwardGrads();
  const lossBefore = ev.values[graph.output];
  const grads = graph.inputs.map((id) => ev.grads[id]);
  const next = values.map((v, i) => (trained[i] ? v - lr * grads[i] : v));
  ev.setInputs(next);
  ev.forward();
  return { lossBefore, lossAfter: ev.values[graph.output], grads, values: next };
}

export interface TrainRun {
  /**
   * The output before the first step, then after every `every`-th step and after the last:
   * steps + 1 numbers when `every` is 1.
   */
  readonly losses: number[];
  /** Per input, the values after the last step. */
  readonly values: number[];
}

/**
 * `steps` SGD steps from `values`; the same update as `sgdStep`, repeated. With `every` > 1
 * only every `every`-th loss is kept (and the last), so a million steps stay a short list.
 */
export function train(graph: Graph, values: readonly number[], trained: readonly boolean[], lr: number, steps: number, every = 1): TrainRun {
  if (every <= 1) {
    const trainer = new Trainer(graph, values, trained, lr);
    trainer.run(steps);
    return { losses: trainer.losses, values: trainer.values };
  }
  const ev = new Evaluator(graph);
  const losses: number[] = [];
  let current = [...values];
  for (let s = 1; s <= steps; s++) {
    const step = sgdStep(graph, current, trained, lr, ev);
    if (s === 1) losses.push(step.lossBefore);
    if (s % every === 0 || s === steps) losses.push(step.lossAfter);
    current = step.values as number[];
  }
  return { losses, values: current };
}

/**
 * A training run that can be advanced a slice at a time (the app runs a few steps per
 * animation frame): state between slices is just the current values and the loss history.
 */
export class Trainer {
  readonly losses: number[] = [];
  values: number[];
  private readonly ev: Evaluator;

  constructor(readonly graph: Graph, values: readonly number[], readonly trained: readonly boolean[], readonly lr: number) {
    this.values = [...values];
    this.ev = new Evaluator(graph);
  }

  /** Set once the loss has diverged (divergence.ts); a run that watches for it stops there. */
  diverged: Divergence | null = null;

  /**
   * Advances `steps` steps; the loss history gains one number per step (plus the first). With
   * `stopWhenDiverged` (the app) it stops at the step where the loss diverges; the CLI's `train`
   * runs every step it was asked for.
   */
  run(steps: number, stopWhenDiverged = false): void {
    for (let s = 0; s < steps && !(stopWhenDiverged && this.diverged); s++) {
      const step = sgdStep(this.graph, this.values, this.trained, this.lr, this.ev);
      if (this.losses.length === 0) this.losses.push(step.lossBefore);
      this.losses.push(step.lossAfter);
      this.values = step.values as number[];
      this.diverged ??= divergence(this.losses[0], step.lossAfter);
    }
    if (steps === 0 && this.losses.length === 0) {
      this.ev.setInputs(this.values);
      this.ev.forward();
      this.losses.push(this.ev.values[this.graph.output]);
    }
  }

  get stepsDone(): number {
    return Math.max(0, this.losses.length - 1);
  }
}
