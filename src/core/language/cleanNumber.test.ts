import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDecimal, WRITTEN_RELATIVE_TOLERANCE } from './cleanNumber.ts';
import { numberLiteral, setInputValue } from './edit.ts';

const significantDigits = (text: string) => text.replace(/^-/, '').replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
const within = (written: number, value: number) => Math.abs(written - value) <= WRITTEN_RELATIVE_TOLERANCE * Math.abs(value);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('the numbers the app writes into a program', () => {
  it('an SGD step writes -0.113906, not the float noise of w − lr·g', () => {
    expect(cleanDecimal(-0.11390599999999998)).toBe('-0.113906');
    expect(numberLiteral(0.1 + 0.2)).toBe('0.3');
    expect(setInputValue('W1_11 = -0.1  # a weight', 'W1_11', -0.11390599999999998)).toBe('W1_11 = -0.113906  # a weight');
  });

  it('read back within a relative 1e-12 of the value', () => {
    fc.assert(fc.property(finite, (value) => within(Number(cleanDecimal(value)), value)), { numRuns: 5000 });
  });

  it('are the shortest such decimal: one significant digit fewer would miss the value', () => {
    fc.assert(fc.property(finite.filter((v) => v !== 0), (value) => {
      const digits = significantDigits(cleanDecimal(value));
      return digits === 1 || !within(Number(value.toPrecision(digits - 1)), value);
    }), { numRuns: 5000 });
  });

  it('keep a value typed with few digits exactly', () => {
    fc.assert(fc.property(fc.integer({ min: -999999, max: 999999 }), fc.integer({ min: 0, max: 6 }), (n, scale) => {
      const typed = n / 10 ** scale;
      return Number(cleanDecimal(typed)) === typed;
    }));
  });
});
