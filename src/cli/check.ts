/**
 * `check '<program>' [--h 1e-5]`: backprop against central differences for every input, with
 * PyTorch gradcheck's tolerances and the pass counts of both ways (LANGUAGE.md).
 */
import { compile } from '../core/index.ts';
import { gradCheck, DEFAULT_H } from '../core/course/gradcheck.ts';
import { numberOption, parseCourseArgs, type CourseIo } from './courseArgs.ts';
import { printProgramError, toJson } from './json.ts';

export const CHECK_USAGE = `usage: chainrule check '<program>' | --file PATH|-  [--h 1e-5]`;

export function runCheck(rest: readonly string[], io: CourseIo): number {
  const args = parseCourseArgs(rest, ['h'], io);
  if (!args.ok) { io.err(`${args.message}\n${CHECK_USAGE}`); return 1; }
  const h = numberOption(args.options, 'h', 'positive') ?? DEFAULT_H;
  if (typeof h === 'string') { io.err(`${h}\n${CHECK_USAGE}`); return 1; }
  const compiled = compile(args.source);
  if (!compiled.ok) return printProgramError(compiled.error, io);
  const { graph, inputValues } = compiled.value;
  const report = gradCheck(graph, inputValues, h);
  io.out(toJson({
    h,
    inputs: Object.fromEntries(report.inputs.map(({ name, ...row }) => [name, row])),
    cost: report.cost,
  }));
  return 0;
}
