/**
 * `npm run bench`: the engine's speed on this machine, as plain tables.
 *   1. replay    forward + backward over a built graph with new inputs (the training-loop path),
 *                beside a hand-written switch tape replaying the same gates (bench/baseline.ts)
 *   2. build     parse + build (+ first evaluation + step schedule): what a keystroke costs
 *   3. training  micrograd's demo MLP step (bench/training.ts)
 *   4. layout    our layered layout against dagre (bench/layout.ts, when present)
 *   5. depth     a 10,000-deep chain and a 100k-node graph at the default stack size
 *   6. scaling   shapes where one name is used thousands of times, at n and 2n: time(2n)/time(n)
 *                near 2 means linear (a name used k times once cost O(k²))
 *   7. sgd       1,000 SGD steps on the MLP preset beside the bare replay (bench/sgd.ts)
 *   L. layers    issue 19's Layers goals: a 64×64 matrix @ vector and a 784-16-16-10 MLP (bench/layers.ts)
 * Every number is a median of repeated runs after warm-up, in process CPU time (timing.ts says
 * why); programs come from fixed seeds.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { analyze, analyzeCompiled, buildGraph, compile, evaluate, Evaluator, parse, schedule, type Compiled } from '../src/core/index.ts';
import { BaselineTape, maxAbsDiff } from './baseline.ts';
import { deepSum, randomProgram, statementChain, tanhChain, wideFanOut } from './programs.ts';
import { mulberry32, uniform } from './random.ts';
import { trainingSection } from './training.ts';
import { sgdSection } from './sgd.ts';
import { layersSection } from './layers.ts';
import { count, cpuMs, fixed, heading, median, repeatsFor, table, timeMs, warmUp } from './timing.ts';

const REPLAY_SIZES = [1_000, 10_000, 100_000];
const REPLAY_GOAL = 1.25;

function mustCompile(source: string): Compiled {
  const result = compile(source);
  if (!result.ok) throw new Error(`benchmark program does not compile: ${result.error.message} (line ${result.error.span.line})`);
  return result.value;
}

interface Tape { setInputs(v: ArrayLike<number>): void; forward(): void; backward(): void }

/** ns per node of each work, batched so a sample lasts ~4 ms; samples of the tapes alternate so drift hits all alike. */
function nsPerNode(nodes: number, works: (() => void)[], samples = 15): number[] {
  const reps = works.map((w) => repeatsFor(w, 4));
  const times: number[][] = works.map(() => []);
  for (let s = 0; s < samples; s++) {
    works.forEach((work, i) => {
      const start = cpuMs();
      for (let r = 0; r < reps[i]; r++) work();
      times[i].push(((cpuMs() - start) * 1e6) / (reps[i] * nodes));
    });
  }
  return times.map(median);
}

function replaySection(): void {
  heading('1. replay: setInputs + forward + backward on a built graph (ns per scalar node)');
  const rows: string[][] = [];
  const splits: string[][] = [];
  for (const size of REPLAY_SIZES) {
    const program = randomProgram(size, 7 + size);
    const { graph, inputValues } = mustCompile(program.source);
    const random = mulberry32(size);
    const inputSets = Array.from({ length: 8 }, () => Float64Array.from(inputValues, () => uniform(random, -2, 2)));
    const tapes = [new Evaluator(graph), new BaselineTape(graph)];
    // Honesty check, once, outside timing: the baseline computes exactly what the engine does.
    for (const tape of tapes) replay(tape, inputSets[0]);
    for (const other of tapes.slice(1)) {
      const diff = Math.max(maxAbsDiff(tapes[0].values, other.values), maxAbsDiff(tapes[0].grads, other.grads),
        maxAbsDiff(tapes[0].contributions, other.contributions));
      if (diff !== 0) throw new Error(`${other.constructor.name} disagrees with the engine by ${diff} on ${size} nodes`);
    }
    let k = 0;
    const full = tapes.map((tape) => () => replay(tape, inputSets[k++ & 7]));
    const fwd = tapes.map((tape) => () => { tape.setInputs(inputSets[k++ & 7]); tape.forward(); });
    const bwd = tapes.map((tape) => () => tape.backward());
    for (const work of full) warmUp(work, 150);
    const [engine, baseline] = nsPerNode(graph.nodes.length, full);
    const fwdNs = nsPerNode(graph.nodes.length, fwd, 9);
    const bwdNs = nsPerNode(graph.nodes.length, bwd, 9);
    const name = `random ~${count(size)}`;
    rows.push([name, count(graph.nodes.length), fixed(engine, 1), fixed((engine * graph.nodes.length) / 1e6, 3), fixed(baseline, 1),
      `${fixed(engine / baseline, 2)}x`]);
    splits.push([name, ...tapes.map((_, i) => `${fixed(fwdNs[i], 1)} / ${fixed(bwdNs[i], 1)}`)]);
  }
  console.log(table(['graph', 'nodes', 'engine ns/node', 'ms/replay', 'switch ns/node', 'engine/switch'], rows));
  console.log(`engine = Evaluator; switch = bench/baseline.ts, the same tape as opcodes + an inline switch.
Values, gradients and per-edge contributions of all three are checked bit-equal. Goal: engine within ${REPLAY_GOAL}x of switch.\n`);
  console.log(table(['forward / backward ns/node', 'engine', 'switch'], splits));
}

