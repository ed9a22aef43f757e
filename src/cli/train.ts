/**
 * `train '<program>' --lr 0.01 [--steps 1] [--params a,b,...]`: gradient descent on the output
 * with the app's own update (core/train.ts). Prints the loss before each step and after the
 * last (past MAX_LOSSES steps, every k-th: `lossEvery`), and the trained inputs' final values.
 */
import { compile } from '../core/index.ts';
import { train } from '../core/course/train.ts';
import { numberOption, parseCourseArgs, type CourseIo } from './courseArgs.ts';
import { printProgramError, shapesField, toJson } from './json.ts';

export const TRAIN_USAGE = `usage: chainrule train '<program>' | --file PATH|-  --lr 0.01 [--steps 1] [--params a,b,...]`;

export const MAX_STEPS = 1_000_000;
export const MAX_LR = 1e6;
/** Up to this many steps `losses` has every one; past it, every k-th, so the output stays small. */
export const MAX_LOSSES = 10_000;

export function runTrain(rest: readonly string[], io: CourseIo): number {
  const usage = (message: string) => { io.err(`${message}\n${TRAIN_USAGE}`); return 1; };
  const args = parseCourseArgs(rest, ['lr', 'steps', 'params'], io);
  if (!args.ok) return usage(args.message);
  if (args.help) { io.out(TRAIN_USAGE); return 0; }
  const lr = numberOption(args.options, 'lr', 'positive');
  if (lr === undefined) return usage('--lr is required');
  if (typeof lr === 'string') return usage(lr);
  // Past this every step overshoots by orders of magnitude: the run says nothing but NaN.
  if (lr > MAX_LR) return usage(`--lr must be at most ${MAX_LR}, not ${args.options.get('lr')}`);
  const stepsRaw = args.options.get('steps') ?? '1';
  const steps = Number(stepsRaw);
  if (!/^\s*\d+\s*$/.test(stepsRaw) || !Number.isSafeInteger(steps)) return usage(`--steps must be a whole number ≥ 0, not ${JSON.stringify(stepsRaw)}`);
  if (steps > MAX_STEPS) return usage(`--steps must be at most ${MAX_STEPS} (1e6), not ${stepsRaw.trim()}`);

  const compiled = compile(args.source);
  if (!compiled.ok) return printProgramError(compiled.error, io);
  const { graph, inputValues, shapes } = compiled.value;
  const inputNames = graph.inputs.map((id) => graph.nodes[id].name as string);
  // A vector or matrix of inputs (`--params W1,b1`) stands for every entry of it.
  const entriesOf = new Map(shapes.filter((s) => s.input).map((s) => [s.name, s.entries]));
  const listed = args.options.get('params')?.split(',').map((s) => s.trim()).filter((s) => s !== '')
    .flatMap((name) => entriesOf.get(name) ?? [name]);
  const unknown = listed?.filter((name) => !inputNames.includes(name)) ?? [];
  if (unknown.length > 0) {
    return usage(`--params: ${unknown.map((n) => `'${n}'`).join(', ')} ${unknown.length > 1 ? 'are not inputs' : 'is not an input'} of the program (inputs: ${inputNames.join(', ') || 'none'})`);
  }
  const trained = inputNames.map((name) => listed === undefined || listed.includes(name));
  const every = Math.ceil(steps / MAX_LOSSES);
  const run = train(graph, inputValues, trained, lr, steps, every);
  io.out(toJson({
    lr,
    steps,
    ...(every > 1 ? { lossEvery: every } : {}),
    losses: run.losses,
    params: Object.fromEntries(inputNames.flatMap((name, i) => (trained[i] ? [[name, run.values[i]]] : []))),
    ...shapesField(shapes),
  }));
  return 0;
}
