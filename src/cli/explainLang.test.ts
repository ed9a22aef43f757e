import { describe, expect, it } from 'vitest';
import { run } from './main.ts';
import { CS231N } from '../testing/fixtures.ts';

function runCli(args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: () => '' });
  return { code, out, err };
}

/** The formulas of a handout: `$…$` lines in Markdown, `\[ … \]` lines in LaTeX. */
const formulas = (handout: string) => handout.split('\n').filter((l) => /^\s+- \$.*\$$|^\\\[ .* \\\]$/.test(l));
const HANGUL = /\p{Script=Hangul}/u;

describe('explain --lang', () => {
  it('writes the Markdown handout in Korean around the same formulas', () => {
    const en = runCli(['explain', CS231N, '--lang', 'en']);
    const ko = runCli(['explain', CS231N, '--lang', 'ko']);
    expect([en.code, ko.code]).toEqual([0, 0]);
    expect(runCli(['explain', CS231N]).out).toBe(en.out); // English is the default
    for (const heading of ['# 역전파, 한 단계씩: f', '## 순전파', '## 역전파', '## 결과', '| 이름 | 값 | 기울기 |']) expect(ko.out).toContain(heading);
    expect(ko.out).not.toMatch(/Forward pass|Backward pass|Results/);
    expect(formulas(ko.out)).toEqual(formulas(en.out));
    expect(formulas(en.out).length).toBeGreaterThan(5);
    // Gate patterns follow the course's words: the multiply gate's line speaks of the upstream gradient.
    expect(ko.out).toMatch(/\*\*f\*\* — 곱셈 게이트: .*상류 기울기/);
  });

  it('writes the LaTeX handout in Korean, with kotex, around the same formulas', () => {
    const en = runCli(['explain', CS231N, '--format', 'tex']);
    const ko = runCli(['explain', CS231N, '--format', 'tex', '--lang', 'ko']);
    expect(ko.code).toBe(0);
    expect(ko.out).toContain('\\usepackage{kotex}');
    expect(en.out).not.toContain('kotex');
    expect(ko.out).toContain('\\subsection*{순전파}');
    expect(ko.out).toContain('\\subsection*{역전파}');
    expect(formulas(ko.out)).toEqual(formulas(en.out));
  });

  it('says the notes in Korean too, with the same numbers and positions', () => {
    const ko = runCli(['explain', 'x = -1\nf = log(x)', '--lang', 'ko']);
    const note = ko.out.split('\n').find((l) => l.startsWith('> 참고: '));
    expect(note).toBeDefined();
    expect(note).toMatch(HANGUL);
    // log(-1) is NaN at line 2, column 5 (after "f = ").
    expect(note).toContain('2행 5열');
    expect(note).toContain('NaN');
  });

  it('rejects another language as a usage error', () => {
    for (const args of [['explain', CS231N, '--lang', 'fr'], ['explain', CS231N, '--lang'], ['explain', CS231N, '--lang', 'KO']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err).toMatch(/^usage: .*--lang en\|ko/);
      expect(r.out).toBe('');
    }
  });
});
