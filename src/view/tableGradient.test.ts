import { describe, expect, it } from 'vitest';
import { analyze } from '../core/index.ts';
import { presetById } from '../presets/index.ts';
import { stepView } from './graphState.ts';
import { tableGradient } from './tableGradient.ts';

function analysisOf(source: string) {
  const r = analyze(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const id = (a: ReturnType<typeof analysisOf>, name: string) => a.graph.names.get(name) as number;

describe('the table view’s gradient cell', () => {
  it('at CS231n step 4 (q’s backward step) gives x and y the −4 the graph already shows on their edges', () => {
    const a = analysisOf(presetById('cs231n')!.source);
    const step = a.schedule.steps.findIndex((s) => s.kind === 'backward' && s.node === id(a, 'q'));
    expect(step).toBe(3);
    const view = stepView(a, step);
    expect(tableGradient(a, view, id(a, 'x'))).toEqual({ kind: 'final', value: -4 });
    expect(tableGradient(a, view, id(a, 'y'))).toEqual({ kind: 'final', value: -4 });
    expect(tableGradient(a, view, id(a, 'z'))).toEqual({ kind: 'final', value: 3 });
    expect(tableGradient(a, stepView(a, 1), id(a, 'x'))).toEqual({ kind: 'none' });
  });

  it('a fan-out node shows the sum of the terms arrived so far, then its gradient', () => {
    const a = analysisOf('x = 3\nf = x*x + x');
    const x = id(a, 'x');
    const seen = a.schedule.steps.map((_, step) => tableGradient(a, stepView(a, step), x));
    expect(seen).toContainEqual({ kind: 'partial', value: 1, terms: 1, of: 3 });
    expect(seen.at(-1)).toEqual({ kind: 'final', value: 7 });
  });

  it('agrees with the edges the graph draws at every step of every example', () => {
    for (const id of ['cs231n', 'fanout', 'neuron', 'net-222'] as const) {
      const a = analysisOf(presetById(id)!.source);
      a.schedule.steps.forEach((_, step) => {
        const view = stepView(a, step);
        a.graph.nodes.forEach((node) => {
          const cell = tableGradient(a, view, node.id);
          const drawn = a.graph.outEdges[node.id].some((e) => view.gradShown(e)) || view.nodeGradShown(node.id);
          expect(cell.kind !== 'none').toBe(drawn);
        });
      });
    }
  });
});
