/** JSON output shared by the course commands: non-finite numbers as strings, positioned errors. */
import type { ProgramError } from '../core/index.ts';

/** JSON with non-finite numbers written as the strings "NaN", "Infinity", "-Infinity". */
export const toJson = (value: unknown) =>
  JSON.stringify(value, (_key, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));

/** LANGUAGE.md's error object on stdout; exit 2. */
export function printProgramError({ message, span }: ProgramError, io: { out: (s: string) => void }): number {
  io.out(toJson({ error: { message, line: span.line, column: span.column } }));
  return 2;
}
