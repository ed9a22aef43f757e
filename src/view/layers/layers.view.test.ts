import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { analyzeLayers, describeLayerStep, type LayersAnalysis } from '../../core/index.ts';
import { PRESETS } from '../../presets/index.ts';
import { analyzed } from '../../testing/fixtures.ts';
import { columns, layoutLayers, shownIndices } from './layerLayout.ts';
import { cellNumber, divergingColour, largest, layerMagnitudes, NEGATIVE, NEUTRAL, POSITIVE, stepScales } from './layerColour.ts';
import { entryScalarStep, formulaLines, layerStepState, layerToScalarStep, layersOf, scalarToLayerStep } from './layersView.ts';

const MLP = PRESETS.find((p) => p.id === 'mlp-2321-matrix')!.source;
const la = analyzeLayers(analyzed(MLP)) as LayersAnalysis;
const node = (name: string) => la.layers.byName.get(name)!;
const stepOf = (kind: 'forward' | 'backward', name: string) => la.steps.find((s) => s.kind === kind && s.node === node(name))!.index;
const id = (name: string) => la.gates.graph.names.get(name)!;

describe('the Layers layout', () => {
  it('puts each statement one column past what it uses, and an input one column before its first use', () => {
    const col = columns(la.layers.nodes);
    const at = (name: string) => col[node(name)];
    expect(['x', 'W1', 'b1'].map(at)).toEqual([0, 0, 0]);
    expect(['h1', 'W2', 'b2'].map(at)).toEqual([1, 1, 1]);
    expect(['h2', 'W3', 'b3'].map(at)).toEqual([2, 2, 2]);
    expect(['y_pred', 'y_true'].map(at)).toEqual([3, 3]);
    expect(at('J')).toBe(4);
  });

  it('places nodes without overlaps, edges pointing rightwards, in the order the statement uses them', () => {
    const layout = layoutLayers(la.layers.nodes);
    const boxes = layout.nodes;
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.id >= b.id) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
    for (const e of layout.edges) expect(boxes[e.from].x).toBeLessThan(boxes[e.to].x);
    // W1 @ x + b1: W1 above x above b1.
    expect(boxes[node('W1')].y).toBeLessThan(boxes[node('x')].y);
    expect(boxes[node('x')].y).toBeLessThan(boxes[node('b1')].y);
    expect(boxes[node('W1')]).toMatchObject({ rows: [0, 1, 2], cols: [0, 1], numbered: true });
  });

  it('is laid out by structure only: the same boxes for other values', () => {
    const other = analyzeLayers(analyzed(MLP.replace('x = [1, 2]', 'x = [-7, 0.5]'))) as LayersAnalysis;
    expect(layoutLayers(other.layers.nodes)).toEqual(layoutLayers(la.layers.nodes));
  });

  it('draws a big dimension as its first and last indices around a gap', () => {
    expect(shownIndices(3)).toEqual([0, 1, 2]);
    expect(shownIndices(784)).toEqual([0, 1, 2, 3, -1, 780, 781, 782, 783]);
  });
});

