/**
 * Practice in the Layers view: reading a vector or matrix answer and checking it entry by entry.
 * An answer is one bracketed text, `[0.1, -0.2]` or `[[1, 2], [3, 4]]` as the language writes a
 * literal, or one text per entry; each entry is read and judged by scalar practice's own
 * parseAnswer and isRight, so `3/4` and `1e-3` work and the tolerance is the same. A malformed
 * text is a positioned message, a wrong shape names both shapes, and a wrong answer names every
 * wrong entry. Pure data; the component only shows it.
 */
import { say, type Said } from '../language/message.ts';
import { formatNumber } from '../tex/tex.ts';
import type { LayerQuestion, Shape } from './layerQuestions.ts';
import { isRight, parseAnswer } from './practice.ts';

/** A read answer: its numbers row by row and its shape (a bare number is a scalar: 1 row, cols 0). */
export type GridAnswer = { readonly ok: true; readonly values: readonly number[]; readonly shape: Shape } | ({ readonly ok: false } & Said);

type Item = { readonly kind: 'number'; readonly value: number } | { readonly kind: 'list'; readonly items: readonly Item[]; readonly column: number };

class Malformed extends Error {
  constructor(readonly said: Said) {
    super(said.message);
  }
}

/** `[0.1, -0.2]`, `[[1, 2], [3, 4]]`, or one number: the numbers and the shape, or a message with its column (1-based). */
export function parseGridAnswer(raw: string): GridAnswer {
  const text = raw.replace(/\s+$/, '');
  if (text.trim() === '') return { ok: false, ...say('answerEmpty') };
  let i = 0;
  const skip = () => { while (i < text.length && /\s/.test(text[i])) i++; };
  const found = () => (i < text.length ? { token: text[i] } : { end: 'line' as const });
  const entry = (): Item => {
    const start = i;
    let depth = 0;
    while (i < text.length && !(depth === 0 && (text[i] === ',' || text[i] === ']' || text[i] === '['))) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
      i++;
    }
    const written = text.slice(start, i);
    if (written.trim() === '') throw new Malformed(say('answerMissingEntry', start + 1));
    const read = parseAnswer(written);
    if (!read.ok) throw new Malformed(say('answerEntryAt', start + 1 + (written.length - written.trimStart().length), read.ref));
    return { kind: 'number', value: read.value };
  };
  const item = (nesting: number): Item => {
    skip();
    if (text[i] !== '[') return entry();
    const column = i + 1;
    if (nesting >= 2) throw new Malformed(say('answerTooDeep', column));
    i++;
    const items: Item[] = [];
    for (;;) {
      items.push(item(nesting + 1));
      skip();
      if (text[i] === ',') { i++; continue; }
      if (text[i] === ']') { i++; return { kind: 'list', items, column }; }
      throw new Malformed(say('answerUnclosed', column, i + 1, found()));
    }
  };
  try {
    const top = item(0);
    skip();
    if (i < text.length) return { ok: false, ...say(text[i] === ']' ? 'answerUnmatched' : 'answerAfter', i + 1) };
    return { ok: true, ...gridOf(top) };
  } catch (e) {
    if (e instanceof Malformed) return { ok: false, ...e.said };
    throw e;
  }
}

/** A list of numbers is a vector; a list of equal rows a matrix. */
function gridOf(top: Item): { values: number[]; shape: Shape } {
  if (top.kind === 'number') return { values: [top.value], shape: { rows: 1, cols: 0 } };
  const rows = top.items;
  if (rows.every((r) => r.kind === 'number')) return { values: rows.map((r) => (r.kind === 'number' ? r.value : NaN)), shape: { rows: rows.length, cols: 0 } };
  if (!rows.every((r) => r.kind === 'list')) throw new Malformed(say('answerMixedRows', top.column));
  const width = (r: Item) => (r.kind === 'list' ? r.items.length : 1);
  const ragged = rows.findIndex((r) => width(r) !== width(rows[0]));
  if (ragged >= 0) throw new Malformed(say('answerRaggedRows', ragged + 1, width(rows[ragged]), width(rows[0])));
  return { values: rows.flatMap((r) => (r.kind === 'list' ? r.items.map((c) => (c.kind === 'number' ? c.value : NaN)) : [])), shape: { rows: rows.length, cols: width(rows[0]) } };
}

const size = (s: Shape) => s.rows * Math.max(s.cols, 1);
/** A vector, a 1×n row or an n×1 column: the same list of entries to a student. */
const lineLike = (s: Shape) => s.cols <= 1 || s.rows === 1;

/** Whether an answer of shape `got` fits a question of shape `want` (one entry fits a scalar; a row or a column fits a vector of its length). */
export function sameShape(got: Shape, want: Shape): boolean {
  if (size(got) !== size(want)) return false;
  if (size(want) === 1) return true;
  return (got.rows === want.rows && got.cols === want.cols) || (lineLike(got) && lineLike(want));
}

/** What checking an answer found: right, wrong entries (their indices), or a message (malformed, wrong shape, an empty field). */
export type Verdict =
  | { readonly kind: 'right' }
  | { readonly kind: 'wrong'; readonly wrong: readonly number[] }
  | ({ readonly kind: 'error' } & Said);

/** The entries of an answer judged one by one with scalar practice's tolerance. */
function judge(question: LayerQuestion, values: readonly number[]): Verdict {
  const wrong = question.answers.flatMap((a, k) => (isRight(values[k], a) ? [] : [k]));
  return wrong.length === 0 ? { kind: 'right' } : { kind: 'wrong', wrong };
}

/** Checks one bracketed text against a question. */
export function checkGridText(question: LayerQuestion, raw: string): Verdict {
  const read = parseGridAnswer(raw);
  if (!read.ok) return { kind: 'error', message: read.message, ref: read.ref };
  if (!sameShape(read.shape, question.shape)) {
    const { rows, cols } = read.shape;
    return { kind: 'error', ...say('answerShape', rows, cols, question.shape.rows, question.shape.cols) };
  }
  return judge(question, read.values);
}

/** Checks one text per entry (in the question's order): an unreadable field is named. */
export function checkEntries(question: LayerQuestion, texts: readonly string[]): Verdict {
  const values: number[] = [];
  for (let k = 0; k < question.answers.length; k++) {
    const read = parseAnswer(texts[k] ?? '');
    if (!read.ok) return { kind: 'error', ...say('answerEntryNamed', question.names[k], read.ref) };
    values.push(read.value);
  }
  return judge(question, values);
}

/** The answer as the language writes it: `[0.44, 0.52]`, `[[0.088, 0.176], [0.104, 0.208]]`, or one number. */
export function gridText(values: readonly number[], shape: Shape): string {
  if (values.length === 1) return formatNumber(values[0]);
  if (shape.cols === 0) return `[${values.map(formatNumber).join(', ')}]`;
  const rows = Array.from({ length: shape.rows }, (_, r) => `[${values.slice(r * shape.cols, (r + 1) * shape.cols).map(formatNumber).join(', ')}]`);
  return `[${rows.join(', ')}]`;
}

/** The names of the wrong entries, the first `shown` of them, and how many more. */
export function wrongNames(question: LayerQuestion, wrong: readonly number[], shown = 4): { names: string[]; more: number } {
  return { names: wrong.slice(0, shown).map((k) => question.names[k]), more: Math.max(0, wrong.length - shown) };
}
