/**
 * The Layers view of a lesson, as plain data: the layer analysis of a Gates analysis (memoised
 * per analysis), what each layer node shows at a Layers step (nothing yet, its values, or its
 * gradients), and how a Layers step and a scalar step find each other, so that switching views
 * and "Show this entry's step" keep the student's place. Framework-free; no DOM.
 */
import { analyzeLayers, type Analysis, type LayersAnalysis } from '../../core/index.ts';
import { isLayersForward, layersForward, type LayersForward } from '../../core/layers/layerTangents.ts';
import type { ForwardSchedule } from '../../core/steps/forwardMode.ts';

const memo = new WeakMap<Analysis, LayersAnalysis | null>();
const forwardMemo = new WeakMap<ForwardSchedule, LayersForward>();

/** The Layers analysis of a Gates analysis; null when the program has no vector or matrix. */
export function layersOf(analysis: Analysis): LayersAnalysis | null {
  if (analysis.shapes.length === 0 || analysis.trace.rules.kind === 'lines') return null;
  let la = memo.get(analysis);
  if (la === undefined) {
    la = analyzeLayers(analysis);
    memo.set(analysis, la);
  }
  return la;
}

/**
 * The Layers view in forward mode, sweeping `sweep` (of the same Gates analysis): its steps the
 * forward steps, its cells the tangents. Memoised per sweep, so stepping never rebuilds it.
 */
export function layersForwardOf(analysis: Analysis, sweep: ForwardSchedule): LayersForward | null {
  const la = layersOf(analysis);
  if (!la) return null;
  let f = forwardMemo.get(sweep);
  if (!f || f.gates !== analysis) {
    f = layersForward(la, sweep);
    forwardMemo.set(sweep, f);
  }
  return f;
}

/** What a layer node shows at a step: nothing yet (not computed), its values, its gradients, or (forward mode) its tangents. */
export type Shows = 'none' | 'value' | 'grad' | 'tangent';

export interface LayerStepState {
  /** The layer node the step is about. */
  readonly current: number;
  readonly kind: 'forward' | 'backward';
  /** Per layer node. */
  readonly shows: readonly Shows[];
}

/** Each layer node's state at Layers step `step` (clamped). */
export function layerStepState(la: LayersAnalysis, step: number): LayerStepState {
  const s = la.steps[Math.max(0, Math.min(step, la.steps.length - 1))];
  const forwardAt = new Map<number, number>();
  const backwardAt = new Map<number, number>();
  for (const t of la.steps) (t.kind === 'forward' ? forwardAt : backwardAt).set(t.node, t.index);
  // A node's gradient is whole at its own backward step, or once every statement using it has passed its gradient back.
  const consumers = la.layers.nodes.map(() => [] as number[]);
  for (const n of la.layers.nodes) for (const o of n.operands) consumers[o].push(n.id);
  const gradAt = (id: number) => Math.min(
    backwardAt.get(id) ?? Infinity,
    consumers[id].length === 0 ? Infinity : Math.max(...consumers[id].map((c) => backwardAt.get(c) ?? Infinity)),
  );
  const forwardMode = isLayersForward(la);
  const shows = la.layers.nodes.map((n): Shows => {
    const computed = n.kind === 'input' || (forwardAt.get(n.id) ?? Infinity) <= s.index;
    if (forwardMode) return computed ? 'tangent' : 'none';
    if (s.kind === 'forward') return computed ? 'value' : 'none';
    return gradAt(n.id) <= s.index ? 'grad' : 'value';
  });
  return { current: s.node, kind: s.kind, shows };
}

const firstAtLeast0 = (xs: Iterable<number>, pick: (a: number, b: number) => number, none: number) => {
  let best = -1;
  for (const x of xs) if (x >= 0) best = best < 0 ? x : pick(best, x);
  return best < 0 ? none : best;
};

/**
 * The scalar (Gates) step a Layers step stands for: at a forward step its statement's last
 * entry computed; at a backward step its first entry whose gradient is given. In forward mode,
 * the sweep's step of the statement's last entry.
 */
export function layerToScalarStep(la: LayersAnalysis, step: number): number {
  const s = la.steps[step];
  if (!s) return 0;
  const { schedule } = la.gates;
  const entries = la.layers.nodes[s.node].entries;
  if (isLayersForward(la)) return firstAtLeast0(entries.map((e) => la.sweep.stepOf[e]), Math.max, 0);
  if (s.kind === 'forward') return firstAtLeast0(entries.map((e) => schedule.forwardStepOf[e]), Math.max, 0);
  return firstAtLeast0(entries.map((e) => schedule.backwardStepOf[e]), Math.min, schedule.forwardCount);
}

