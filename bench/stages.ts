/**
 * Where the time of a big paste goes, stage by stage, in Node (the main thread's cost before
 * the analysis worker): parse+build, evaluate, schedule, layout, and the structured clone of
 * the whole Analysis (what posting it from a worker would cost). `tsx bench/stages.ts`.
 */
import { serialize } from 'node:v8';
import { compile, evaluate, schedule } from '../src/core/index.ts';
import { layoutGraph } from '../src/layout/index.ts';
import { randomProgram } from './programs.ts';

const nodeSize = () => ({ width: 44, height: 30 });
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
};

for (const size of [2000, 20_000]) {
  const { source } = randomProgram(size, size + 7);
  const [compiled, tCompile] = time(() => compile(source));
  if (!compiled.ok) throw new Error(compiled.error.message);
  const { graph, inputValues } = compiled.value;
  const [trace, tEval] = time(() => evaluate(graph, inputValues));
  const [sched, tSched] = time(() => schedule(trace));
  const [, tLayout] = time(() => layoutGraph(graph, nodeSize, {}));
  const [bytes, tClone] = time(() => serialize({ ...compiled.value, trace, schedule: sched }).length);
  const fmt = (ms: number) => `${ms.toFixed(0)} ms`.padStart(8);
  console.log(`${graph.nodes.length} nodes: compile ${fmt(tCompile)} evaluate ${fmt(tEval)} schedule ${fmt(tSched)} layout ${fmt(tLayout)} clone ${fmt(tClone)} (${(bytes / 1e6).toFixed(1)} MB)`);
}
