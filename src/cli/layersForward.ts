/**
 * `steps --detail layers --mode forward --wrt NAME`: forward mode in the Layers view, in the same
 * JSON shape as `steps --detail layers` — one record per Layers forward step (a computed
 * statement), its tangent ∂v/∂NAME in its own shape and the rule that gives it, as TeX that KaTeX
 * renders. Null when the program has no vector or matrix (Layers is then Statements).
 */
import type { Analysis } from '../core/index.ts';
import { analyzeLayers } from '../core/layers/layerSteps.ts';
import { describeLayerTangentStep, layerTangentSteps } from '../core/layers/layerTangents.ts';
import { forwardModeFor } from '../core/steps/forwardMode.ts';

/** The report; an error message when NAME is not an input; null when there are no layers. */
export function layersForwardReport(gates: Analysis, wrt: string): { ok: true; value: object } | { ok: false; message: string } | null {
  const la = analyzeLayers(gates);
  if (!la) return null;
  const sweep = forwardModeFor(gates.trace, wrt);
  if (!sweep) {
    const inputs = gates.graph.inputs.map((id) => gates.graph.nodes[id].text).join(', ') || 'none';
    return { ok: false, message: `--wrt ${wrt}: not an input of this program (its inputs: ${inputs})` };
  }
  const steps = layerTangentSteps(la).map((s) => {
    const { tex, text } = describeLayerTangentStep(la, s, sweep);
    return { index: s.index, phase: 'forward', node: la.layers.nodes[s.node].name, tex, text };
  });
  return { ok: true, value: { steps, warnings: gates.allWarnings.map((w) => w.message) } };
}
