/**
 * Argument reading for the course commands (`check`, `train`): the program as one argument
 * or `--file PATH|-`, plus named options. Usage errors come back as a message, never a throw.
 */
import { readFileSync } from 'node:fs';

export interface CourseIo { out: (s: string) => void; err: (s: string) => void; stdin: () => string }

export type Parsed = { ok: true; source: string; options: Map<string, string> } | { ok: false; message: string };

export function parseCourseArgs(rest: readonly string[], optionNames: readonly string[], io: CourseIo): Parsed {
  let source: string | undefined;
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--file') {
      const path = rest[++i];
      if (path === undefined) return { ok: false, message: '--file needs a path (or - for stdin)' };
      try { source = path === '-' ? io.stdin() : readFileSync(path, 'utf8'); } catch (e) {
        return { ok: false, message: `cannot read ${path}: ${(e as Error).message}` };
      }
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!optionNames.includes(name)) return { ok: false, message: `unknown option --${name}` };
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined) return { ok: false, message: `--${name} needs a value` };
      options.set(name, value);
    } else if (source === undefined) source = arg;
    else return { ok: false, message: `unexpected argument ${JSON.stringify(arg)}` };
  }
  if (source === undefined) return { ok: false, message: 'no program given' };
  return { ok: true, source, options };
}

/** A number option that must be finite (and positive when asked); undefined when absent. */
export function numberOption(options: Map<string, string>, name: string, rule: 'positive' | 'finite'): number | string | undefined {
  const raw = options.get(name);
  if (raw === undefined) return undefined;
  const v = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(v) || (rule === 'positive' && v <= 0)) {
    return `--${name} must be a ${rule === 'positive' ? 'positive' : 'finite'} number, not ${JSON.stringify(raw)}`;
  }
  return v;
}