/** The layer node a scalar node belongs to: one of its entries, or a gate its statement unfolded into. */
export function layerOfScalar(la: LayersAnalysis, id: number): number | undefined {
  return la.layers.layerOf.get(id) ?? la.layers.nodes.find((n) => n.gates.has(id))?.id;
}

/**
 * The Layers step that explains scalar (Gates) step `step`: the same layer node in the same
 * phase, else the nearest Layers step of that phase before it (a backward step of an input the
 * Layers view skips: the statement that uses it).
 */
export function scalarToLayerStep(la: LayersAnalysis, step: number): number {
  const s = la.gates.schedule.steps[step];
  if (!s) return 0;
  const layer = layerOfScalar(la, s.node);
  const same = la.steps.find((t) => t.kind === s.kind && t.node === layer);
  if (same) return same.index;
  if (s.kind === 'forward') {
    const next = la.steps.find((t) => t.kind === 'forward' && layer !== undefined && t.node >= layer);
    return next ? next.index : 0;
  }
  // Backward steps run from the output's node back; a skipped node's place is after the nodes above it.
  const after = [...la.steps].reverse().find((t) => t.kind === 'backward' && layer !== undefined && t.node > layer);
  return after ? after.index : la.forwardCount;
}

/**
 * The scalar step of one entry (scalar node `id`) in the phase the lesson is in: its backward
 * step in the backward pass (where it has one), else its forward step; an input has none of its
 * own, so its first use.
 */
export function entryScalarStep(gates: Analysis, id: number, phase: 'forward' | 'backward'): number {
  const { schedule, graph } = gates;
  if (phase === 'backward' && schedule.backwardStepOf[id] >= 0) return schedule.backwardStepOf[id];
  if (schedule.forwardStepOf[id] >= 0) return schedule.forwardStepOf[id];
  return firstAtLeast0(graph.outEdges[id].map((e) => schedule.forwardStepOf[graph.edges[e].to]), Math.min, 0);
}

/**
 * The scalar (Gates) step "Show this entry's step" opens for entry `id` from Layers step `step`:
 * in forward mode the sweep's step of that entry (an input other than x has none: the step of its
 * first use), else its step in the Layers step's phase (entryScalarStep).
 */
export function entryStepAt(la: LayersAnalysis, id: number, step: number): number {
  if (!isLayersForward(la)) return entryScalarStep(la.gates, id, la.steps[step]?.kind ?? 'forward');
  const { stepOf } = la.sweep;
  const { graph } = la.gates;
  if (stepOf[id] >= 0) return stepOf[id];
  return firstAtLeast0(graph.outEdges[id].map((e) => stepOf[graph.edges[e].to]), Math.min, 0);
}

/** Splits TeX at the `=` signs outside every group and environment (never inside a matrix or a group). */
export function topLevelParts(tex: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === '\\' && tex.startsWith('\\begin', i)) depth++;
    else if (c === '\\' && tex.startsWith('\\end', i)) depth--;
    else if (c === '\\') i++;
    else if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if (c === '=' && depth === 0) {
      parts.push(tex.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(tex.slice(start));
  return parts;
}

/**
 * A Layers formula line as the step panel shows it: broken before each `=` at the top level
 * (never inside a matrix or a group), the symbolic form kept whole on the first line, so no
 * bmatrix is ever split and each numeric form starts its own line with "=". A numeric form is one
 * group, `{= …}`: KaTeX may not break it, not even after its "=" (a line too wide scrolls instead).
 */
export function formulaLines(tex: string): string[] {
  const pieces = topLevelParts(tex).map((p) => p.trim());
  const [head, ...rest] = pieces;
  // "= A = B" continues the line before: every piece is a numeric form.
  const numeric = (p: string) => `{= ${p}}`;
  if (head === '') return rest.map(numeric);
  if (rest.length === 0) return [head];
  return [`${head} = ${rest[0]}`, ...rest.slice(1).map(numeric)];
}

/** An entry's TeX marked with its scalar id (KaTeX's \\htmlData, which Tex.tsx trusts for this alone), so a click on it picks the entry. */
export const markEntry = (scalarId: number, tex: string): string => `\\htmlData{entry=${scalarId}}{${tex}}`;

