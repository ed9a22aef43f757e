/**
 * `check '<program>' [--h 1e-5]`: backprop against central differences for every input, with
 * PyTorch gradcheck's tolerances and the pass counts of both ways (LANGUAGE.md).
 */
import { compile } from '../core/index.ts';
import { gradCheck, DEFAULT_H, type StepProblem } from '../core/course/gradcheck.ts';
import { numberOption, parseCourseArgs, type CourseIo } from './courseArgs.ts';
import { printProgramError, shapesField, toJson } from './json.ts';

const STEP_WARNINGS: Record<StepProblem, (name: string) => string> = {
  lost: (v) => `small: ${v} ± h rounds to a step far from 2h, so the difference means nothing`,
  rounding: () => 'small: rounding in f alone may move the difference by more than the tolerance',
  'non-finite': (v) => `large: f(${v} ± h) is not finite, so the difference means nothing`,
};

const stepWarning = (problem: StepProblem, h: number, name: string, x: number) =>
  `--h ${h} is too ${STEP_WARNINGS[problem](name)} (${name} = ${x})`;

export const CHECK_USAGE = `usage: chainrule check '<program>' | --file PATH|-  [--h 1e-5]`;

export function runCheck(rest: readonly string[], io: CourseIo): number {
  const args = parseCourseArgs(rest, ['h'], io);
  if (!args.ok) { io.err(`${args.message}\n${CHECK_USAGE}`); return 1; }
  if (args.help) { io.out(CHECK_USAGE); return 0; }
  const h = numberOption(args.options, 'h', 'positive') ?? DEFAULT_H;
  if (typeof h === 'string') { io.err(`${h}\n${CHECK_USAGE}`); return 1; }
  const compiled = compile(args.source);
  if (!compiled.ok) return printProgramError(compiled.error, io);
  const { graph, inputValues } = compiled.value;
  const report = gradCheck(graph, inputValues, h);
  const warnings = report.inputs.flatMap(({ name, step }, i) => (step ? [stepWarning(step, h, name, inputValues[i])] : []));
  io.out(toJson({
    h,
    inputs: Object.fromEntries(report.inputs.map(({ name, step: _step, ...row }) => [name, row])),
    ...shapesField(compiled.value.shapes),
    cost: report.cost,
    // Only when there is something to say, so a sound check prints LANGUAGE.md's shape exactly.
    ...(warnings.length > 0 ? { warnings } : {}),
  }));
  return 0;
}
