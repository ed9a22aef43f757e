import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { analyzeLayers, texNumber, type LayersAnalysis } from '../index.ts';
import { forwardModeFor } from '../steps/forwardMode.ts';
import { PRESETS } from '../../presets/index.ts';
import { analyzed, gradOf } from '../../testing/fixtures.ts';
import { describeLayerTangentStep, layerTangentSteps } from './layerTangents.ts';

const source = (id: string) => PRESETS.find((p) => p.id === id)!.source;
const layersOf = (text: string) => analyzeLayers(analyzed(text)) as LayersAnalysis;
const sweepOf = (la: LayersAnalysis, wrt: string) => forwardModeFor(la.gates.trace, wrt)!;
const stepsOf = (la: LayersAnalysis, wrt: string) => {
  const sweep = sweepOf(la, wrt);
  return layerTangentSteps(la).map((s) => ({ name: la.layers.nodes[s.node].name, ...describeLayerTangentStep(la, s, sweep) }));
};
const column = (...xs: number[]) => `\\begin{bmatrix} ${xs.map(texNumber).join(' \\\\ ')} \\end{bmatrix}`;

describe('forward mode in the Layers view', () => {
  it('sweeps CS231n\'s f = sum((W x)^2) by x_1, statement by statement, with hand-derived tangents', () => {
    const la = layersOf(source('cs231n-vectorised'));
    const steps = stepsOf(la, 'x_1');
    // One step per computed statement: q = W @ x, then f = sum(q^2).
    expect(steps.map((s) => s.name)).toEqual(['q', 'f']);
    // By hand: ẋ = e₁ = [1, 0]; Ẇ = 0, so q̇ = W ẋ = W's first column = [0.1, −0.3].
    const [q, f] = steps;
    expect(q.lines[0]).toBe(`\\dot{x} = \\frac{\\partial x}{\\partial x_{1}} = ${column(1, 0)}`);
    expect(q.lines[1]).toBe(
      `\\dot{q} = \\frac{\\partial q}{\\partial x_{1}} = W \\dot{x} + \\dot{W} x = \\begin{bmatrix} 0.1 & 0.5 \\\\ -0.3 & 0.8 \\end{bmatrix} ${column(1, 0)} = ${column(0.1, -0.3)}`);
    // q = W x = [0.22, 0.26]; ḟ = Σ 2q ⊙ q̇ = 2(0.22·0.1 + 0.26·(−0.3)) = 2(0.022 − 0.078) = −0.112.
    expect(f.lines).toEqual([
      `\\dot{f} = \\frac{\\partial f}{\\partial x_{1}} = \\textstyle\\sum \\left(2\\, q \\odot \\dot{q}\\right) = \\textstyle\\sum \\left(2\\, ${column(0.22, 0.26)} \\odot ${column(0.1, -0.3)}\\right) = ${texNumber(-0.112)}`,
    ]);
    // The last step's tangent is the reverse pass's ∂f/∂x_1: −0.112 both ways, to rounding.
    const sweep = sweepOf(la, 'x_1');
    expect(sweep.gradient).toBeCloseTo(-0.112, 15);
    expect(gradOf(la.gates, 'x_1')).toBeCloseTo(sweep.gradient, 15);
    expect(f.text).toBe('Tangent: ∂f/∂x_1');
  });

  it('by a weight: Ẇ is the seed and ẋ is zero, so the rule keeps Ẇ x', () => {
    const la = layersOf(source('cs231n-vectorised'));
    const [q] = stepsOf(la, 'W_12');
    // Ẇ = e₁₂, so q̇ = Ẇ x = [x₂, 0] = [0.4, 0].
    expect(q.lines[0]).toBe('\\dot{W} = \\frac{\\partial W}{\\partial W_{12}} = \\begin{bmatrix} 0 & 1 \\\\ 0 & 0 \\end{bmatrix}');
    expect(q.lines[1]).toContain(`= W \\dot{x} + \\dot{W} x = \\begin{bmatrix} 0 & 1 \\\\ 0 & 0 \\end{bmatrix} ${column(0.2, 0.4)} = ${column(0.4, 0)}`);
  });

  it('writes an entry-by-entry function as ḣ = diag(f′(z)) ż, ReLU\'s zeros included', () => {
    // z = W x + b = [1·1 + 0·2 + 0, −1·1 + 0·2 + 0.5] = [1, −0.5]: ReLU passes the first, stops the second.
    const la = layersOf('x = [1, 2]\nW = [[1, 0], [-1, 0]]\nb = [0, 0.5]\nh = relu(W @ x + b)\nf = sum(h)');
    const [h, f] = stepsOf(la, 'x_1');
    // ż = W ẋ = [1, −1]; ḣ = diag(1, 0) ż = [1, 0]; ḟ = Σ ḣ = 1.
    expect(h.lines).toEqual([
      `\\dot{x} = \\frac{\\partial x}{\\partial x_{1}} = ${column(1, 0)}`,
      'z = W x + b',
      `\\dot{z} = W \\dot{x} + \\dot{W} x + \\dot{b} = \\begin{bmatrix} 1 & 0 \\\\ -1 & 0 \\end{bmatrix} ${column(1, 0)} = ${column(1, -1)}`,
      `\\dot{h} = \\frac{\\partial h}{\\partial x_{1}} = \\operatorname{diag}(f'(z))\\, \\dot{z} = \\begin{bmatrix} 1 & 0 \\\\ 0 & 0 \\end{bmatrix}\\, ${column(1, -1)} = ${column(1, 0)}`,
    ]);
    expect(f.lines).toEqual([`\\dot{f} = \\frac{\\partial f}{\\partial x_{1}} = \\textstyle\\sum \\left(\\dot{h}\\right) = \\textstyle\\sum \\left(${column(1, 0)}\\right) = 1`]);
  });

  it('on the matrix-form MLP: subscripted names, the rule for every statement, the reverse gradient at the end', () => {
    const la = layersOf(source('mlp-2321-matrix'));
    const steps = stepsOf(la, 'x_1');
    expect(steps.map((s) => s.name)).toEqual(['h1', 'h2', 'y_pred', 'J']);
    expect(steps[0].tex).toContain('\\dot{z} = W_{1} \\dot{x} + \\dot{W}_{1} x + \\dot{b}_{1}');
    expect(steps[0].tex).toContain('\\dot{h}_{1} = \\frac{\\partial h_{1}}{\\partial x_{1}} = \\operatorname{diag}(f\'(z))\\, \\dot{z}');
    expect(steps[2].tex).toContain('\\dot{y}_{\\text{pred}} = \\frac{\\partial y_{\\text{pred}}}{\\partial x_{1}} = W_{3} \\dot{h}_{2} + \\dot{W}_{3} h_{2} + \\dot{b}_{3}');
    // The output's tangent, the sweep's one result, is the reverse pass's ∂J/∂x_1.
    expect(steps[3].lines.at(-1)?.endsWith(`= ${texNumber(gradOf(la.gates, 'x_1'))}`)).toBe(true);
  });

  it('elides big shapes like the rest of Layers; every formula renders under KaTeX throwOnError, with no word in any language', () => {
    const big = layersOf(`W = [${Array.from({ length: 8 }, (_, i) => `[${Array.from({ length: 8 }, (_, j) => (i - j) / 10).join(', ')}]`).join(', ')}]\nx = [${Array.from({ length: 8 }, (_, i) => i / 4).join(', ')}]\nh = tanh(W @ x)\nf = mean(h * h) - sum(transpose(W) @ x) / 2`);
    const bigSteps = stepsOf(big, 'x_3');
    expect(bigSteps[0].tex).toContain('\\vdots');
    expect(bigSteps[0].tex).toContain('\\cdots');
    const all = [
      ...bigSteps, ...stepsOf(big, 'W_45'),
      ...['mlp-2321-matrix', 'net-222-matrix', 'cs231n-vectorised'].flatMap((id) => {
        const la = layersOf(source(id));
        return la.gates.graph.inputs.flatMap((input) => stepsOf(la, la.gates.graph.nodes[input].text));
      }),
    ];
    for (const s of all) {
      for (const line of s.lines) expect(() => katex.renderToString(line, { throwOnError: true, displayMode: true }), line).not.toThrow();
      expect(() => katex.renderToString(s.tex, { throwOnError: true, displayMode: true })).not.toThrow();
      // Symbols and names only (operator names such as diag aside): the same formulas in every language.
      const bare = s.tex.replace(/\\[A-Za-z]+/g, '').replace(/\{[A-Za-z]+\}/g, '');
      expect(bare, s.tex).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
