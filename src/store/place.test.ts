/**
 * The place in the lesson survives what does not move it: a round trip through the views, and
 * an edit that keeps the node being explained.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DETAILS, matchStep, type Analysis, type Detail, type GraphNode } from '../core/index.ts';
import { PRESETS } from '../presets/index.ts';
import { deriveNow } from './derive.ts';
import { createChainruleStore } from './store.ts';

const analysed = (source: string, detail: Detail = 'gates'): Analysis => {
  const d = deriveNow(source, detail);
  if (!d.ok) throw new Error(`no analysis of ${source}`);
  return d.analysis;
};
/** What names a node across programs: its name, or the text and op it stands for. */
const identity = (n: GraphNode) => n.name ?? `${n.kind}:${n.span.start}:${n.span.end}:${n.kind === 'gate' ? n.op : ''}`;
const at = (analysis: Analysis, step: number) => {
  const s = analysis.schedule.steps[step];
  return `${s.kind} ${identity(analysis.graph.nodes[s.node])}`;
};

afterEach(() => vi.useRealTimers());

describe('switching the view and back', () => {
  it('comes back to the very step it left, on every preset, from every step and through every other view', () => {
    for (const preset of PRESETS) {
      for (const from of DETAILS) {
        const steps = analysed(preset.source, from).schedule.steps.length;
        for (const via of DETAILS.filter((d) => d !== from)) {
          for (let step = 0; step < steps; step++) {
            const store = createChainruleStore({ source: preset.source, lastGoodSource: preset.source, presetId: null, detail: from });
            store.getState().goTo(step);
            store.getState().setDetail(via);
            store.getState().setDetail(from);
            expect(store.getState().step, `${preset.id}: ${from} ${step} → ${via} → ${from}`).toBe(step);
          }
        }
      }
    }
  });

  it('moves on from the new view once the student steps there', () => {
    const source = PRESETS.find((p) => p.id === 'neuron')?.source as string;
    const gates = analysed(source);
    const statements = analysed(source, 'statements');
    const store = createChainruleStore({ source, lastGoodSource: source, presetId: null });
    store.getState().goTo(gates.schedule.backwardStepOf[gates.graph.output]);
    store.getState().setDetail('statements');
    store.getState().next();
    const there = store.getState().step;
    store.getState().setDetail('gates');
    expect(store.getState().step).toBe(matchStep(statements, there, gates));
    expect(store.getState().step).toBeGreaterThan(gates.schedule.backwardStepOf[gates.graph.output]);
  });
});

describe('editing the program', () => {
  const source = PRESETS.find((p) => p.id === 'neuron')?.source as string;
  const appended = `${source.trimEnd()}; g = f * 2`;

  it('keeps the node being explained when a line is typed after it, key by key', () => {
    vi.useFakeTimers();
    const before = analysed(source);
    const after = analysed(appended);
    for (let step = 0; step < before.schedule.steps.length; step++) {
      const store = createChainruleStore({ source, lastGoodSource: source, presetId: null });
      store.getState().goTo(step);
      const start = source.trimEnd().length;
      store.getState().setSource(source.trimEnd());
      for (let i = start + 1; i <= appended.length; i++) store.getState().setSource(appended.slice(0, i));
      vi.advanceTimersByTime(5000);
      expect(store.getState().lastGoodSource).toBe(appended);
      expect(at(after, store.getState().step), `from step ${step}`).toBe(at(before, step));
    }
  });

  it('keeps it through an app edit (a slider) as well', () => {
    const before = analysed(source);
    const store = createChainruleStore({ source, lastGoodSource: source, presetId: null });
    const step = before.schedule.backwardStepOf[before.graph.names.get('w1') as number];
    store.getState().goTo(step);
    store.getState().applyEdit(`${appended}\n`);
    expect(at(analysed(`${appended}\n`), store.getState().step)).toBe(at(before, step));
  });

  it('keeps the step number where the new program has not the node (a program typed over another)', () => {
    const first = PRESETS[0].source;
    const typed = 'a = 2; b = 3; f = a * b + a';
    const store = createChainruleStore({ source: first, lastGoodSource: first, presetId: null });
    const step = analysed(first).schedule.backwardStepOf[analysed(first).graph.names.get('q') as number];
    store.getState().goTo(step);
    for (let i = 1; i <= typed.length; i++) store.getState().setSource(typed.slice(0, i));
    expect(analysed(typed).graph.names.has('q')).toBe(false);
    expect(store.getState().step).toBe(step);
  });

  it('starts over at the first step of another program picked', () => {
    const store = createChainruleStore({ source, lastGoodSource: source, presetId: null });
    store.getState().last();
    store.getState().loadPreset('neuron-fused');
    expect(store.getState().step).toBe(0);
  });
});
