import { describe, expect, it } from 'vitest';
import { analyzeView, analyzeViewInStages, DETAILS, type ViewOptions } from '../index.ts';
import { PRESETS } from '../../presets/index.ts';
import { shownSteps } from '../../testing/fixtures.ts';

/** Runs the staged analysis to its end, counting the pauses it offers. */
function staged(source: string, options: ViewOptions) {
  const stages = analyzeViewInStages(source, options);
  let pauses = 0;
  for (let r = stages.next(); ; r = stages.next()) {
    if (r.done) return { result: r.value, pauses };
    pauses++;
  }
}

describe('the analysis in stages', () => {
  it('gives what analyzeView gives, in every view of every preset', () => {
    for (const preset of PRESETS) {
      for (const detail of DETAILS) {
        const whole = analyzeView(preset.source, { detail });
        const { result, pauses } = staged(preset.source, { detail });
        if (!whole.ok || !result.ok) throw new Error(`${preset.id} does not compile`);
        expect(pauses).toBeGreaterThanOrEqual(3);
        expect(result.value.graph.layoutKey).toBe(whole.value.graph.layoutKey);
        expect([...result.value.trace.grads]).toEqual([...whole.value.trace.grads]);
        expect(shownSteps(result.value).map((s) => s.tex)).toEqual(shownSteps(whole.value).map((s) => s.tex));
        expect(result.value.allWarnings).toEqual(whole.value.allWarnings);
      }
    }
  });

  it('expands the chosen gates in the Gates view as analyzeView does', () => {
    const source = 'x = 0.5\nf = sigmoid(x) + tanh(x)';
    const whole = analyzeView(source, { expand: [1] });
    const { result } = staged(source, { expand: [1] });
    if (!whole.ok || !result.ok) throw new Error('does not compile');
    expect(result.value.graph.layoutKey).toBe(whole.value.graph.layoutKey);
  });

  it('pauses every few hundred statements while parsing and building a big program', () => {
    // 5,000 lines: the lexer, then 10 × 500 statements parsed, then 10 × 500 built, then evaluate and schedule.
    const source = ['x = 0.5', ...Array.from({ length: 4999 }, (_, k) => `a${k + 1} = sin(x) * ${k + 1}`)].join('\n');
    const { result, pauses } = staged(source, {});
    expect(result.ok).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(20);
    if (result.ok) expect(result.value.graph.layoutKey).toBe((analyzeView(source) as { ok: true; value: { graph: { layoutKey: string } } }).value.graph.layoutKey);
  });

  it('stops at the first stage that fails, with the same error', () => {
    const late = Array.from({ length: 1200 }, (_, k) => `a${k} = ${k}`).join('\n');
    // Errors found after a pause: a parse error and a build error past the first 500 statements.
    for (const source of ['f = (', 'f = y * 2', `${late}\nf = (`, `${late}\nf = a5 * zz`, `${late}\na7 = 1`]) {
      const { result } = staged(source, {});
      expect(result).toEqual(analyzeView(source));
    }
  });
});
