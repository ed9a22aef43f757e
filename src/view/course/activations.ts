/**
 * The four activations of the vanishing-gradient lesson, straight from the engine's op table
 * (the same forward rule and local derivative the graph uses), with where each derivative peaks.
 */
import { OPS } from '../../core/index.ts';
import type { ChainActivation } from '../../presets/index.ts';

export const ACTIVATION_LABEL: Record<ChainActivation, string> = { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU', softplus: 'softplus' };

export interface ActivationCurve {
  readonly f: (x: number) => number;
  readonly df: (x: number) => number;
  /** The derivative's maximum: where it is reached (or approached) and its value (in words: the catalog's `course.activations.peak`). */
  readonly peak: { readonly x: number; readonly value: number };
}

function curve(op: ChainActivation): Pick<ActivationCurve, 'f' | 'df'> {
  const spec = OPS[op];
  return { f: (x) => spec.forward(x, 0), df: (x) => spec.partials[0](x, 0, spec.forward(x, 0)) };
}

export const ACTIVATIONS: Record<ChainActivation, ActivationCurve> = {
  sigmoid: { ...curve('sigmoid'), peak: { x: 0, value: 0.25 } },
  tanh: { ...curve('tanh'), peak: { x: 0, value: 1 } },
  relu: { ...curve('relu'), peak: { x: 2, value: 1 } },
  softplus: { ...curve('softplus'), peak: { x: 5, value: 1 } },
};
