/**
 * Argument reading shared by every command: the program as one argument or `--file PATH|-`,
 * named options, `--help`, and `--` to end the options. An argument that starts with `--` is
 * always an option, so an unknown one is a usage error and is never read as the program.
 * Usage errors come back as a message, never a throw.
 */
import { fstatSync, readFileSync, statSync } from 'node:fs';

export interface CourseIo { out: (s: string) => void; err: (s: string) => void; stdin: () => string }

export type Parsed =
  | { ok: true; help: false; source: string; options: Map<string, string> }
  | { ok: true; help: true }
  | { ok: false; message: string };

export const isHelp = (arg: string) => arg === '--help' || arg === '-h';

export function parseCourseArgs(rest: readonly string[], optionNames: readonly string[], io: CourseIo): Parsed {
  let source: string | undefined;
  const options = new Map<string, string>();
  let flagsEnded = false;
  // --help wins wherever it stands (before `--`): `explain --help` is a question, not a program.
  const end = rest.indexOf('--');
  if (rest.slice(0, end < 0 ? rest.length : end).some(isHelp)) return { ok: true, help: true };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!flagsEnded && arg === '--') flagsEnded = true;
    else if (!flagsEnded && arg === '--file') {
      const path = rest[++i];
      if (path === undefined) return { ok: false, message: '--file needs a path (or - for stdin)' };
      if (source !== undefined) return { ok: false, message: 'more than one program given' };
      try { source = path === '-' ? io.stdin() : readFileSync(path, 'utf8'); } catch (e) {
        return { ok: false, message: `cannot read ${path}: ${(e as Error).message}` };
      }
    } else if (!flagsEnded && arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!optionNames.includes(name)) return { ok: false, message: `unknown option --${name}` };
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined) return { ok: false, message: `--${name} needs a value` };
      options.set(name, value);
    } else if (source === undefined) source = arg;
    else return { ok: false, message: `unexpected argument ${JSON.stringify(arg)} (a program that starts with -- goes after --)` };
  }
  if (source === undefined) return { ok: false, message: 'no program given' };
  return { ok: true, help: false, source, options };
}

/**
 * Standard input for `--file -`. A shell's `<&-` closes it, and Node then reopens fd 0 on
 * /dev/null, which reads as an empty program: say that no program came in, a usage error,
 * rather than judge an empty program.
 */
export function readStdin(): string {
  const fd = fstatSync(0);
  const devNull = statSync('/dev/null', { throwIfNoEntry: false });
  if (fd.isCharacterDevice() && devNull !== undefined && fd.rdev === devNull.rdev) {
    throw new Error('standard input is closed (or /dev/null)');
  }
  return readFileSync(0, 'utf8');
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
