import { describe, expect, it } from 'vitest';
import { nearestName } from './nearest.ts';

const FUNCTIONS = ['exp', 'log', 'ln', 'sqrt', 'abs', 'sin', 'cos', 'tan', 'tanh', 'sigmoid', 'relu', 'softplus', 'max', 'min', 'pow'];

describe('nearestName', () => {
  it('finds the function a typo was meant to be', () => {
    expect(nearestName('sigmod', FUNCTIONS)).toBe('sigmoid');
    expect(nearestName('sigmiod', FUNCTIONS)).toBe('sigmoid');
    expect(nearestName('ReLU', FUNCTIONS)).toBe('relu');
    expect(nearestName('softplu', FUNCTIONS)).toBe('softplus');
  });
  it('suggests nothing for a name close to no function', () => {
    expect(nearestName('foo', FUNCTIONS)).toBeUndefined();
    expect(nearestName('weight', FUNCTIONS)).toBeUndefined();
  });
});
