/**
 * What the Training panel computes, kept apart from React so tests can call it: which inputs
 * train, the SGD step itself (core's `sgdStep`, the function the CLI's `train` runs), and the
 * KaTeX line of each update.
 */
import type { Analysis, Graph, Shaped } from '../../core/index.ts';
import { sgdStep, type SgdStep } from '../../core/course/train.ts';
import { presetById } from '../../presets/index.ts';
import { groupCheckRows } from './checkGroups.ts';
import { sig, texSig } from './format.ts';

export const inputNames = (graph: Graph) => graph.inputs.map((id) => graph.nodes[id].name as string);

/**
 * Per input: does it train? The student's own marks win; otherwise a preset trains its weights
 * and biases, and a typed program trains every input.
 */
export function trainedMask(graph: Graph, presetId: string | null, marks: Readonly<Record<string, boolean>>): boolean[] {
  const preset = presetId === null ? undefined : presetById(presetId);
  return inputNames(graph).map((name) => (Object.hasOwn(marks, name) ? marks[name] : preset ? preset.trainable.includes(name) : true));
}

/** A vector's or matrix's inputs (or one scalar input) and whether all, some or none of them train. */
export interface TrainGroup {
  readonly shape: Shaped | null;
  /** Positions in the graph's inputs. */
  readonly inputs: readonly number[];
  readonly trains: 'all' | 'some' | 'none';
}

/** The trainable inputs grouped by vector, as the gradient check groups its rows (one grouping, checkGroups.ts). */
export function trainGroups(graph: Graph, shapes: readonly Shaped[], mask: readonly boolean[]): TrainGroup[] {
  const rows = inputNames(graph).map((name, index) => ({ name, index }));
  return groupCheckRows(rows, shapes).map(({ shape, rows: entries }) => {
    const trained = entries.filter((r) => mask[r.index]).length;
    return { shape, inputs: entries.map((r) => r.index), trains: trained === 0 ? 'none' : trained === entries.length ? 'all' : 'some' };
  });
}

/** The marks that train (or freeze) every input of a group: one setTrained, so one lesson change. */
export const groupMarks = (graph: Graph, group: TrainGroup, trains: boolean): Record<string, boolean> =>
  Object.fromEntries(group.inputs.map((i) => [graph.nodes[graph.inputs[i]].name as string, trains]));

/** The app's SGD step: the current values, the trained inputs, α. */
export const appSgdStep = (analysis: Analysis, trained: readonly boolean[], lr: number): SgdStep =>
  sgdStep(analysis.graph, analysis.inputValues, trained, lr);

/** p ← p − α·∂L/∂p with numbers, one line per trained input. */
export function updateLines(graph: Graph, before: readonly number[], step: SgdStep, trained: readonly boolean[], lr: number): { name: string; tex: string; text: string }[] {
  const names = inputNames(graph);
  const out: { name: string; tex: string; text: string }[] = [];
  names.forEach((name, i) => {
    if (!trained[i]) return;
    const g = step.grads[i];
    const gTex = g < 0 ? `\\left(${texSig(g)}\\right)` : texSig(g);
    out.push({
      name,
      tex: `${graph.nodes[graph.inputs[i]].label} \\leftarrow ${texSig(before[i])} - ${texSig(lr)} \\cdot ${gTex} = ${texSig(step.values[i])}`,
      text: `${name} ← ${sig(before[i])} − ${sig(lr)} · ${sig(g)} = ${sig(step.values[i])}`,
    });
  });
  return out;
}

/** The rule itself, with the program's output as L. */
export const ruleTex = (graph: Graph) =>
  `p \\leftarrow p - \\alpha \\cdot \\frac{\\partial ${graph.nodes[graph.output].label}}{\\partial p}`;
