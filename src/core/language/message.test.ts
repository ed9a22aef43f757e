/**
 * Every engine message has a reference the app can say in Korean: the English message is the
 * English template's rendering of it, and the Korean one is a real sentence (Hangul, nothing
 * `undefined`), for one program per message and for errors from random text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../i18n/index.ts';
import { analyze, MAX_NESTING, MAX_NODES, MAX_SOURCE_LENGTH } from '../index.ts';
import { renderMessage, type MessageKey, type MessageRef, type Said } from './message.ts';
import { parseAnswer } from '../course/practice.ts';
import { checkEntries, checkGridText } from '../course/layerPractice.ts';
import type { LayerQuestion } from '../course/layerQuestions.ts';

const ko = (r: MessageRef) => renderMessage(catalogs.ko.engine.messages, r);
const en = (r: MessageRef) => renderMessage(catalogs.en.engine.messages, r);

function expectSaidInBothLanguages(said: Said) {
  expect(en(said.ref)).toBe(said.message);
  const korean = ko(said.ref);
  expect(korean.trim()).not.toBe('');
  expect(korean).toMatch(/\p{Script=Hangul}/u);
  expect(korean).not.toMatch(/undefined|\[object/);
}

/** A program (or a practice answer) that gets each message. */
const PROGRAMS: Readonly<Partial<Record<MessageKey, string>>> = {
  numberThenName: '2x',
  dotInNumber: 'x = 1.2.3',
  unexpectedChar: 'f = x × y',
  numberBase: 'x = 0x10',
  digitGroup: 'x = 1_000',
  tooLong: 'x'.repeat(MAX_SOURCE_LENGTH + 1),
  empty: '# nothing yet',
  assignConstant: 'pi = 3',
  assignFunction: 'exp = 2',
  leftOfEquals: 'x + 1 = 2',
  tooDeep: `${'('.repeat(MAX_NESTING + 1)}x${')'.repeat(MAX_NESTING + 1)}`,
  functionNotCalled: 'f = exp + 1',
  unclosedParen: 'f = (x + 1',
  expectedAfter: 'f = x +',
  unmatchedClose: 'f = x)',
  expectedExpression: '* x',
  unknownFunction: 'f = foo(1)',
  expectedCommaOrClose: 'f = max(1 2)',
  arity: 'f = max(1)',
  missingOperator: 'f = x y',
  extraEquals: 'x = 1 = 2',
  unexpected: 'f = x ,',
  definedTwice: 'x = 1\nx = 2',
  unnamedNotLast: 'x + 1\ny = 2',
  fTaken: 'f = 1\nf + 1',
  usedBeforeDefined: 'y = x\nx = 1',
  defaultInput: 'f = w * 2',
  noInputs: 'f = 1 + 2',
  tooLarge: 'x = 1e400\nf = x * 2',
  tooSmall: 'x = 1e-400\nf = x * 2',
  nonFiniteValue: 'x = -1\nf = log(x)',
  // relu(-1) = 0, and √ at 0 has an infinite local gradient: ∞ · 0 further back.
  nonFiniteGradient: 'x = -1\nf = relu(x)^0.5',
  emptyLiteral: 'x = []',
  tooManyEntries: `x = [${'1,'.repeat(100_000)}1]`,
  unclosedBracket: 'x = [1, 2\nf = 1',
  badIndex: 'x = [1, 2]\nf = x[0]',
  unclosedIndex: 'x = [1, 2]\nf = x[1 2]',
  raggedRows: 'W = [[1, 2], [3]]\nf = sum(W)',
  mixedRows: 'W = [[1, 2], 3]\nf = sum(W)',
  entryNotScalar: 'a = [1, 2]\nv = [a, 3]\nf = sum(v)',
  matVec: 'W = [[1, 2], [3, 4]]\nh = [1, 2, 3]\nf = sum(W @ h)',
  vecMat: 'W = [[1, 2], [3, 4]]\nh = [1, 2, 3]\nf = sum(h @ W)',
  matMat: 'A = [[1, 2], [3, 4]]\nB = [[1, 2, 3]]\nf = sum(A @ B)',
  vecVec: 'a = [1, 2]\nb = [1, 2, 3]\nf = a @ b',
  matmulScalar: 'a = [1, 2]\nf = sum(2 @ a)',
  shapeMismatch: 'a = [1, 2]\nb = [1, 2, 3]\nf = sum(a + b)',
  indexCount: 'x = [1, 2]\nf = x[1, 2]',
  indexRange: 'x = [1, 2]\nf = x[3]',
  entryClash: 'x = [1, 2]\nx_1 = 3\nf = x_1',
  vectorOutput: 'x = [1, 2]\nh = x * 2',
};
const ANSWERS: Readonly<Partial<Record<MessageKey, string>>> = {
  answerEmpty: '  ',
  answerOneNumber: 'x = 2',
  answerNotNumber: '2 +',
  answerName: '2 * w',
};

