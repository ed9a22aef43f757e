/**
 * Edits to the program text that the inputs panel makes. The text is the one source of truth:
 * changing a value rewrites that input's line, and declaring a default input adds a line.
 */
import { cleanDecimal } from './cleanNumber.ts';
import { parse } from './parser.ts';
import { unfold } from './unfold.ts';

/**
 * The shortest decimal within a relative 1e-12 of `value` (cleanNumber.ts). Below 1e-6 and from
 * 1e21 that is `e` notation (`1.5e-7`, `1e21`); rounding it to the display's 5 digits would
 * change the value the slider set.
 */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return cleanDecimal(value).replace('e+', 'e');
}

/**
 * Rewrites `name = <number>` to carry `value`, keeping everything else on the line (comments,
 * spacing). Returns the text unchanged when no such declaration parses.
 */
export function setInputValue(source: string, name: string, value: number): string {
  const parsed = parse(source);
  if (!parsed.ok) return source;
  // An entry of a vector or matrix literal (`W1_21`) is its number inside the literal.
  const unfolded = unfold(parsed.value);
  if (!unfolded.ok) return source;
  for (const s of unfolded.value.program.statements) {
    if (s.kind !== 'assign' || s.name !== name) continue;
    const e = s.expr;
    const isNumber = e.kind === 'number' || (e.kind === 'unary' && e.operand.kind === 'number');
    if (!isNumber) return source;
    return source.slice(0, e.span.start) + numberLiteral(value) + source.slice(e.span.end);
  }
  return source;
}

/** Adds `name = value` as the first line, so a default input becomes a declared one. */
export function declareInput(source: string, name: string, value = 1): string {
  return `${name} = ${numberLiteral(value)}\n${source}`;
}
