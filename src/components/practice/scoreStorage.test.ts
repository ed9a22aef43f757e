// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'chainrule.practice-score';

// The module keeps what it read in memory: each test loads a fresh copy.
async function fresh() {
  vi.resetModules();
  return import('./scoreStorage.ts');
}

describe('the practice score in localStorage', () => {
  beforeEach(() => localStorage.clear());

  it('keeps each question’s first outcome, per program, in a versioned record', async () => {
    const s = await fresh();
    s.recordOutcome('p1', '0:value', 'first-try');
    s.recordOutcome('p1', '0:value', 'revealed'); // coming back does not change it
    s.recordOutcome('p1', '2:local0', 'hinted');
    s.recordOutcome('p2', '0:value', 'revealed');
    expect(JSON.parse(localStorage.getItem(KEY) as string)).toEqual({
      version: 1,
      programs: { p1: { '0:value': 'first-try', '2:local0': 'hinted' }, p2: { '0:value': 'revealed' } },
    });
    const reloaded = await fresh();
    reloaded.resetScore('p1');
    expect(JSON.parse(localStorage.getItem(KEY) as string).programs).toEqual({ p2: { '0:value': 'revealed' } });
  });

  it('reads another version, broken JSON or odd outcomes as an empty score', async () => {
    for (const raw of ['{not json', JSON.stringify({ version: 99, programs: { p: { a: 'first-try' } } }), 'null', '[]']) {
      localStorage.setItem(KEY, raw);
      const s = await fresh();
      s.recordOutcome('q', 'x', 'retried');
      expect(JSON.parse(localStorage.getItem(KEY) as string).programs).toEqual({ q: { x: 'retried' } });
    }
    localStorage.setItem(KEY, JSON.stringify({ version: 1, programs: { p: { a: 'first-try', b: 'cheated', c: 3 } } }));
    const s = await fresh();
    s.recordOutcome('p', 'd', 'hinted');
    expect(JSON.parse(localStorage.getItem(KEY) as string).programs.p).toEqual({ a: 'first-try', d: 'hinted' });
  });

  it('still counts when storage throws', async () => {
    const s = await fresh();
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new Error('QuotaExceededError'); });
    expect(() => s.recordOutcome('p', 'a', 'first-try')).not.toThrow();
    spy.mockRestore();
  });
});