/** Layers practice: a vector or matrix answer (checked against a 2-vector q where a question is needed). */
const GRID_ANSWERS: Readonly<Partial<Record<MessageKey, string>>> = {
  answerMissingEntry: '[1, , 2]',
  answerEntryAt: '[1, x]',
  answerTooDeep: '[[[1]]]',
  answerUnclosed: '[1, 2',
  answerUnmatched: '1]',
  answerAfter: '[1] 2',
  answerMixedRows: '[[1, 2], 3]',
  answerRaggedRows: '[[1, 2], [3]]',
  answerShape: '[1, 2, 3]',
};
const Q: LayerQuestion = {
  id: 'layers:0:0', kind: 'value', prompt: { tex: 'q', text: 'q' }, shape: { rows: 2, cols: 0 }, names: ['q_1', 'q_2'], answers: [1, 2], line: 0,
};

/** What analysing a program or reading an answer said: its error, or its warnings. */
function said(key: MessageKey): Said[] {
  if (key === 'answerEntryNamed') {
    const r = checkEntries(Q, ['1', '2 +']);
    return r.kind === 'error' ? [r] : [];
  }
  if (key in GRID_ANSWERS) {
    const r = checkGridText(Q, GRID_ANSWERS[key] as string);
    return r.kind === 'error' ? [r] : [];
  }
  if (key in ANSWERS) {
    const r = parseAnswer(ANSWERS[key] as string);
    return r.ok ? [] : [r];
  }
  const r = analyze(PROGRAMS[key] as string);
  return r.ok ? [...r.value.allWarnings] : [r.error];
}

describe('engine messages', () => {
  const keys = Object.keys(catalogs.en.engine.messages) as MessageKey[];

  it('have a program or an answer for every message key but the node cap (too slow here; caps.test.ts has it)', () => {
    // The unfolding's node cap is as slow to reach: unfold.test.ts has it.
    expect(keys.filter((k) => !(k in PROGRAMS) && !(k in ANSWERS) && !(k in GRID_ANSWERS) && k !== 'answerEntryNamed')).toEqual(['tooManyNodes', 'tooManyUnfolded']);
  });

  it.each(keys.filter((k) => k !== 'tooManyNodes' && k !== 'tooManyUnfolded'))('%s: said with its key, in English as before and in Korean', (key) => {
    const all = said(key);
    const mine = all.filter((s) => s.ref.key === key);
    expect(mine.length, JSON.stringify(all.map((s) => s.message))).toBeGreaterThan(0);
    for (const s of all) expectSaidInBothLanguages(s);
  });

  it('the unfolding\'s node cap reads in Korean too', () => {
    expect(ko({ key: 'tooManyUnfolded', args: [MAX_NODES] })).toContain('400,000');
  });

  it('the node cap reads in Korean too', () => {
    const ref = { key: 'tooManyNodes', args: [MAX_NODES] } as const;
    expect(ko(ref)).toContain('400,000');
    expect(en(ref)).toBe(`the program has more than 400,000 operations and values; split it or make it smaller. This is where the limit falls`);
  });

  it('a practice answer that does not parse nests the parser’s reason, in each language', () => {
    const r = parseAnswer('2 +');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe("That is not a number: expected an expression after '+'.");
    expect(ko(r.ref)).toBe("수가 아닙니다: '+' 뒤에 식이 필요합니다.");
  });

  it('every error from random text has a key with a Korean rendering', () => {
    const PIECES = [...'xyzw0123456789.eE_+-*/^(),=;# \t\n\r×÷²−@', '**', 'exp', 'max(', 'relu', 'pi', '1e400', '0x1', '0b1', '1_0', '가', '\uFEFF', '\u202e', '\0', '\uD800'];
    const text = fc.oneof(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    const seen = new Set<MessageKey>();
    fc.assert(fc.property(text, (source) => {
      const r = analyze(source);
      const all = r.ok ? r.value.allWarnings : [r.error];
      for (const s of all) {
        seen.add(s.ref.key);
        expectSaidInBothLanguages(s);
      }
    }), { numRuns: 1000, seed: 11 });
    // The generator reaches a good part of the messages, not just one.
    expect(seen.size).toBeGreaterThan(10);
  });

  it('gate patterns exist in both languages, and backward steps carry their key', () => {
    expect(Object.keys(catalogs.ko.engine.patterns).sort()).toEqual(Object.keys(catalogs.en.engine.patterns).sort());
    const r = analyze('x = 3\nf = x * x');
    if (!r.ok) throw new Error(r.error.message);
    const backward = r.value.schedule.steps.filter((s) => s.kind === 'backward');
    expect(backward.map((s) => s.patternKey)).toEqual(['mul', 'branch']);
    for (const s of backward) expect(s.pattern).toBe(catalogs.en.engine.patterns[s.patternKey as 'mul' | 'branch']);
  });
});