describe('the Layers view of a step', () => {
  it('shows values up to the statement computed, then gradients once the backward pass has passed a node', () => {
    const forward = layerStepState(la, stepOf('forward', 'h1'));
    expect(forward.current).toBe(node('h1'));
    expect([forward.shows[node('W1')], forward.shows[node('h1')], forward.shows[node('h2')]]).toEqual(['value', 'value', 'none']);
    const back = layerStepState(la, stepOf('backward', 'h1'));
    // h1 passed its gradient to W1, x and b1: theirs is whole.
    expect(['h1', 'W1', 'x', 'b1', 'J'].map((n) => back.shows[node(n)])).toEqual(['grad', 'grad', 'grad', 'grad', 'grad']);
    // h2 passes its gradient to h1 (its one consumer) at h2's backward step, not before.
    expect(layerStepState(la, stepOf('backward', 'h2') - 1).shows[node('h1')]).toBe('value');
    expect(layerStepState(la, stepOf('backward', 'h2')).shows[node('h1')]).toBe('grad');
  });

  it('maps a Layers step to the scalar step it stands for, and back', () => {
    const { schedule } = la.gates;
    const forward = stepOf('forward', 'h2');
    expect(layerToScalarStep(la, forward)).toBe(Math.max(schedule.forwardStepOf[id('h2_1')], schedule.forwardStepOf[id('h2_2')]));
    expect(scalarToLayerStep(la, layerToScalarStep(la, forward))).toBe(forward);
    const back = stepOf('backward', 'h1');
    expect(scalarToLayerStep(la, layerToScalarStep(la, back))).toBe(back);
    expect(scalarToLayerStep(la, schedule.backwardStepOf[id('h1_2')])).toBe(back);
  });

  it('finds an entry\'s own step: backward in the backward pass, its first use for an input going forward', () => {
    const { schedule, graph } = la.gates;
    expect(entryScalarStep(la.gates, id('W1_21'), 'backward')).toBe(schedule.backwardStepOf[id('W1_21')]);
    const uses = graph.outEdges[id('W1_21')].map((e) => schedule.forwardStepOf[graph.edges[e].to]);
    expect(entryScalarStep(la.gates, id('W1_21'), 'forward')).toBe(Math.min(...uses));
    expect(entryScalarStep(la.gates, id('h1_3'), 'forward')).toBe(schedule.forwardStepOf[id('h1_3')]);
  });

  it('has no Layers view for a program with no vector or matrix', () => {
    expect(layersOf(analyzed('x = 2\nf = x * x'))).toBeNull();
    expect(layersOf(la.gates)).toBe(layersOf(la.gates));
  });
});

describe('the Layers colour scales', () => {
  it('scale each step by the largest value among nodes showing values and the largest gradient among those showing gradients', () => {
    const { values, grads } = la.gates.trace;
    const m = layerMagnitudes(la, la.layers.nodes, values, grads);
    for (let step = 0; step < la.steps.length; step++) {
      const { shows } = layerStepState(la, step);
      const over = (kind: string, xs: ArrayLike<number>) => largest(la.layers.nodes.filter((n) => shows[n.id] === kind).flatMap((n) => n.entries.map((e) => xs[e])));
      expect(stepScales(m, shows)).toEqual({ value: over('value', values), grad: over('grad', grads), tangent: 0 });
    }
    expect(layerMagnitudes(la, la.layers.nodes, values, grads)).toBe(m);
  });
});

describe('the Layers formulas and colours', () => {
  it('breaks a formula before each top-level =, never inside a matrix', () => {
    const m = '\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}';
    expect(formulaLines(`h = \\operatorname{ReLU}(W x) = ${m}`)).toEqual(['h = \\operatorname{ReLU}(W x)', `{= ${m}}`]);
    expect(formulaLines(`= A = ${m}`)).toEqual(['{= A}', `{= ${m}}`]);
    expect(formulaLines('\\frac{\\partial J}{\\partial W} = \\delta x^{\\top} = B = C')).toEqual(['\\frac{\\partial J}{\\partial W} = \\delta x^{\\top}', '{= B}', '{= C}']);
  });

  it('renders every line the step panel shows under KaTeX throwOnError, for the three matrix presets', () => {
    for (const id of ['mlp-2321-matrix', 'net-222-matrix', 'cs231n-vectorised']) {
      const each = analyzeLayers(analyzed(PRESETS.find((p) => p.id === id)!.source)) as LayersAnalysis;
      for (const s of each.steps) {
        for (const line of describeLayerStep(each, s).lines.flatMap(formulaLines)) {
          expect(() => katex.renderToString(`\\displaystyle ${line}`, { throwOnError: true }), `${id} ${line}`).not.toThrow();
        }
      }
    }
  });

  it('colours negative blue, zero neutral, positive orange, and writes three digits in a cell', () => {
    expect(divergingColour(0, 1)).toBe('rgb(244, 244, 240)');
    expect(divergingColour(-2, 2)).toBe(divergingColour(-5, 2));
    expect([NEGATIVE, NEUTRAL, POSITIVE]).toHaveLength(3);
    expect(divergingColour(1, 0)).toBe(NEUTRAL);
    expect(cellNumber(23.891)).toBe('23.9');
    expect(cellNumber(-0.123456)).toBe('-0.123');
    expect(cellNumber(1.5e-7)).toBe('1.5e-7');
  });
});
