/**
 * One engine under every view: the views and forward mode are rule sets and sweeps over the one
 * tape, so they cannot disagree. Each block below was a disagreement between forks of the engine.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeView, DETAILS, tangentSchedule, type Analysis, type BackwardStep, type Detail } from '../index.ts';
import { PRESETS } from '../../presets/index.ts';
import { viewProgram } from '../../testing/viewPrograms.ts';

function view(source: string, detail: Detail): Analysis {
  const r = analyzeView(source, { detail });
  if (!r.ok) throw new Error(`${source}\n${r.error.message}`);
  return r.value;
}

/** Names whose gradient differs, bit for bit (NaN equals NaN), between the Gates view and `other`. */
function gradientMismatches(gates: Analysis, other: Analysis): string[] {
  const out: string[] = [];
  for (const [name, id] of other.graph.names) {
    const gateId = gates.graph.names.get(name);
    if (gateId === undefined) continue;
    if (!Object.is(gates.trace.grads[gateId], other.trace.grads[id])) out.push(`∂/∂${name}: ${gates.trace.grads[gateId]} vs ${other.trace.grads[id]}`);
  }
  return out;
}

describe('every view gives the same gradients, bit for bit', () => {
  it.each(PRESETS.map((p) => [p.id, p.source]))('on the preset %s', (_id, source) => {
    const gates = view(source, 'gates');
    for (const detail of DETAILS) {
      const other = view(source, detail);
      expect(other.graph.names.size, detail).toBeGreaterThan(0);
      expect(gradientMismatches(gates, other), detail).toEqual([]);
    }
  });

  it('on 500 random programs, NaN and all', () => {
    fc.assert(fc.property(viewProgram, (source) => {
      const gates = view(source, 'gates');
      for (const detail of ['statements', 'primitives'] as const) expect(gradientMismatches(gates, view(source, detail)), `${source}\n${detail}`).toEqual([]);
    }), { numRuns: 500, seed: 18 });
  });
});

describe('a fan-out is summed in the same order, with a running sum, in every view', () => {
  // x feeds a (x·3) and b (x+1); f = a·b. Backward reaches b's use of x first (later consumers first).
  const source = 'x = 2\na = x * 3\nb = x + 1\nf = a * b';
  const termsIntoX = (a: Analysis) => {
    const x = a.graph.names.get('x') as number;
    return (a.schedule.steps.filter((s) => s.kind === 'backward') as BackwardStep[])
      .flatMap((s) => s.locals.filter((l) => l.operand === x).map((l) => ({ from: a.graph.nodes[s.node].name, sum: l.runningSum, fanOut: l.fanOut })));
  };

  it.each(['gates', 'statements'] as const)('in %s: b first, then a, each term marked as one of two with the sum so far', (detail) => {
    const terms = termsIntoX(view(source, detail));
    // ∂f/∂b = a = 6 reaches x through ∂b/∂x = 1: 6; then ∂f/∂a = b = 3 through ∂a/∂x = 3: 9, total 15.
    expect(terms.map((t) => t.from)).toEqual(['b', 'a']);
    expect(terms.map((t) => t.sum)).toEqual([6, 15]);
    expect(terms.map((t) => [t.fanOut?.k, t.fanOut?.count])).toEqual([[1, 2], [2, 2]]);
  });
});

describe('forward mode is the same sweep over the same partials', () => {
  it('says NaN where reverse mode does: the derivative of log at −1', () => {
    const a = view('x = -1\nf = log(x)', 'gates');
    expect(a.trace.grads[a.graph.names.get('x') as number]).toBeNaN();
    const sweep = tangentSchedule(a.trace, a.graph.names.get('x') as number);
    expect(sweep.gradient).toBeNaN();
    expect(sweep.steps.at(-1)?.result).toBeNaN();
  });

  it('equals reverse mode for every input of 300 random programs, NaN included', () => {
    fc.assert(fc.property(viewProgram, (source) => {
      const a = view(source, 'gates');
      for (const x of a.graph.inputs) {
        const reverse = a.trace.grads[x];
        const forward = tangentSchedule(a.trace, x).gradient;
        if (Number.isNaN(reverse) || Number.isNaN(forward)) expect([source, Number.isNaN(forward)]).toEqual([source, Number.isNaN(reverse)]);
        else expect(Math.abs(forward - reverse), `${source}\n∂/∂${a.graph.nodes[x].name}: ${forward} vs ${reverse}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(reverse)));
      }
    }), { numRuns: 300, seed: 18 });
  });
});
