import { describe, expect, it } from 'vitest';
import { createChainruleStore } from './store.ts';
import { derive } from './derive.ts';
import { PRESETS } from '../presets/index.ts';

const MLP = PRESETS.find((p) => p.id === 'mlp-2321-matrix')?.source as string;
const gatesOf = (source: string) => {
  const d = derive(source, 'gates');
  if (!d.ok) throw new Error('no analysis');
  return d.analysis;
};

describe('the Layers view in the store', () => {
  it('counts the Layers steps, and a switch to and from Gates keeps the node', () => {
    const store = createChainruleStore({ source: MLP, lastGoodSource: MLP, presetId: null });
    const gates = gatesOf(MLP);
    store.getState().goTo(gates.schedule.backwardStepOf[gates.graph.names.get('h1_2') as number]);
    store.getState().setDetail('layers');
    const view = store.getState().lesson();
    expect(view.layers).not.toBeNull();
    expect(view.count).toBe(view.layers?.steps.length);
    const s = view.layers!.steps[view.step];
    expect([s.kind, view.layers!.layers.nodes[s.node].name]).toEqual(['backward', 'h1']);
    store.getState().setDetail('gates');
    expect(store.getState().step).toBe(gates.schedule.backwardStepOf[gates.graph.names.get('h1_2') as number]);
  });

  it('"Show this entry\'s step" goes to Gates at the entry\'s backward step in the backward pass, selected', () => {
    const store = createChainruleStore({ source: MLP, lastGoodSource: MLP, presetId: null, detail: 'layers' });
    const la = store.getState().lesson().layers!;
    store.getState().goTo(la.steps.find((s) => s.kind === 'backward')!.index);
    const W121 = la.gates.graph.names.get('W1_21') as number;
    store.getState().showEntryStep(W121);
    expect(store.getState()).toMatchObject({ detail: 'gates', selected: W121, step: la.gates.schedule.backwardStepOf[W121] });
  });

  it('is the Statements view, said so, for a program with no vector or matrix', () => {
    const source = 'x = 2\nf = x * x';
    const store = createChainruleStore({ source, lastGoodSource: source, presetId: null, detail: 'layers' });
    const view = store.getState().lesson();
    expect(view.layers).toBeNull();
    expect(view.layersAsStatements).toBe(true);
    expect(view.opTable).toBe(false);
    expect(view.analysis?.trace.rules.kind).toBe('lines');
  });
});
