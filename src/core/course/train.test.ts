import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Evaluator } from '../index.ts';
import { sgdStep, train, Trainer } from './train.ts';
import { PRESETS, presetById } from '../../presets/index.ts';
import { compiled } from '../../testing/fixtures.ts';

/**
 * The 2-3-2-1 ReLU MLP written out by hand as matrices, forward and backward, independent of
 * the engine: h1 = relu(W1·x + b1), h2 = relu(W2·h1 + b2), y = W3·h2 + b3, J = ½(t − y)².
 */
type Mlp = { W1: number[][]; b1: number[]; W2: number[][]; b2: number[]; W3: number[][]; b3: number[] };
const relu = (v: number) => Math.max(0, v);
const affine = (W: number[][], x: number[], b: number[]) => W.map((row, i) => row.reduce((s, w, j) => s + w * x[j], b[i]));

function mlpLoss(p: Mlp, x: number[], t: number) {
  const z1 = affine(p.W1, x, p.b1);
  const h1 = z1.map(relu);
  const z2 = affine(p.W2, h1, p.b2);
  const h2 = z2.map(relu);
  const y = affine(p.W3, h2, p.b3)[0];
  return { z1, h1, z2, h2, y, J: 0.5 * (t - y) ** 2 };
}

/** One SGD step by hand: δ's layer by layer, every parameter moved by −α·∂J/∂p. */
function mlpStep(p: Mlp, x: number[], t: number, lr: number): Mlp {
  const { z1, h1, z2, h2, y } = mlpLoss(p, x, t);
  const dy = y - t; // ∂J/∂y
  const d2 = p.W3[0].map((w, i) => (z2[i] > 0 ? w * dy : 0)); // ∂J/∂z2
  const d1 = p.W1.map((_, j) => (z1[j] > 0 ? d2.reduce((s, d, i) => s + d * p.W2[i][j], 0) : 0)); // ∂J/∂z1
  const outer = (d: number[], a: number[]) => d.map((di) => a.map((aj) => di * aj));
  const move = (W: number[][], G: number[][]) => W.map((row, i) => row.map((w, j) => w - lr * G[i][j]));
  const shift = (b: number[], g: number[]) => b.map((v, i) => v - lr * g[i]);
  return {
    W1: move(p.W1, outer(d1, x)), b1: shift(p.b1, d1),
    W2: move(p.W2, outer(d2, h1)), b2: shift(p.b2, d2),
    W3: move(p.W3, outer([dy], h2)), b3: shift(p.b3, [dy]),
  };
}

const COURSE_MLP: Mlp = {
  W1: [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]], b1: [0.1, 0.2, 0.3],
  W2: [[0.7, 0.8, 0.9], [1.0, 1.1, 1.2]], b2: [0.4, 0.5],
  W3: [[1.3, 1.4]], b3: [0.6],
};

const mlp = presetById('mlp-2321')!;

