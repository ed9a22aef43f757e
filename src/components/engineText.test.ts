import { describe, expect, it } from 'vitest';
import { catalogs } from '../i18n/index.ts';
import { analyzed } from '../testing/fixtures.ts';
import { engineText, patternText, stepSummary } from './engineText.tsx';

describe('the engine in the student’s language', () => {
  it('summarises a step with its word and the same formulas; English is the engine’s own text', () => {
    const a = analyzed('x = 3\nf = x * x');
    const output = a.schedule.steps.find((s) => s.kind === 'backward');
    if (!output) throw new Error('no backward step');
    expect(stepSummary(catalogs.en, output)).toBe(output.text);
    const ko = stepSummary(catalogs.ko, output);
    expect(ko.startsWith('역전파: ')).toBe(true);
    // x fills both slots of x * x: the partials name the slot, in Korean.
    expect(output.text).toContain('(operand 1)');
    expect(ko).toContain('(피연산자 1)');
    expect(ko).not.toContain('operand');
    expect(ko.slice('역전파: '.length)).toBe(output.textBody.replace(/\(operand (\d)\)/g, '(피연산자 $1)'));
    expect(patternText(catalogs.ko, output)).toBe(catalogs.ko.engine.patterns.mul);
  });

  it('says a warning in Korean from its reference', () => {
    const [w] = analyzed('f = w * 2').allWarnings;
    expect(engineText(catalogs.en, w)).toBe(w.message);
    expect(engineText(catalogs.ko, w)).toBe('w: 값을 주지 않고 사용했으므로 기본값 1인 입력입니다');
  });
});
