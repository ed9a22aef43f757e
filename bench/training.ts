/**
 * Section 3 of `npm run bench`: one training step of micrograd's demo network, run by the
 * engine over the compiled program (set params, forward, backward, SGD), beside the same
 * step by hand (bench/mlp.ts) and by the switch-based tape (bench/baseline.ts).
 */
import { compile, Evaluator } from '../src/core/index.ts';
import { BaselineTape, maxAbsDiff } from './baseline.ts';
import { initParams, learningRate, makeMoons, mlpLossAndGrad, mlpProgram, MlpScratch, type Point } from './mlp.ts';
import { count, cpuMs, fixed, heading, median, table, timeMs } from './timing.ts';

const STEPS = 100;
const WARMUP_STEPS = 20;
const GOAL_MS = 6;
const SWITCH_GOAL = 1.5;

interface Gradient {
  /** Writes ∂loss/∂params into grad; returns the loss (and accuracy) before the update. */
  (params: Float64Array, grad: Float64Array): { loss: number; accuracy: number };
}

interface Run { msPerStep: number; losses: number[]; accuracies: number[] }

/** micrograd's loop: gradient, then p -= lr·∂p. Times each whole step, update included. */
function train(initial: Float64Array, gradient: Gradient, steps: number): Run {
  const params = initial.slice();
  const grad = new Float64Array(params.length);
  const times: number[] = [];
  const losses: number[] = [];
  const accuracies: number[] = [];
  for (let k = 0; k < steps; k++) {
    const start = cpuMs();
    const { loss, accuracy } = gradient(params, grad);
    const lr = learningRate(k);
    for (let i = 0; i < params.length; i++) params[i] -= lr * grad[i];
    times.push(cpuMs() - start);
    losses.push(loss);
    accuracies.push(accuracy);
  }
  return { msPerStep: median(times), losses, accuracies };
}

/** What a training step runs of a tape: the engine's is `backwardGrads`, as the Training panel's trainer (core/course/train.ts). */
interface TrainingTape { setInputs(v: ArrayLike<number>): void; forward(): void; backward(): void; values: Float64Array; grads: Float64Array }
const trainingBackward = (tape: TrainingTape) => (tape instanceof Evaluator ? tape.backwardGrads() : tape.backward());

/** Reads loss, score signs and parameter gradients off a tape that exposes values and grads. */
function tapeGradient(tape: TrainingTape, inputs: readonly number[], output: number, scores: readonly number[], data: readonly Point[]): Gradient {
  return (params, grad) => {
    tape.setInputs(params);
    tape.forward();
    trainingBackward(tape);
    for (let i = 0; i < inputs.length; i++) grad[i] = tape.grads[inputs[i]];
    let correct = 0;
    for (let n = 0; n < data.length; n++) if ((data[n].y > 0) === (tape.values[scores[n]] > 0)) correct++;
    return { loss: tape.values[output], accuracy: correct / data.length };
  };
}

export function trainingSection(): void {
  heading('3. training step: micrograd demo MLP 2-16-16-1, hinge loss + L2, 100 points');
  const data = makeMoons(100, 0.1, 2024);
  const initial = initParams(1337);
  const source = mlpProgram(initial, data);
  const compileStart = cpuMs();
  const compiled = compile(source);
  const compileMs = cpuMs() - compileStart;
  if (!compiled.ok) throw new Error(`MLP program does not compile: ${compiled.error.message}`);
  const { graph } = compiled.value;
  const scores = data.map((_, n) => graph.names.get(`s${n}`) as number);
  const ev = new Evaluator(graph);
  const base = new BaselineTape(graph);
  const scratch = new MlpScratch();
  const runners: [string, Gradient][] = [
    ['engine (Evaluator)', tapeGradient(ev, graph.inputs, graph.output, scores, data)],
    ['switch tape (baseline.ts)', tapeGradient(base, graph.inputs, graph.output, scores, data)],
    ['closed form by hand (mlp.ts)', (params, grad) => mlpLossAndGrad(params, data, grad, scratch)],
  ];

  // Honesty check, outside timing: all three give the same loss and gradient at the start.
  const reference = new Float64Array(initial.length);
  const refLoss = runners[0][1](initial, reference).loss;
  for (const [name, gradient] of runners.slice(1)) {
    const grad = new Float64Array(initial.length);
    const { loss } = gradient(initial, grad);
    const diff = maxAbsDiff(reference, grad);
    console.log(`${name.padEnd(30)} max |Δgrad| vs engine = ${diff.toExponential(2)}, |Δloss| = ${Math.abs(loss - refLoss).toExponential(2)}`);
    if (!(diff < 1e-12)) throw new Error(`${name} disagrees with the engine's gradient`);
  }

  console.log(`program: ${count(source.length)} characters, ${count(graph.nodes.length)} scalar nodes, ` +
    `${count(graph.edges.length)} edges, ${graph.inputs.length} parameters; compiled once in ${fixed(compileMs, 0)} ms of CPU (cold)`);
  const rows = runners.map(([name, gradient]) => {
    train(initial, gradient, WARMUP_STEPS); // warm the JIT on throwaway steps
    const run = train(initial, gradient, STEPS);
    return { name, run };
  });
  const engineMs = rows[0].run.msPerStep;
  console.log(table(
    ['step by', 'ms/step', 'vs engine', `loss step 1 → ${STEPS}`, `accuracy 1 → ${STEPS}`],
    rows.map(({ name, run }) => [
      name, fixed(run.msPerStep, 3), `${fixed(engineMs / run.msPerStep, 2)}x`,
      `${fixed(run.losses[0], 4)} → ${fixed(run.losses[STEPS - 1], 4)}`,
      `${fixed(run.accuracies[0] * 100, 0)}% → ${fixed(run.accuracies[STEPS - 1] * 100, 0)}%`,
    ]),
  ));
  // Where a step goes: the passes timed alone (the SGD update and reading grads are the rest).
  const splits = ([['engine', ev], ['switch tape', base]] as const).map(([name, tape]) => {
    tape.setInputs(initial);
    return [name, fixed(timeMs(() => tape.forward(), 30), 3), fixed(timeMs(() => trainingBackward(tape), 30), 3)];
  });
  console.log(`\n${table(['passes alone', 'forward ms', 'backward ms'], splits)}\n`);
  const losses = rows[0].run.losses;
  const marks = [0, 9, 24, 49, 74, 99].filter((k) => k < STEPS);
  console.log(`engine loss by step: ${marks.map((k) => `${k + 1}: ${fixed(losses[k], 4)}`).join('  ')}`);
  const switchMs = rows[1].run.msPerStep;
  console.log(`goal: engine within ${SWITCH_GOAL}x of the switch tape — ${engineMs <= SWITCH_GOAL * switchMs ? 'met' : 'MISSED'} (${fixed(engineMs / switchMs, 2)}x)`);
  console.log(`goal: engine under ${GOAL_MS} ms a step — ${engineMs < GOAL_MS ? 'met' : 'MISSED'} (${fixed(engineMs, 2)} ms, median of ${STEPS} steps after ${WARMUP_STEPS} warm-up)`);
}
