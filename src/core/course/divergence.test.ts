import { describe, expect, it } from 'vitest';
import { analyze } from '../index.ts';
import { divergence } from './divergence.ts';
import { train, Trainer } from './train.ts';
import { presetById } from '../../presets/index.ts';

function trainerFor(source: string, lr: number) {
  const r = analyze(source);
  if (!r.ok) throw new Error(r.error.message);
  const { graph, inputValues } = r.value;
  return new Trainer(graph, inputValues, graph.inputs.map(() => true), lr);
}

describe('a training run that diverges', () => {
  it('stops where CS231n’s f, which has no minimum, has fallen far past its start (not at −3644 after 200 steps)', () => {
    const t = trainerFor(presetById('cs231n')!.source, 0.01);
    t.run(200, true);
    expect(t.diverged?.kind).toBe('noMinimum');
    expect(t.stepsDone).toBeLessThan(200);
    expect(t.losses.at(-1)).toBeGreaterThan(-200);
  });

  it('stops when a squared loss grows because the learning rate is too large, or stops being a number', () => {
    const t = trainerFor('w = 3\nf = w^2', 1.5);
    t.run(500, true);
    expect(t.diverged?.kind).toBe('growing');
    expect(divergence(1, Number.NaN)?.kind).toBe('notFinite');
    expect(divergence(1, Number.POSITIVE_INFINITY)?.kind).toBe('notFinite');
  });

  it('lets a loss with a floor train all its steps: the MLP from 42.87 towards 0', () => {
    const mlp = presetById('mlp-2321')!;
    const r = analyze(mlp.source);
    if (!r.ok) throw new Error(r.error.message);
    const t = new Trainer(r.value.graph, r.value.inputValues, r.value.graph.inputs.map((id) => mlp.trainable.includes(r.value.graph.nodes[id].name!)), 0.01);
    t.run(500, true);
    expect(t.diverged).toBeNull();
    expect(t.stepsDone).toBe(500);
  });

  it('the CLI’s train still runs every step it is asked for', () => {
    const r = analyze(presetById('cs231n')!.source);
    if (!r.ok) throw new Error(r.error.message);
    const run = train(r.value.graph, r.value.inputValues, [true, true, true], 0.01, 200);
    expect(run.losses).toHaveLength(201);
  });
});
