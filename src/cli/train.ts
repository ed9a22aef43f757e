/**
 * `train '<program>' --lr 0.01 [--steps 1] [--params a,b,...]`: gradient descent on the output
 * with the app's own update (core/train.ts). Prints the loss before each step and after the
 * last, and the trained inputs' final values.
 */
import { compile } from '../core/index.ts';
import { train } from '../core/course/train.ts';
import { numberOption, parseCourseArgs, type CourseIo } from './courseArgs.ts';
import { printProgramError, toJson } from './json.ts';

export const TRAIN_USAGE = `usage: chainrule train '<program>' | --file PATH|-  --lr 0.01 [--steps 1] [--params a,b,...]`;

export function runTrain(rest: readonly string[], io: CourseIo): number {
  const usage = (message: string) => { io.err(`${message}\n${TRAIN_USAGE}`); return 1; };
  const args = parseCourseArgs(rest, ['lr', 'steps', 'params'], io);
  if (!args.ok) return usage(args.message);
  const lr = numberOption(args.options, 'lr', 'finite');
  if (lr === undefined) return usage('--lr is required');
  if (typeof lr === 'string') return usage(lr);
  const stepsRaw = args.options.get('steps') ?? '1';
  const steps = Number(stepsRaw);
  if (!/^\s*\d+\s*$/.test(stepsRaw) || !Number.isSafeInteger(steps)) return usage(`--steps must be a whole number ≥ 0, not ${JSON.stringify(stepsRaw)}`);

  const compiled = compile(args.source);
  if (!compiled.ok) return printProgramError(compiled.error, io);
  const { graph, inputValues } = compiled.value;
  const inputNames = graph.inputs.map((id) => graph.nodes[id].name as string);
  const listed = args.options.get('params')?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = listed?.filter((name) => !inputNames.includes(name)) ?? [];
  if (unknown.length > 0) {
    return usage(`--params: ${unknown.map((n) => `'${n}'`).join(', ')} ${unknown.length > 1 ? 'are not inputs' : 'is not an input'} of the program (inputs: ${inputNames.join(', ') || 'none'})`);
  }
  const trained = inputNames.map((name) => listed === undefined || listed.includes(name));
  const run = train(graph, inputValues, trained, lr, steps);
  io.out(toJson({
    lr,
    steps,
    losses: run.losses,
    params: Object.fromEntries(inputNames.flatMap((name, i) => (trained[i] ? [[name, run.values[i]]] : []))),
  }));
  return 0;
}
