import { describe, expect, it } from 'vitest';
import { compile } from '../../core/index.ts';
import { gradCheck } from '../../core/course/gradcheck.ts';
import { PRESETS } from '../../presets/index.ts';
import { groupCheckRows, shapeText } from './checkGroups.ts';

const check = (source: string) => {
  const c = compile(source);
  if (!c.ok) throw new Error(c.error.message);
  return { report: gradCheck(c.value.graph, c.value.inputValues), shapes: c.value.shapes };
};

describe('the gradient check grouped by vector', () => {
  it('puts a matrix\'s and a vector\'s entries under one heading each, a scalar on its own', () => {
    const { report, shapes } = check('W = [[1, 2], [3, 4]]; x = [0.5, -1]; c = 2; f = sum((W @ x) * c)');
    const groups = groupCheckRows(report.inputs, shapes);
    expect(groups.map((g) => [g.shape?.name ?? null, g.shape ? shapeText(g.shape) : null, g.rows.map((r) => r.name)])).toEqual([
      ['W', '2×2', ['W_11', 'W_12', 'W_21', 'W_22']],
      ['x', '2', ['x_1', 'x_2']],
      [null, null, ['c']],
    ]);
    // Every row is kept, once.
    expect(groups.flatMap((g) => g.rows)).toHaveLength(report.inputs.length);
  });

  it('groups the matrix MLP by its weights and biases, and leaves a scalar program as it was', () => {
    const mlp = PRESETS.find((p) => p.id === 'mlp-2321-matrix')!;
    const { report, shapes } = check(mlp.source);
    const groups = groupCheckRows(report.inputs, shapes);
    const named = groups.filter((g) => g.shape).map((g) => `${g.shape!.name} ${shapeText(g.shape!)}`);
    expect(named).toEqual(expect.arrayContaining(['W1 3×2', 'b1 3', 'W2 2×3', 'b2 2']));
    expect(groups.flatMap((g) => g.rows)).toHaveLength(report.inputs.length);
    const scalar = check(PRESETS.find((p) => p.id === 'cs231n')!.source);
    expect(groupCheckRows(scalar.report.inputs, scalar.shapes).every((g) => g.shape === null && g.rows.length === 1)).toBe(true);
  });
});
