import { describe, expect, it, vi } from 'vitest';
import { run } from './main.ts';

// `grad` prints no steps, so it must never build the step schedule (issue 7: linear costs).
vi.mock('../core/steps/schedule.ts', async (original) => ({
  ...(await original<typeof import('../core/steps/schedule.ts')>()),
  schedule: () => { throw new Error('grad built the step schedule'); },
}));

describe('grad', () => {
  it('computes values and gradients without building the step schedule', () => {
    let out = '';
    const code = run(['grad', 'x = 3; f = x * x + x'], { out: (s) => { out += s; }, err: () => {}, stdin: () => '' });
    expect(code).toBe(0);
    expect(JSON.parse(out).gradients).toEqual({ x: 7, f: 1 }); // 2·3 + 1
  });
  it('while steps does build it (so the mock above really is in the way)', () => {
    expect(() => run(['steps', 'x = 3; f = x * x'], { out: () => {}, err: () => {}, stdin: () => '' })).toThrow('grad built the step schedule');
  });
});