function replay(tape: Tape, inputs: ArrayLike<number>): void {
  tape.setInputs(inputs);
  tape.forward();
  tape.backward();
}

/** Median ms of each pipeline stage, each timed alone on fresh objects: where a keystroke's time goes. */
function stageTimes(source: string, runs: number): Record<'parse' | 'build' | 'evaluate' | 'schedule' | 'analyze' | 'reanalyze', number> {
  const parsed = Array.from({ length: runs + 1 }, () => parse(source));
  const programs = parsed.map((p) => { if (!p.ok) throw new Error(p.error.message); return p.value; });
  const build = (p: (typeof programs)[number]) => { const b = buildGraph(p); if (!b.ok) throw new Error(b.error.message); return b.value; };
  const fresh = programs.map(build); // never evaluated: the tape is cached per graph, so a first evaluation needs a new graph
  const traces = programs.map((p) => { const b = build(p); return evaluate(b.graph, b.inputValues); });
  let i = 0;
  const each = (work: (k: number) => void) => { i = 0; return timeMs(() => work(i++ % (runs + 1)), runs, 1); };
  const compiled = mustCompile(source);
  return {
    parse: each(() => parse(source)),
    build: each((k) => buildGraph(programs[k])),
    evaluate: each((k) => evaluate(fresh[k].graph, fresh[k].inputValues)),
    schedule: each((k) => schedule(traces[k])),
    analyze: each(() => analyze(source)),
    reanalyze: each(() => analyzeCompiled(compiled)),
  };
}

function buildSection(): void {
  heading('2. build: what a keystroke costs (ms, median)');
  const rows = [1_000, 10_000].map((size) => {
    const { source, nodes } = randomProgram(size, 11 + size);
    const t = stageTimes(source, size > 5_000 ? 5 : 11);
    return [`random ~${count(size)}`, count(nodes), fixed(t.parse, 1), fixed(t.build, 1), fixed(t.parse + t.build, 1),
      fixed(t.evaluate, 1), fixed(t.schedule, 1), fixed(t.analyze, 1), fixed(t.reanalyze, 1)];
  });
  console.log(table(['program', 'nodes', 'parse', 'build graph', '= compile', 'evaluate', 'schedule', 'analyze (all)', 'slider move'], rows));
  console.log(`evaluate = first evaluation of a fresh graph (tape + forward + backward + warnings);
analyze = compile + evaluate + step schedule (its TeX is written when a step is read); slider move = analyzeCompiled on a compiled graph (evaluate + schedule).`);
}

