import { describe, expect, it } from 'vitest';
import { createChainruleStore } from './store.ts';
import { derive } from './derive.ts';
import { PRESETS } from '../presets/index.ts';

const mlp = PRESETS.find((p) => p.id === 'mlp-2321')?.source as string;
const neuron = PRESETS.find((p) => p.id === 'neuron-fused')?.source as string;

describe('the level of detail in the store', () => {
  it('starts in the Gates view and derives each view under its own key', () => {
    const store = createChainruleStore({ source: mlp, lastGoodSource: mlp });
    expect(store.getState().detail).toBe('gates');
    const gates = derive(mlp, 'gates');
    const statements = derive(mlp, 'statements');
    expect(gates.ok && statements.ok).toBe(true);
    if (gates.ok && statements.ok) expect(statements.analysis.graph.nodes.length).toBeLessThan(gates.analysis.graph.nodes.length);
  });

  it('keeps the current node when the view changes', () => {
    const store = createChainruleStore({ source: mlp, lastGoodSource: mlp, presetId: null });
    const at = (detail: 'gates' | 'statements') => {
      const d = derive(mlp, detail);
      if (!d.ok) throw new Error('no analysis');
      return d.analysis;
    };
    const gates = at('gates');
    store.getState().goTo(gates.schedule.backwardStepOf[gates.graph.names.get('h2_2') as number]);
    store.getState().setDetail('statements');
    const statements = at('statements');
    const step = statements.schedule.steps[store.getState().step];
    expect(step.kind).toBe('backward');
    expect(statements.graph.nodes[step.node].name).toBe('h2_2');
    store.getState().setDetail('gates');
    expect(store.getState().step).toBe(gates.schedule.backwardStepOf[gates.graph.names.get('h2_2') as number]);
  });

  it('expands one selected fused gate in place and keeps it selected', () => {
    const store = createChainruleStore({ source: neuron, lastGoodSource: neuron, presetId: null });
    const before = derive(neuron);
    if (!before.ok) throw new Error('no analysis');
    const f = before.analysis.graph.names.get('f') as number;
    store.getState().select(f);
    store.getState().expandGate(0);
    expect(store.getState().expanded).toEqual([0]);
    const after = derive(neuron, 'gates', [0]);
    if (!after.ok) throw new Error('no analysis');
    const selected = after.analysis.graph.nodes[store.getState().selected as number];
    expect(selected.kind === 'gate' && [selected.name, selected.op]).toEqual(['f', 'div']);
    // the same input gradients through σ(1−σ) and through the expanded chain
    for (const id of before.analysis.graph.inputs) {
      const name = before.analysis.graph.nodes[id].text;
      expect(after.analysis.trace.grads[after.analysis.graph.names.get(name) as number]).toBeCloseTo(before.analysis.trace.grads[id], 14);
    }
  });
});
