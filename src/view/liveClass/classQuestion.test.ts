import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';
import { hints, patterns } from '../../i18n/en/engine.ts';
import { classQuestion, classQuestionId, groupAnswers } from './classQuestion.ts';
import { forwardSweep } from '../forwardSweep.ts';

const mul = analyze('x = 3; y = -4; f = x * y');
if (!mul.ok) throw new Error('the program compiles');
const analysis = mul.value;
const backwardAt = analysis.schedule.steps.findIndex((s) => s.kind === 'backward' && analysis.graph.nodes[s.node].kind === 'gate');

describe('a class question', () => {
  it('is the chain-rule product at a gate\'s backward step, and reads back from its id', () => {
    const id = classQuestionId(analysis, backwardAt, true)!;
    expect(id).toMatch(/:product0$/);
    const q = classQuestion(analysis, id, true, { hints, patterns })!;
    expect(q.id).toBe(id);
    expect(q.answer).toBe(-4); // ∂f/∂x = y · 1
  });

  it('in forward mode is the tangent of the step, none at the seed', () => {
    // f = x · y by x: the seed ẋ = 1 asks nothing; the gate's step asks ḟ = y · ẋ = -4.
    const sweep = forwardSweep(analysis, 'x')!;
    expect(classQuestionId(analysis, 0, true, sweep)).toBeNull();
    const at = sweep.steps.findIndex((s) => analysis.graph.nodes[s.node].kind === 'gate');
    const id = classQuestionId(analysis, at, true, sweep)!;
    expect(id).toMatch(/:tangent$/);
    const q = classQuestion(analysis, id, true, { hints, patterns }, sweep)!;
    expect(q.answer).toBe(-4);
    expect(groupAnswers(q, [-4, 4]).byVerdict).toEqual([{ verdict: 'right', count: 1 }, { verdict: 'sign-slip', count: 1 }]);
  });

  it('is none at a step that asks nothing, and none for an id this program lacks', () => {
    expect(classQuestion(analysis, '999:value', true, { hints, patterns })).toBeNull();
    expect(classQuestionId(analysis, 999, true)).toBeNull();
  });

  it('groups answers by value and by named mistake, exactly', () => {
    const q = classQuestion(analysis, classQuestionId(analysis, backwardAt, true)!, true, { hints, patterns })!;
    // Right twice (-4.000001 shows as -4), the wrong sign three times, and one answer no mistake explains.
    const grouped = groupAnswers(q, [-4, -4.000001, 4, 4, 4, 17]);
    expect(grouped.byValue).toEqual([
      { text: '4', count: 3, verdict: 'sign-slip' },
      { text: '-4', count: 2, verdict: 'right' },
      { text: '17', count: 1, verdict: 'other' },
    ]);
    expect(grouped.byVerdict).toEqual([{ verdict: 'sign-slip', count: 3 }, { verdict: 'right', count: 2 }, { verdict: 'other', count: 1 }]);
  });
});
