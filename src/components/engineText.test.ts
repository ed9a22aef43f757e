import { describe, expect, it } from 'vitest';
import { catalogs } from '../i18n/index.ts';
import { describeStep } from '../core/index.ts';
import { analyzed } from '../testing/fixtures.ts';
import { engineText, patternText, stepSummary } from '../view/engineWords.ts';

describe('the engine in the student’s language', () => {
  it('summarises a step with its word and the same formulas; English is the engine’s own text', () => {
    const a = analyzed('x = 3\nf = x * x');
    const step = a.schedule.steps.find((s) => s.kind === 'backward');
    if (!step) throw new Error('no backward step');
    const output = describeStep(a, step);
    expect(stepSummary(catalogs.en, output)).toBe(output.text);
    const ko = stepSummary(catalogs.ko, output);
    expect(ko.startsWith('역전파: ')).toBe(true);
    // x fills both slots of x * x: the partials mark the varied slot in notation, the same in every language.
    expect(output.text).toContain('∂([x] * x)/∂[x]');
    expect(output.text).toContain('∂(x * [x])/∂[x]');
    expect(ko.slice('역전파: '.length)).toBe(output.textBody);
    expect(patternText(catalogs.ko, step)).toBe(catalogs.ko.engine.patterns.mul);
  });

  it('says a warning in Korean from its reference', () => {
    const [w] = analyzed('f = w * 2').allWarnings;
    expect(engineText(catalogs.en, w)).toBe(w.message);
    expect(engineText(catalogs.ko, w)).toBe('w: 값을 주지 않고 사용했으므로 기본값 1인 입력입니다');
  });
});
