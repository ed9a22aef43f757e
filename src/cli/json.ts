/** JSON output shared by the course commands: non-finite numbers as strings, positioned errors. */
import type { ProgramError, Shaped } from '../core/index.ts';

/** JSON with non-finite numbers written as the strings "NaN", "Infinity", "-Infinity". */
export const toJson = (value: unknown) =>
  JSON.stringify(value, (_key, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));

/** LANGUAGE.md's error object on stdout; exit 2. */
export function printProgramError({ message, span }: ProgramError, io: { out: (s: string) => void }): number {
  io.out(toJson({ error: { message, line: span.line, column: span.column } }));
  return 2;
}

/**
 * `"shapes":{"x":[2],"W1":[3,2]}`: every vector and matrix the program names, and its size. Only
 * for a program that has one, so a scalar program's JSON is unchanged (LANGUAGE.md).
 */
export function shapesField(shapes: readonly Shaped[]): { shapes?: Record<string, number[]> } {
  if (shapes.length === 0) return {};
  const out: Record<string, number[]> = {};
  for (const s of shapes) Object.defineProperty(out, s.name, { value: s.cols === 0 ? [s.rows] : [s.rows, s.cols], enumerable: true, writable: true, configurable: true });
  return { shapes: out };
}
