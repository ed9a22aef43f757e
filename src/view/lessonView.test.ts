import { describe, expect, it, vi } from 'vitest';
import { analyzeView, DEFAULT_DETAIL, type Detail } from '../core/index.ts';
import { PRESETS } from '../presets/index.ts';
import { forwardSweep } from './forwardSweep.ts';
import { createLessonView, type LessonInput, type Looked, type Lookup } from './lessonView.ts';

const finished = PRESETS[0].source;
const other = PRESETS.find((p) => p.id === 'neuron')?.source as string;
const broken = 'f = x *';

const look: Lookup = (source: string, detail: Detail, expanded: readonly number[]): Looked => {
  const r = analyzeView(source, { detail, expand: [...expanded] });
  return r.ok ? { ok: true, analysis: r.value } : { ok: false, error: r.error };
};
/** A lookup that memoises (as src/store/derive.ts does) and counts how often it is asked. */
function counted(pending: ReadonlySet<string> = new Set()) {
  const memo = new Map<string, Looked>();
  const lookup = vi.fn((source: string, detail: Detail, expanded: readonly number[]): Looked => {
    if (pending.has(source)) return { ok: false, error: null, pending: true };
    const key = `${detail}|${expanded.join()}|${source}`;
    if (!memo.has(key)) memo.set(key, look(source, detail, expanded));
    return memo.get(key) as Looked;
  });
  return lookup;
}
const input = (over: Partial<LessonInput> = {}): LessonInput => ({
  source: finished, lastGoodSource: finished, step: 0, detail: DEFAULT_DETAIL, expanded: [],
  mode: 'reverse', wrt: null, practice: false, answered: [], ...over,
});
const stepsOf = (source: string, detail: Detail = DEFAULT_DETAIL) => {
  const r = analyzeView(source, { detail });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('the lesson view', () => {
  it('shows the text when it compiles, else the last finished program, marked stale, with the text\'s error', () => {
    const view = createLessonView(counted());
    const now = view(input());
    expect([now.status, now.shownSource, now.stale, now.error]).toEqual(['current', finished, false, null]);
    const stale = view(input({ source: broken }));
    expect([stale.status, stale.shownSource, stale.stale]).toEqual(['stale', finished, true]);
    expect(stale.analysis?.graph.nodes.length).toBe(now.analysis?.graph.nodes.length);
    expect(stale.error).not.toBeNull();
    const none = view(input({ source: broken, lastGoodSource: broken }));
    expect([none.status, none.analysis, none.count, none.step]).toEqual(['none', null, 0, 0]);
  });

  it('keeps drawing the program before while a big text is analysed, in the same view only', () => {
    const view = createLessonView(counted(new Set([other])));
    const before = view(input());
    const pending = view(input({ source: other }));
    expect([pending.status, pending.analysing, pending.shownSource]).toEqual(['analysing', true, finished]);
    expect(pending.analysis).toBe(before.analysis);
    // Another view has nothing drawn yet: the finished program's analysis in that view stands in.
    expect(view(input({ source: other, detail: 'statements' })).shownSource).toBe(finished);
  });

  it('counts the steps of the view and the mode, and clamps the step to them', () => {
    const view = createLessonView(counted());
    for (const detail of ['statements', 'gates', 'primitives'] as const) {
      const a = stepsOf(other, detail);
      const v = view(input({ source: other, lastGoodSource: other, detail, step: 10_000 }));
      expect(v.count).toBe(a.schedule.steps.length);
      expect(v.step).toBe(a.schedule.steps.length - 1);
      expect(v.forwardCount).toBe(a.schedule.forwardCount);
      expect(view(input({ source: other, lastGoodSource: other, detail, step: -3 })).step).toBe(0);
    }
    const fwd = view(input({ source: other, lastGoodSource: other, mode: 'forward', step: 10_000 }));
    const sweep = forwardSweep(stepsOf(other), null);
    expect(fwd.count).toBe(sweep?.steps.length);
    expect(fwd.forwardCount).toBe(fwd.count);
    expect(fwd.step).toBe(fwd.count - 1);
    expect(fwd.overlay?.gradText).toBeDefined();
  });

  it('hides the numbers of an unanswered practice step, and shows them once answered', () => {
    const view = createLessonView(counted());
    const asking = view(input({ practice: true, step: 1 }));
    expect(asking.questions).toBeGreaterThan(0);
    expect(asking.concealed).toBe(true);
    const answered = view(input({ practice: true, step: 1, answered: [1] }));
    expect([answered.answered, answered.concealed]).toEqual([true, false]);
    expect(view(input({ step: 1 })).overlay).toBeUndefined();
  });

  it('asks no lookup for a step change, and returns the same view for a record that did not change', () => {
    const lookup = counted();
    const view = createLessonView(lookup);
    const record = input();
    const first = view(record);
    // Another state object (a hover changed) with the same lesson in it.
    expect(view({ ...record })).toBe(first);
    lookup.mockClear();
    for (let step = 0; step < first.count; step++) expect(view({ ...record, step }).step).toBe(step);
    expect(lookup).not.toHaveBeenCalled();
    // A landed analysis (a new epoch) is looked up again.
    view({ ...record, step: 1 }, 1);
    expect(lookup).toHaveBeenCalled();
  });
});