describe('an SGD step', () => {
  it('takes the MLP preset from its loss to the loss a hand-written network gives after one step', () => {
    const c = compiled(mlp.source);
    const names = c.graph.inputs.map((id) => c.graph.nodes[id].name as string);
    const trained = names.map((n) => mlp.trainable.includes(n));
    const step = sgdStep(c.graph, c.inputValues, trained, 0.01);
    // By hand: z1 = (0.1+0.4+0.1, 0.3+0.8+0.2, 0.5+1.2+0.3) = (0.6, 1.3, 2.0);
    // h2 = (0.42+1.04+1.8+0.4, 0.6+1.43+2.4+0.5) = (3.66, 4.93); y = 4.758+6.902+0.6 = 12.26;
    // J = ½(3 − 12.26)² = ½·85.7476 = 42.8738.
    expect(step.lossBefore).toBeCloseTo(42.8738, 10);
    const after = mlpStep(COURSE_MLP, [1, 2], 3, 0.01);
    expect(step.lossAfter).toBeCloseTo(mlpLoss(after, [1, 2], 3).J, 12);
    expect(step.lossAfter).toBeCloseTo(0.7698, 4);
    // Every parameter lands where the hand-written step puts it; data and target stay.
    const flat = (p: Mlp) => [
      ...p.W1.flat(), ...p.b1, ...p.W2.flat(), ...p.b2, ...p.W3.flat(), ...p.b3,
    ];
    const order = mlp.trainable;
    const byName = Object.fromEntries(names.map((n, i) => [n, step.values[i]]));
    flat(after).forEach((v, i) => expect(byName[order[i]]).toBeCloseTo(v, 12));
    expect([byName.x1, byName.x2, byName.y_true]).toEqual([1, 2, 3]);
  });

  it('moves only the trained inputs, each by −α times its gradient', () => {
    const c = compiled('a = 2\nb = 3\nf = a*a*b');
    // ∂f/∂a = 2ab = 12, ∂f/∂b = a² = 4; a trains, b does not.
    const step = sgdStep(c.graph, c.inputValues, [true, false], 0.1);
    expect(step.grads).toEqual([12, 4]);
    expect(step.values).toEqual([2 - 0.1 * 12, 3]);
    expect(step.lossBefore).toBe(12);
    expect(step.lossAfter).toBeCloseTo(0.8 * 0.8 * 3, 12);
  });
});

describe('training', () => {
  it('records steps + 1 losses and repeats the single step exactly', () => {
    const c = compiled(mlp.source);
    const trained = c.graph.inputs.map((id) => mlp.trainable.includes(c.graph.nodes[id].name as string));
    const run = train(c.graph, c.inputValues, trained, 0.001, 5);
    expect(run.losses).toHaveLength(6);
    let values = c.inputValues;
    for (let s = 0; s < 5; s++) {
      const step = sgdStep(c.graph, values, trained, 0.001);
      expect(step.lossBefore).toBe(run.losses[s]);
      values = step.values;
    }
    expect(run.values).toEqual(values);
  });

  it('in slices ends where one run ends', () => {
    const c = compiled(mlp.source);
    const trained = c.graph.inputs.map(() => true);
    const sliced = new Trainer(c.graph, c.inputValues, trained, 0.001);
    sliced.run(3);
    sliced.run(0);
    sliced.run(4);
    const whole = train(c.graph, c.inputValues, trained, 0.001, 7);
    expect(sliced.losses).toEqual(whole.losses);
    expect(sliced.stepsDone).toBe(7);
  });

  it('with zero steps reports the loss at the start', () => {
    const c = compiled('x = 3\nf = x*x');
    expect(train(c.graph, c.inputValues, [true], 0.1, 0)).toEqual({ losses: [9], values: [3] });
  });

  // The presets whose output is a loss to minimise: the neurons, the 2-2-2 net, the MLP, the chain.
  const withLoss = PRESETS.filter((p) => ['neuron', 'neuron-fused', 'net-222', 'mlp-2321', 'sigmoid-chain'].includes(p.id));
  it.each(withLoss.map((p) => [p.id, p] as const))('lowers the loss of %s at small α, step after step', (_id, preset) => {
    const c = compiled(preset.source);
    const trained = c.graph.inputs.map((id) => preset.trainable.includes(c.graph.nodes[id].name as string));
    fc.assert(fc.property(fc.double({ min: 1e-4, max: 1e-3, noNaN: true }), fc.integer({ min: 1, max: 20 }), (lr, steps) => {
      const { losses } = train(c.graph, c.inputValues, trained, lr, steps);
      for (let s = 1; s < losses.length; s++) expect(losses[s]).toBeLessThan(losses[s - 1]);
    }), { numRuns: 20 });
  });

  it('replays one evaluator: the values it leaves are the last step’s', () => {
    const c = compiled('w = 0.5\nx = 2\nf = (w*x - 3)^2');
    const ev = new Evaluator(c.graph);
    const step = sgdStep(c.graph, c.inputValues, [true, false], 0.05, ev);
    expect(ev.values[c.graph.output]).toBe(step.lossAfter);
  });
});
