import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { run } from '../../cli/main.ts';
import { PRESETS } from '../../presets/index.ts';
import { analyzed, smoothProgram } from '../../testing/fixtures.ts';
import { appSgdStep, groupMarks, inputNames, trainedMask, trainGroups, updateLines } from './trainModel.ts';

function cliTrain(args: string[]) {
  let out = '';
  const code = run(['train', ...args], { out: (s) => { out += s; }, err: () => {}, stdin: () => '' });
  expect(code).toBe(0);
  return JSON.parse(out) as { losses: (number | string)[]; params: Record<string, number | string> };
}

/** Within 1e-12; a non-finite number is the string the CLI's JSON writes for it. */
function expectClose(app: number, cli: number | string) {
  if (!Number.isFinite(app)) expect(cli).toBe(String(app));
  else expect(Math.abs(app - (cli as number))).toBeLessThanOrEqual(1e-12);
}

/** The app's step and the CLI's `train --steps 1` agree to 1e-12 on the values they produce. */
function expectSameStep(source: string, presetId: string | null, lr: number) {
  const a = analyzed(source);
  const mask = trainedMask(a.graph, presetId, {});
  const names = inputNames(a.graph).filter((_, i) => mask[i]);
  if (names.length === 0) return;
  const app = appSgdStep(a, mask, lr);
  const cli = cliTrain([source, '--lr', String(lr), '--params', names.join(',')]);
  const appParams = Object.fromEntries(inputNames(a.graph).flatMap((n, i) => (mask[i] ? [[n, app.values[i]]] : [])));
  expect(Object.keys(cli.params)).toEqual(Object.keys(appParams));
  for (const n of names) expectClose(appParams[n], cli.params[n]);
  expectClose(app.lossBefore, cli.losses[0]);
  expectClose(app.lossAfter, cli.losses[1]);
}

describe("the app's SGD step", () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('equals the CLI’s on %s', (_id, preset) => {
    expectSameStep(preset.source, preset.id, 0.01);
  });

  it('equals the CLI’s on random typed programs', () => {
    fc.assert(fc.property(smoothProgram, fc.double({ min: 1e-4, max: 0.5, noNaN: true }), (source, lr) => {
      expectSameStep(source, null, lr);
    }), { numRuns: Number(process.env.SGD_RUNS ?? 60) });
  });
});

describe('trainable inputs', () => {
  it('follow the preset’s marks: weights and biases, never data or targets', () => {
    const mlp = PRESETS.find((p) => p.id === 'mlp-2321')!;
    const a = analyzed(mlp.source);
    const mask = trainedMask(a.graph, mlp.id, {});
    const trained = inputNames(a.graph).filter((_, i) => mask[i]);
    expect(trained).not.toContain('x1');
    expect(trained).not.toContain('y_true');
    expect(trained).toHaveLength(20);
  });

  it('are every input of a typed program, until the student says otherwise', () => {
    const a = analyzed('a = 1\nb = 2\nf = a*b');
    expect(trainedMask(a.graph, null, {})).toEqual([true, true]);
    expect(trainedMask(a.graph, null, { b: false })).toEqual([true, false]);
  });

  it('name only real inputs in every preset', () => {
    for (const p of PRESETS) {
      const names = inputNames(analyzed(p.source).graph);
      for (const t of p.trainable) expect(names, `${p.id}: ${t}`).toContain(t);
    }
  });
});

describe('trainable groups', () => {
  const mlp = PRESETS.find((p) => p.id === 'mlp-2321-matrix')!;
  const a = analyzed(mlp.source);
  const names = inputNames(a.graph);
  const summary = (marks: Record<string, boolean>) =>
    trainGroups(a.graph, a.shapes, trainedMask(a.graph, mlp.id, marks)).map((g) => `${g.shape?.name ?? names[g.inputs[0]]} ${g.trains}`);

  it('hold a vector or matrix whole, in program order, and say whether all, some or none of it trains', () => {
    expect(summary({})).toEqual(['x none', 'y_true none', 'W1 all', 'b1 all', 'W2 all', 'b2 all', 'W3 all', 'b3 all']);
    expect(summary({ W1_21: false })).toEqual(['x none', 'y_true none', 'W1 some', 'b1 all', 'W2 all', 'b2 all', 'W3 all', 'b3 all']);
    expect(summary({ x_2: true })).toContain('x some');
  });

  it('mark every entry of a matrix at once, and nothing else', () => {
    const w1 = trainGroups(a.graph, a.shapes, trainedMask(a.graph, mlp.id, {}))[2];
    const marks = groupMarks(a.graph, w1, false);
    expect(marks).toEqual({ W1_11: false, W1_12: false, W1_21: false, W1_22: false, W1_31: false, W1_32: false });
    expect(summary(marks)[2]).toBe('W1 none');
  });

  it('are one group per scalar input in a program with no vector', () => {
    const s = analyzed('a = 1\nb = 2\nf = a*b');
    expect(trainGroups(s.graph, s.shapes, [true, false])).toEqual([{ shape: null, inputs: [0], trains: 'all' }, { shape: null, inputs: [1], trains: 'none' }]);
  });
});

describe('the update lines', () => {
  it('write p ← p − α·∂L/∂p with the numbers, negative gradients in brackets', () => {
    const a = analyzed('w = 2\nf = (w - 3)^2');
    // ∂f/∂w = 2(w − 3) = −2: w ← 2 − 0.1·(−2) = 2.2
    const step = appSgdStep(a, [true], 0.1);
    expect(updateLines(a.graph, a.inputValues, step, [true], 0.1)).toEqual([
      { name: 'w', tex: 'w \\leftarrow 2 - 0.1 \\cdot \\left(-2\\right) = 2.2', text: 'w ← 2 − 0.1 · -2 = 2.2' },
    ]);
  });
});
