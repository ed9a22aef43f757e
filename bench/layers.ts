/**
 * `npm run bench -- layers`: issue 19's speed goals for the Layers view, on its two programs
 * (bench/layerPrograms.ts). For each: compile + analyse (the Gates analysis the Layers view
 * reads), analyzeLayers, describeLayerStep for every step (median and slowest) and
 * layerStepState, with the goals beside them. CPU time (timing.ts), medians of repeated runs.
 */
import { analyze, analyzeLayers, describeLayerStep, type Analysis, type LayersAnalysis } from '../src/core/index.ts';
import { layerStepState, layerToScalarStep } from '../src/view/layers/layersView.ts';
import { LAYER_PROGRAMS } from './layerPrograms.ts';
import { count, cpuMs, fixed, heading, median, table, timeMs } from './timing.ts';

/** One frame at 60 Hz: what a whole Layers step (React and paint included) may take. */
const FRAME_MS = 16.7;
const ANALYSIS_GOAL_MS = 200;

function mustAnalyze(source: string): Analysis {
  const result = analyze(source);
  if (!result.ok) throw new Error(`benchmark program does not compile: ${result.error.message}`);
  return result.value;
}

/** ms of each call of `work(k)` for k < n, each timed once after one warm pass: per-step figures. */
function perStep(n: number, work: (k: number) => void): number[] {
  for (let k = 0; k < n; k++) work(k);
  return Array.from({ length: n }, (_, k) => {
    const start = cpuMs();
    work(k);
    return cpuMs() - start;
  });
}

export function layersSection(): void {
  heading('L. layers: issue 19\'s Layers speed goals (ms CPU; median of runs, per step median / max)');
  const rows: string[][] = [];
  const verdicts: string[] = [];
  for (const { name, source } of LAYER_PROGRAMS) {
    const gates = mustAnalyze(source);
    const runs = gates.graph.nodes.length > 20_000 ? 3 : 5;
    const analyzeMs = timeMs(() => mustAnalyze(source), runs, 1);
    const layersMs = timeMs(() => analyzeLayers(gates), runs, 1);
    const la = analyzeLayers(gates) as LayersAnalysis;
    const describe = perStep(la.steps.length, (k) => describeLayerStep(la, la.steps[k]));
    const state = perStep(la.steps.length, (k) => layerStepState(la, k));
    const toScalar = perStep(la.steps.length, (k) => layerToScalarStep(la, k));
    const stepWork = describe.map((d, k) => d + state[k] + toScalar[k]);
    rows.push([name, count(gates.graph.nodes.length), String(la.steps.length), fixed(analyzeMs, 0), fixed(layersMs, 1),
      `${fixed(median(describe), 2)} / ${fixed(Math.max(...describe), 2)}`, `${fixed(median(state), 3)} / ${fixed(Math.max(...state), 3)}`,
      `${fixed(median(toScalar), 3)} / ${fixed(Math.max(...toScalar), 3)}`]);
    const analysisTotal = analyzeMs + layersMs;
    const worstStep = Math.max(...stepWork);
    const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
    verdicts.push(`${name}: analysis (compile + analyse + analyzeLayers) ${fixed(analysisTotal, 0)} ms, goal ≤ ${ANALYSIS_GOAL_MS} ms: ${met(analysisTotal <= ANALYSIS_GOAL_MS)}` +
      (name.startsWith('64') ? ` (the issue's goal is for this program);` : ` (no goal of its own; the browser's longest task must stay ≤ 200 ms);`) +
      ` a step's engine work (describe + state + to-scalar) at worst ${fixed(worstStep, 2)} ms of a ${FRAME_MS} ms frame: ${met(worstStep < FRAME_MS)}`);
  }
  console.log(table(['program', 'scalar nodes', 'steps', 'compile+analyse', 'analyzeLayers', 'describeLayerStep', 'layerStepState', 'layerToScalarStep'], rows));
  console.log('compile+analyse = analyze(source): parse, unfold, build, evaluate, schedule (the Gates analysis Layers reads).');
  for (const v of verdicts) console.log(v);
  console.log('A step\'s whole cost in the page (React, KaTeX, paint) is in `npm run bench:browser`.');
}
