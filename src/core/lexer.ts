/**
 * Lexer: program text → tokens, each with its span. Never throws: an unknown character
 * becomes a positioned error.
 */
import type { ProgramError, Result, Span } from './types.ts';

export type TokenKind = 'number' | 'name' | 'op' | '(' | ')' | ',' | '=' | 'newline' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** The token's text; for `**` it is `^`, so the parser sees one power operator. */
  readonly text: string;
  readonly span: Span;
}

/** Turns offsets into 1-based line/column spans. */
export class SourceMap {
  private readonly lineStarts: number[] = [0];
  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.lineStarts.push(i + 1);
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
const isNameStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isNameChar = (c: string) => isNameStart(c) || isDigit(c);

export function tokenize(source: string, map = new SourceMap(source)): Result<Token[]> {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, text: string, start: number, end: number) =>
    tokens.push({ kind, text, span: map.span(start, end) });
  const fail = (message: string, start: number, end = start + 1): Result<Token[]> => ({
    ok: false,
    error: { message, span: map.span(start, end) } satisfies ProgramError,
  });

  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\n' || c === ';') {
      push('newline', c, i, i + 1);
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
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
      if (isNameStart(source[i] ?? '')) {
        const text = source.slice(start, i);
        let end = i;
        while (isNameChar(source[end] ?? '')) end++;
        const name = source.slice(i, end);
        return fail(`a number cannot be followed directly by a name: write ${text}*${name} to multiply`, i, end);
      }
      if (source[i] === '.') return fail(`unexpected '.' in the number ${source.slice(start, i + 1)}`, i);
      push('number', source.slice(start, i), start, i);
    } else if (isNameStart(c)) {
      const start = i;
      while (isNameChar(source[i] ?? '')) i++;
      push('name', source.slice(start, i), start, i);
    } else if (c === '*' && source[i + 1] === '*') {
      push('op', '^', i, i + 2);
      i += 2;
    } else if ('+-*/^'.includes(c)) {
      push('op', c, i, i + 1);
      i++;
    } else if (c === '(' || c === ')' || c === ',' || c === '=') {
      push(c, c, i, i + 1);
      i++;
    } else {
      const shown = describeChar(source.codePointAt(i) ?? 0);
      return fail(`unexpected character ${shown}`, i, i + (c.length || 1));
    }
  }
  push('eof', '', source.length, source.length);
  return { ok: true, value: tokens };
}

function describeChar(code: number): string {
  const ch = String.fromCodePoint(code);
  const hints: Record<string, string> = { '×': "; use '*' to multiply", '·': "; use '*' to multiply", '÷': "; use '/' to divide", '−': "; use '-' for minus", '²': "; use '^2' for a square" };
  const printable = code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0);
  const shown = printable ? `'${ch}'` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return shown + (hints[ch] ?? '');
}
