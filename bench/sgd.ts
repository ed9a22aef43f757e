/**
 * SGD on the course's 2-3-2-1 MLP preset: 1,000 steps of `sgdStep` (the app's "SGD step" and
 * the CLI's `train`), per step, beside the bare engine replay it is built on (setInputs +
 * forward + backward) and beside re-analysing the program text every step (what a loop that
 * re-parsed would cost). Runs alone with `npx tsx bench/sgd.ts`; `npm run bench` calls it.
 */
import { analyze, compile, Evaluator } from '../src/core/index.ts';
import { sgdStep, train } from '../src/core/course/train.ts';
import { setInputValue } from '../src/core/language/edit.ts';
import { presetById } from '../src/presets/index.ts';
import { fixed, heading, table, timeMs } from './timing.ts';

const STEPS = 1_000;
const LR = 0.001;

export function sgdSection(): void {
  heading(`7. sgd: ${STEPS.toLocaleString('en')} SGD steps on the 2-3-2-1 MLP preset (µs per step, median)`);
  const preset = presetById('mlp-2321');
  if (!preset) throw new Error('the MLP preset is missing');
  const c = compile(preset.source);
  if (!c.ok) throw new Error(c.error.message);
  const { graph, inputValues } = c.value;
  const names = graph.inputs.map((id) => graph.nodes[id].name as string);
  const trained = names.map((n) => preset.trainable.includes(n));

  const ev = new Evaluator(graph);
  const replay = () => {
    for (let s = 0; s < STEPS; s++) {
      ev.setInputs(inputValues);
      ev.forward();
      ev.backward();
    }
  };
  let losses: number[] = [];
  const trainRun = () => { losses = train(graph, inputValues, trained, LR, STEPS).losses; };
  const stepLoop = () => {
    let values: readonly number[] = inputValues;
    const shared = new Evaluator(graph);
    for (let s = 0; s < STEPS; s++) values = sgdStep(graph, values, trained, LR, shared).values;
  };
  // Re-analysing the text each step (parse, build, evaluate, schedule), 100 steps scaled up.
  const REPARSE = 100;
  const reparse = () => {
    let source = preset.source;
    let values: readonly number[] = inputValues;
    for (let s = 0; s < REPARSE; s++) {
      const a = analyze(source);
      if (!a.ok) throw new Error(a.error.message);
      values = sgdStep(a.value.graph, a.value.inputValues, trained, LR).values;
      source = names.reduce((text, n, i) => (trained[i] ? setInputValue(text, n, values[i]) : text), source);
    }
  };
  const perStep = (ms: number, steps = STEPS) => fixed((ms * 1000) / steps, 2);
  const rows = [
    ['engine replay (setInputs + forward + backward)', perStep(timeMs(replay, 9, 3))],
    ['sgdStep loop (replay + update + forward for the new loss)', perStep(timeMs(stepLoop, 9, 3))],
    ['train() (Trainer, as the app’s Train button)', perStep(timeMs(trainRun, 9, 3))],
    ['re-parse + analyse + step, per step (for contrast)', perStep(timeMs(reparse, 5, 1), REPARSE)],
  ];
  console.log(table(['path', 'µs/step'], rows, ['l', 'r']));
  console.log(`loss ${fixed(losses[0], 4)} → ${String(losses[losses.length - 1])} after ${STEPS} steps at lr ${LR}; ${graph.nodes.length} nodes, ${names.filter((_, i) => trained[i]).length} trained inputs`);
}

if (import.meta.url === `file://${process.argv[1]}`) sgdSection();
