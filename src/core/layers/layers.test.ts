import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { analyzeLayers, describeLayerStep, entryNode, texNumber, type LayersAnalysis } from '../index.ts';
import { PRESETS } from '../../presets/index.ts';
import { analyzed, gradOf } from '../../testing/fixtures.ts';

const layersOf = (source: string) => analyzeLayers(analyzed(source)) as LayersAnalysis;
const stepTex = (la: LayersAnalysis, kind: 'forward' | 'backward', name: string) =>
  describeLayerStep(la, la.steps.find((s) => s.kind === kind && la.layers.nodes[s.node].name === name)!).tex;
const MLP = PRESETS.find((p) => p.id === 'mlp-2321-matrix')!.source;

describe('the Layers view', () => {
  it('has one node per statement as written, with its shape and its entries\' scalar nodes', () => {
    const la = layersOf(MLP);
    expect(la.layers.nodes.map((n) => `${n.name} ${n.rows}×${n.cols}`)).toEqual(
      ['x 2×0', 'y_true 1×0', 'W1 3×2', 'b1 3×0', 'W2 2×3', 'b2 2×0', 'W3 1×2', 'b3 1×0', 'h1 3×0', 'h2 2×0', 'y_pred 1×0', 'J 1×0']);
    const W1 = la.layers.nodes[la.layers.byName.get('W1')!];
    expect(entryNode(W1, 2, 1)).toBe(la.gates.graph.names.get('W1_21'));
    expect(entryNode(W1, 4, 1)).toBeUndefined();
    expect(la.layers.layerOf.get(la.gates.graph.names.get('h1_3')!)).toBe(la.layers.byName.get('h1'));
    expect(la.forwardCount).toBe(4);
  });

  it('writes the course\'s products with the scalar engine\'s numbers', () => {
    const la = layersOf(MLP);
    const a = la.gates;
    const h1 = stepTex(la, 'backward', 'h1');
    expect(h1).toContain('\\frac{\\partial J}{\\partial W_{1}} = \\delta\\, x^{\\top}');
    expect(h1).toContain('\\frac{\\partial J}{\\partial x} = W_{1}^{\\top} \\delta');
    expect(h1).toContain('\\frac{\\partial J}{\\partial b_{1}} = \\delta');
    for (const name of ['W1_11', 'W1_12', 'W1_21', 'W1_22', 'W1_31', 'W1_32', 'b1_1', 'b1_2', 'b1_3', 'x_1', 'x_2']) {
      expect(h1, name).toContain(texNumber(gradOf(a, name)));
    }
    expect(stepTex(la, 'forward', 'h1')).toContain('\\begin{bmatrix} 0.6 \\\\ 1.3 \\\\ 2 \\end{bmatrix}');
  });

  it('shows an entry-by-entry function\'s Jacobian as diag(f′(z)) with ReLU\'s zeros', () => {
    const la = layersOf('x = [1, -1, 2]\nh = relu(x * 2)\nf = sum(h)');
    expect(stepTex(la, 'backward', 'h')).toContain("\\operatorname{diag}(f'(z)) = \\begin{bmatrix} 1 & 0 & 0 \\\\ 0 & 0 & 0 \\\\ 0 & 0 & 1 \\end{bmatrix}");
  });

  it('elides big shapes around ⋮ and ⋱', () => {
    const row = Array.from({ length: 12 }, (_, i) => i / 10).join(', ');
    const la = layersOf(`W = [${Array.from({ length: 12 }, () => `[${row}]`).join(', ')}]\nx = [${row}]\nf = sum(W @ x)`);
    const tex = stepTex(la, 'backward', 'f');
    expect(tex).toContain('\\vdots');
    expect(tex).toContain('\\ddots');
  });

  it('renders every step under KaTeX throwOnError, with no word in any language', () => {
    for (const source of [MLP, PRESETS.find((p) => p.id === 'net-222-matrix')!.source, PRESETS.find((p) => p.id === 'cs231n-vectorised')!.source]) {
      const la = layersOf(source);
      for (const s of la.steps) {
        const { tex } = describeLayerStep(la, s);
        expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
        const bare = tex.replace(/\\[A-Za-z]+/g, '').replace(/\{[A-Za-z]+\}/g, '');
        expect(bare, tex).not.toMatch(/[A-Za-z]{3,}/);
      }
    }
  });

  it('is the Statements view for a program with no vector or matrix', () => {
    expect(analyzeLayers(analyzed('x = 2\nf = x * x'))).toBeNull();
  });
});
