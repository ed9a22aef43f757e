/**
 * Lexer: program text → tokens, each with its span. Never throws: an unknown character
 * becomes a positioned error.
 */
import { say, type Said } from './message.ts';
import type { ProgramError, Result, Span } from '../types.ts';

export type TokenKind = 'number' | 'name' | 'op' | '(' | ')' | '[' | ']' | ',' | '=' | 'newline' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** The token's text; for `**` it is `^`, so the parser sees one power operator. */
  readonly text: string;
  readonly span: Span;
}

/** LF, CRLF and a lone CR each end a line (files from every platform, and old Mac text). */
export const isLineBreak = (source: string, i: number) =>
  source[i] === '\n' || (source[i] === '\r' && source[i + 1] !== '\n');

/** A UTF-8 byte-order mark, as editors on Windows write at the start of a file. */
export const BOM = '\uFEFF';

/** Turns offsets into 1-based line/column spans. */
export class SourceMap {
  private readonly lineStarts: number[] = [0];
  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) if (isLineBreak(source, i)) this.lineStarts.push(i + 1);
  }
  span(start: number, end: number): Span {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= start) lo = mid;
      else hi = mid - 1;
    }
    return { start, end, line: lo + 1, column: start - this.lineStarts[lo] + 1 };
  }
}

const isDigit = (c: string) => c >= '0' && c <= '9';
// Names take Unicode letters (LANGUAGE.md: `가중치 = 0.5`); a combining mark may follow a letter.
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
/** The code point at i as a string (one or two UTF-16 units; a lone surrogate stays one). */
const charAt = (source: string, i: number) => (i < source.length ? String.fromCodePoint(source.codePointAt(i) as number) : '');
const isNameStart = (c: string) => c === '_' || (c.length > 0 && LETTER.test(c));
const isNameChar = (c: string) => isNameStart(c) || isDigit(c) || (c.length > 0 && MARK.test(c));
/** Whether the whole of `s` is one name, as the lexer reads names (for records read back from storage or links). */
export const isName = (s: string): boolean => isNameStart(charAt(s, 0)) && nameEnd(s, 0) === s.length;
/** The offset just past the name that starts at i. */
function nameEnd(source: string, i: number): number {
  let end = i;
  for (let c = charAt(source, end); c && isNameChar(c); c = charAt(source, end)) end += c.length;
  return end;
}

export function tokenize(source: string, map = new SourceMap(source)): Result<Token[]> {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, text: string, start: number, end: number) =>
    tokens.push({ kind, text, span: map.span(start, end) });
  const fail = (said: Said, start: number, end = start + 1): Result<Token[]> => ({
    ok: false,
    error: { ...said, span: map.span(start, end) } satisfies ProgramError,
  });

  let i = source.startsWith(BOM) ? 1 : 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\r' && source[i + 1] === '\n') {
      push('newline', '\n', i, i + 2);
      i += 2;
    } else if (c === '\n' || c === '\r' || c === ';') {
      push('newline', c, i, i + 1);
      i++;
    } else if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (isDigit(c) || (c === '.' && isDigit(source[i + 1] ?? ''))) {
      const start = i;
      while (isDigit(source[i] ?? '')) i++;
      if (source[i] === '.') {
        i++;
        while (isDigit(source[i] ?? '')) i++;
      }
      if ((source[i] === 'e' || source[i] === 'E') &&
          (isDigit(source[i + 1] ?? '') || ((source[i + 1] === '+' || source[i + 1] === '-') && isDigit(source[i + 2] ?? '')))) {
        i += 2;
        while (isDigit(source[i] ?? '')) i++;
      }
      const syntax = numberSyntaxHint(source, start, i);
      if (syntax) return fail(syntax, start, nameEnd(source, i));
      if (isNameStart(charAt(source, i))) {
        const text = source.slice(start, i);
        const end = nameEnd(source, i);
        const name = source.slice(i, end);
        return fail(say('numberThenName', text, name), i, end);
      }
      if (source[i] === '.') return fail(say('dotInNumber', source.slice(start, i + 1)), i);
      push('number', source.slice(start, i), start, i);
    } else if (isNameStart(charAt(source, i))) {
      const start = i;
      i = nameEnd(source, i);
      // One name however it was typed: é as one code point or as e + U+0301 (NFC).
      push('name', source.slice(start, i).normalize('NFC'), start, i);
    } else if (c === '*' && source[i + 1] === '*') {
      push('op', '^', i, i + 2);
      i += 2;
    } else if ('+-*/^@'.includes(c)) {
      push('op', c, i, i + 1);
      i++;
    } else if (c === '(' || c === ')' || c === '[' || c === ']' || c === ',' || c === '=') {
      push(c, c, i, i + 1);
      i++;
    } else {
      return fail(describeChar(source.codePointAt(i) ?? 0), i, i + (charAt(source, i).length || 1));
    }
  }
  push('eof', '', source.length, source.length);
  return { ok: true, value: tokens };
}

/**
 * `0x10`, `0b101`, `1_000`: number syntax from other languages. Say so, rather than
 * "write 0*x10", which reads the typo as a product.
 */
function numberSyntaxHint(source: string, start: number, end: number): Said | undefined {
  const digits = source.slice(start, end);
  const next = source[end] ?? '';
  if (digits === '0' && /[xXbBoO]/.test(next) && /[0-9a-fA-F]/.test(source[end + 1] ?? '')) {
    const base = ({ x: 'hexadecimal', b: 'binary', o: 'octal' } as const)[next.toLowerCase() as 'x' | 'b' | 'o'];
    return say('numberBase', base, source.slice(start, nameEnd(source, end)));
  }
  if (next === '_' && isDigit(source[end + 1] ?? '')) {
    const whole = source.slice(start, nameEnd(source, end));
    return say('digitGroup', whole.replace(/_/g, ''), whole);
  }
  return undefined;
}

const CHAR_HINTS: Readonly<Record<string, 'multiply' | 'divide' | 'minus' | 'square'>> = { '×': 'multiply', '·': 'multiply', '÷': 'divide', '−': 'minus', '²': 'square' };

function describeChar(code: number) {
  const ch = String.fromCodePoint(code);
  // Invisible characters (controls, BOM, bidi marks, odd spaces, lone surrogates) are shown by code point.
  const printable = !/^[\p{C}\p{Z}]$/u.test(ch) || ch === ' ';
  const shown = printable ? `'${ch}'` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return say('unexpectedChar', shown, Object.hasOwn(CHAR_HINTS, ch) ? CHAR_HINTS[ch] : undefined);
}
