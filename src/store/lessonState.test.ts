import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLesson, encodeLesson, LESSON_VERSION, MAX_TEXT, sharedPart, type LessonRecord } from './lessonState.ts';
import { saveProblemText } from './messages.ts';
import { catalogs } from '../i18n/index.ts';

const record: LessonRecord = {
  source: 'x = 3\nf = x * x # ünïcode ✓\n',
  fallback: null,
  step: 4,
  presetId: 'fanout',
  linked: null,
  speed: 4,
  detail: 'statements',
  expanded: [],
  trained: { x: false },
  learningRate: 0.05,
  ownText: 'a = 1\nf = a\n',
  edits: [{ presetId: 'cs231n', text: 'x = 1\nf = x\n' }],
  mode: 'forward',
  wrt: 'x',
  practice: true,
  language: 'ko',
  presenter: true,
  hideNumbers: true,
};

const withFields = (fields: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(encodeLesson(record)), ...fields });

describe('the lesson record codec', () => {
  it('reads back exactly what it wrote', () => {
    expect(decodeLesson(encodeLesson(record))).toEqual({ ok: true, value: record });
  });

  it('round-trips any well-formed record', () => {
    const text = fc.string({ unit: 'binary', maxLength: 200 });
    const arbitraryRecord = fc.record({
      source: text,
      fallback: fc.option(text),
      step: fc.nat(),
      presetId: fc.constantFrom(null, 'cs231n', 'fanout', 'mlp-2321'),
      linked: fc.constantFrom(null, 'opened' as const, 'edited' as const),
      speed: fc.constantFrom(0.5, 1, 2, 4, 8),
      detail: fc.constantFrom('statements' as const, 'gates' as const, 'primitives' as const, 'layers' as const),
      expanded: fc.array(fc.nat({ max: 50 }), { maxLength: 5 }),
      trained: fc.dictionary(fc.constantFrom('x', 'w0', 'W1_21', 'b', '가중치', '__proto__'), fc.boolean()),
      learningRate: fc.double({ min: 1e-9, max: 10, noNaN: true }), // JSON writes -0 as 0: a rate is positive anyway
      ownText: fc.option(text),
      edits: fc.array(fc.record({ presetId: fc.constantFrom('cs231n', 'neuron', null), text }), { maxLength: 8 }),
      mode: fc.constantFrom('reverse' as const, 'forward' as const),
      wrt: fc.constantFrom(null, 'x', 'W1_21', 'y_true'),
      practice: fc.boolean(),
      language: fc.constantFrom(null, 'en' as const, 'ko' as const),
      presenter: fc.boolean(),
      hideNumbers: fc.boolean(),
    });
    fc.assert(fc.property(arbitraryRecord, (r) => {
      expect(decodeLesson(encodeLesson(r))).toEqual({ ok: true, value: r });
    }));
  });

  it('never throws, whatever the string: it returns a Result', () => {
    const anyJson = fc.json();
    const nearRecord = fc.dictionary(
      fc.constantFrom('v', 'source', 'fallback', 'step', 'presetId', 'speed', 'detail', 'expanded', 'trained', 'learningRate', 'ownText', 'edits', '__proto__', 'constructor'),
      fc.jsonValue(),
    ).map((o) => JSON.stringify(o));
    const truncated = fc.nat({ max: 200 }).map((n) => encodeLesson(record).slice(0, n));
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), anyJson, nearRecord, truncated), (s) => {
      const decoded = decodeLesson(s);
      expect(typeof decoded.ok).toBe('boolean');
      if (!decoded.ok) expect(saveProblemText(catalogs.en.storeMessages, decoded.error)).toMatch(/^the saved lesson \w/);
    }), { numRuns: 2000 });
  });

  it('refuses another version, so a stale schema falls back to defaults', () => {
    const decoded = decodeLesson(withFields({ v: LESSON_VERSION + 1 }));
    expect(decoded).toEqual({ ok: false, error: { code: 'version', found: String(LESSON_VERSION + 1), expected: LESSON_VERSION } });
    expect(decodeLesson(withFields({ v: undefined }))).toEqual({ ok: false, error: { code: 'noVersion', found: 'undefined', expected: LESSON_VERSION } });
  });

  it('refuses what has no program in it, with a reason', () => {
    expect(decodeLesson('not json')).toEqual({ ok: false, error: { code: 'notReadable' } });
    expect(decodeLesson('[]')).toEqual({ ok: false, error: { code: 'notRecord' } });
    expect(decodeLesson(withFields({ source: 42 }))).toEqual({ ok: false, error: { code: 'noText' } });
    expect(decodeLesson(withFields({ source: 'x'.repeat(MAX_TEXT + 1) })).ok).toBe(false);
  });

  it('keeps the program when another field is wrong or no longer known, giving that field its default', () => {
    const decoded = decodeLesson(withFields({
      step: 1.5, presetId: '__proto__', speed: 3, fallback: 7, ownText: ['x'], mode: 'sideways', wrt: 'x + y', practice: 'yes',
      edits: [{ presetId: 'toString', text: '' }, { presetId: 'neuron', text: 'f = 1', extra: true }, 'junk'],
    }));
    expect(decoded).toEqual({
      ok: true,
      value: {
        ...record, step: 0, presetId: null, speed: 2, fallback: null, ownText: null, edits: [{ presetId: 'neuron', text: 'f = 1' }],
        mode: 'reverse', wrt: null, practice: false,
      },
    });
    expect(decodeLesson(withFields({ step: -1 }))).toMatchObject({ ok: true, value: { step: 0 } });
  });

  it('ignores fields it does not know and fills optional ones it lacks', () => {
    const decoded = decodeLesson(JSON.stringify({ v: LESSON_VERSION, source: 'f = 1', later: { detail: 'full' } }));
    expect(decoded).toEqual({
      ok: true,
      value: { source: 'f = 1', fallback: null, step: 0, presetId: null, linked: null, speed: 2, detail: 'gates', expanded: [], ownText: null, edits: [], trained: {}, learningRate: 0.01, mode: 'reverse', wrt: null, practice: false, language: null, presenter: false, hideNumbers: false },
    });
  });

  it('takes the names the language takes for wrt and the trainable marks: Unicode letters and marks, prototype keys', () => {
    for (const name of ['가중치', 'café', 'e\u0301', '_1', '__proto__', 'constructor', 'toString', 'W1_21']) {
      expect(decodeLesson(withFields({ wrt: name })), name).toMatchObject({ ok: true, value: { wrt: name } });
    }
    for (const bad of ['1x', 'x y', '', 'a-b', '\u0301e', 'x'.repeat(201)]) {
      expect(decodeLesson(withFields({ wrt: bad })), bad).toMatchObject({ ok: true, value: { wrt: null } });
    }
    const marks = decodeLesson(withFields({ trained: JSON.parse('{"가중치": true, "__proto__": true, "e\u0301": false}') }));
    expect(marks.ok && Object.entries(marks.value.trained)).toEqual([['가중치', true], ['__proto__', true], ['e\u0301', false]]);
  });

  it('keeps only boolean trainable marks under names a program could use, and a finite learning rate', () => {
    const decoded = decodeLesson(withFields({ trained: { w: true, x: 'yes', '1bad': false, y_true: false }, learningRate: 'fast' }));
    expect(decoded.ok && decoded.value.trained).toEqual({ w: true, y_true: false });
    expect(decoded.ok && decoded.value.learningRate).toBe(0.01);
  });

  it('leaves the student\'s private texts out of what a link carries', () => {
    expect(sharedPart(record)).toEqual({ ...record, ownText: null, edits: [] });
  });
});
