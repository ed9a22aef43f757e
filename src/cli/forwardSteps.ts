/**
 * `steps --mode forward --wrt NAME`: the forward-mode schedule in the same JSON shape as
 * `steps` — one record per step (the seed, then each gate in topological order), each with
 * TeX that KaTeX renders; the last states the final tangent ∂f/∂x.
 */
import type { Analysis } from '../core/index.ts';
import { forwardModeFor } from '../core/steps/forwardMode.ts';
import { describeTangent } from '../core/steps/describe.ts';

/** The report, or the usage error to print when NAME is not one of the program's inputs. */
export function forwardStepsReport(a: Analysis, wrt: string): { ok: true; value: object } | { ok: false; message: string } {
  const sweep = forwardModeFor(a.trace, wrt);
  if (!sweep) {
    const inputs = a.graph.inputs.map((id) => a.graph.nodes[id].text).join(', ') || 'none';
    return { ok: false, message: `--wrt ${wrt}: not an input of this program (its inputs: ${inputs})` };
  }
  return {
    ok: true,
    value: {
      steps: sweep.steps.map((s) => {
        const { tex, text } = describeTangent(a, sweep, s);
        return { index: s.index, phase: 'forward', node: a.graph.nodes[s.node].text, tex, text };
      }),
      // The same warnings as reverse mode: a NaN tangent has the same first cause as a NaN gradient.
      warnings: a.allWarnings.map((w) => w.message),
    },
  };
}