function layoutSection(): Promise<void> {
  heading('4. layout: our layered layout vs dagre (median ms, edge crossings)');
  if (!existsSync(new URL('./layout.ts', import.meta.url))) {
    console.log('bench/layout.ts is not there yet: no layout numbers in this run');
    return Promise.resolve();
  }
  // A computed specifier: this file type-checks and runs whether or not layout.ts exists.
  const specifier = './layout.ts';
  return import(specifier).then((mod: { runLayoutBench: () => { rows: LayoutRow[] } }) => {
    const cell = (x: number | null | undefined, digits: number) => (x === null || x === undefined ? '—' : fixed(x, digits));
    console.log(table(['nodes', 'ours ms', 'ours crossings', 'dagre ms', 'dagre crossings'],
      mod.runLayoutBench().rows.map((r) => [count(r.nodes), cell(r.oursMs, 1), cell(r.oursCrossings, 0), cell(r.dagreMs, 0), cell(r.dagreCrossings, 0)])));
    console.log('(— : dagre skipped at this size; it takes minutes)');
  });
}

interface LayoutRow { nodes: number; oursMs: number; oursCrossings: number; dagreMs: number | null; dagreCrossings: number | null }

function depthSection(): void {
  heading('5. depth: whole pipeline (analyze) at the default stack size');
  const stack = process.execArgv.find((a) => a.startsWith('--stack-size')) ?? 'default';
  const cases: [string, string][] = [
    ['x + x + … + x, 10,000 terms (10,000-deep AST and graph)', deepSum(10_000)],
    ['a_k = sin(a_{k-1}), 10,000 lines', statementChain(10_000)],
    ['random program, ~100k nodes', randomProgram(100_000, 99).source],
  ];
  for (const [name, source] of cases) {
    const start = cpuMs();
    const result = analyze(source);
    const ms = cpuMs() - start;
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    const { graph, schedule } = result.value;
    const finite = Number.isFinite(result.value.trace.values[graph.output]);
    console.log(`ok  ${name}: ${count(graph.nodes.length)} nodes, ${count(schedule.steps.length)} steps, ` +
      `output ${finite ? 'finite' : 'NOT finite'}, ${fixed(ms, 0)} ms CPU (stack: ${stack})`);
  }
}

/** What `grad` does (compile + evaluate, no schedule) and the whole pipeline with the schedule, in ms. */
function pipelineMs(source: string): { grad: number; analyze: number } {
  const grad = () => {
    const c = mustCompile(source);
    evaluate(c.graph, c.inputValues);
  };
  const all = () => { const r = analyze(source); if (!r.ok) throw new Error(r.error.message); };
  return { grad: timeMs(grad, 7, 2), analyze: timeMs(all, 7, 2) };
}

function scalingSection(): void {
  heading('6. scaling: many uses of one name, at n and 2n (ms, median; ratio ≈ 2 means linear)');
  const shapes: [string, (n: number) => string, number][] = [
    ['x + x + … + x (n terms)', deepSum, 10_000],
    ['h_i = tanh(h_{i-1}·w + b) (n lines)', tanhChain, 2_500],
    ['s_i = sin(x·c_i), f = Σ s_i (n uses of x)', wideFanOut, 10_000],
  ];
  const rows = shapes.map(([name, make, n]) => {
    const small = pipelineMs(make(n));
    const large = pipelineMs(make(2 * n));
    return [name, count(n), fixed(small.grad, 1), fixed(large.grad, 1), fixed(large.grad / small.grad, 2),
      fixed(small.analyze, 1), fixed(large.analyze, 1), fixed(large.analyze / small.analyze, 2)];
  });
  console.log(table(['shape', 'n', 'grad n', 'grad 2n', 'ratio', 'analyze n', 'analyze 2n', 'ratio'], rows));
  console.log('grad = compile + evaluate (what `cli grad` runs; it builds no schedule); analyze = grad + the step schedule.');
}

async function main(): Promise<void> {
  const started = performance.now();
  const cpus = os.cpus();
  console.log(`Chainrule benchmarks — node ${process.version}, ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${os.platform()} ${os.arch()}`);
  // `npm run bench -- replay training` runs only those sections (all by default).
  const only = process.argv.slice(2);
  const sections: [string, () => void | Promise<void>][] = [
    ['replay', replaySection], ['build', buildSection], ['training', trainingSection], ['layout', layoutSection],
    ['depth', depthSection], ['scaling', scalingSection], ['sgd', sgdSection], ['layers', layersSection],
  ];
  for (const [name, run] of sections) if (only.length === 0 || only.includes(name)) await run();
  console.log(`\nbench finished in ${fixed((performance.now() - started) / 1000, 1)} s`);
}

await main();
