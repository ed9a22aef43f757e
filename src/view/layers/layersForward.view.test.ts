import { describe, expect, it } from 'vitest';
import { isLayersForward, type LayersForward } from '../../core/layers/layerTangents.ts';
import { PRESETS } from '../../presets/index.ts';
import { createChainruleStore } from '../../store/store.ts';
import { tableStep } from '../presenter/hideNumbers.ts';
import { layerMagnitudes, layerTangentMagnitudes, stepScales } from './layerColour.ts';
import { layerStepState, layerToScalarStep } from './layersView.ts';

const CS231N_VEC = PRESETS.find((p) => p.id === 'cs231n-vectorised')!.source;

/** The colour scales the drawing uses at a step (LayersGraph). */
function layerColourScales(la: LayersForward, step: number) {
  const { nodes } = la.layers;
  const { values, grads } = la.gates.trace;
  return stepScales(layerMagnitudes(la.layers, nodes, values, grads), layerStepState(la, step).shows, layerTangentMagnitudes(la.sweep, nodes, la.sweep.tangents));
}

function forwardLayers() {
  const store = createChainruleStore({ source: CS231N_VEC, lastGoodSource: CS231N_VEC, presetId: null, detail: 'layers' });
  store.getState().setMode('forward');
  store.getState().setWrt('x_1');
  return store;
}

describe('forward mode in the Layers view', () => {
  it('steps through the Layers forward steps, one per statement, sweeping the lesson\'s own sweep', () => {
    const store = forwardLayers();
    const view = store.getState().lesson();
    expect(view.layers && isLayersForward(view.layers)).toBe(true);
    const la = view.layers as LayersForward;
    // The same sweep the scalar views step through: one tape, one sweep.
    expect(la.sweep).toBe(view.sweep);
    expect(la.gates).toBe(view.analysis);
    expect([view.count, view.forwardCount]).toEqual([2, 2]);
    expect(la.steps.map((s) => [s.kind, la.layers.nodes[s.node].name])).toEqual([['forward', 'q'], ['forward', 'f']]);
  });

  it('shows tangents in the cells, filled a statement at a time, on their own colour scale', () => {
    const la = forwardLayers().getState().lesson().layers as LayersForward;
    const names = la.layers.nodes.map((n) => n.name);
    const at = (step: number) => Object.fromEntries(names.map((n, i) => [n, layerStepState(la, step).shows[i]]));
    expect(at(0)).toEqual({ W: 'tangent', x: 'tangent', q: 'tangent', f: 'none' });
    expect(at(1)).toEqual({ W: 'tangent', x: 'tangent', q: 'tangent', f: 'tangent' });
    // The largest |tangent| shown: ẋ₁ = 1 at the first step; still 1 at the second (|ḟ| = 0.112 < 1).
    expect(layerColourScales(la, 0).tangent).toBe(1);
    expect(layerColourScales(la, 1)).toEqual({ value: 0, grad: 0, tangent: 1 });
  });

  it('stands for the sweep\'s scalar steps: the tables, the live class and "Show this entry\'s step" read them', () => {
    const store = forwardLayers();
    const view = store.getState().lesson();
    const la = view.layers as LayersForward;
    const { names } = la.gates.graph;
    const q2 = names.get('q_2') as number;
    // The sweep's step of q's last entry, then of f.
    expect(layerToScalarStep(la, 0)).toBe(Math.max(la.sweep.stepOf[names.get('q_1') as number], la.sweep.stepOf[q2]));
    expect(layerToScalarStep(la, 1)).toBe(la.sweep.steps.length - 1);
    expect(tableStep(view, false)).toBe(layerToScalarStep(la, 0));
    store.getState().showEntryStep(q2);
    expect(store.getState()).toMatchObject({ detail: 'gates', mode: 'forward', selected: q2, step: la.sweep.stepOf[q2] });
    expect(store.getState().lesson().sweep?.steps[store.getState().step].node).toBe(q2);
  });
});
