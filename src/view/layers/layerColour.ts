/**
 * The Layers view's diverging colour scale: negative numbers blue, zero near white, positive
 * orange, by the number's size relative to the largest shown of its kind (values, gradients and
 * forward mode's tangents are scaled apart). Colour is never the only cue: every cell names its number on hover and focus.
 */
import { interpolateLab } from 'd3-interpolate';

export const NEGATIVE = '#2166ac';
export const NEUTRAL = '#f4f4f0';
export const POSITIVE = '#c2410c';
const toNegative = interpolateLab(NEUTRAL, NEGATIVE);
const toPositive = interpolateLab(NEUTRAL, POSITIVE);

/** The fill of a number `v` on a scale reaching ±`max`. */
export function divergingColour(v: number, max: number): string {
  if (!Number.isFinite(v) || !(max > 0)) return NEUTRAL;
  const t = Math.max(-1, Math.min(1, v / max));
  return t < 0 ? toNegative(-t) : toPositive(t);
}

/** Text on a fill of this strength reads in white; lighter fills take dark text. */
export const darkFill = (v: number, max: number) => Number.isFinite(v) && max > 0 && Math.abs(v / max) > 0.55;

/** The largest |v| of a list (0 for none or only non-finite numbers). */
export function largest(values: Iterable<number>): number {
  let m = 0;
  for (const v of values) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return m;
}

/**
 * Each layer node's largest |value| and |gradient|, once per analysis: a step's scales are then a
 * maximum over a dozen nodes, not over every entry (13k weights in a 784-16-16-10 network).
 */
export interface Magnitudes { readonly value: Float64Array; readonly grad: Float64Array }

const magnitudes = new WeakMap<object, Magnitudes>();

export function layerMagnitudes(
  key: object, nodes: readonly { readonly entries: readonly number[] }[], values: ArrayLike<number>, grads: ArrayLike<number>,
): Magnitudes {
  let m = magnitudes.get(key);
  if (!m) {
    const of = (xs: ArrayLike<number>) => Float64Array.from(nodes, (n) => {
      let best = 0;
      for (const e of n.entries) if (Number.isFinite(xs[e])) best = Math.max(best, Math.abs(xs[e]));
      return best;
    });
    m = { value: of(values), grad: of(grads) };
    magnitudes.set(key, m);
  }
  return m;
}

/** Each layer node's largest |tangent| for one forward sweep (the key), once per sweep. */
const tangentMagnitudes = new WeakMap<object, Float64Array>();

export function layerTangentMagnitudes(key: object, nodes: readonly { readonly entries: readonly number[] }[], tangents: ArrayLike<number>): Float64Array {
  let m = tangentMagnitudes.get(key);
  if (!m) {
    m = Float64Array.from(nodes, (n) => largest(n.entries.map((e) => tangents[e])));
    tangentMagnitudes.set(key, m);
  }
  return m;
}

/**
 * The scales of a step: the largest value over the nodes showing values, the largest gradient
 * over those showing gradients, the largest tangent over those showing tangents (forward mode).
 */
export function stepScales(m: Magnitudes, shows: readonly string[], tangents?: Float64Array): { value: number; grad: number; tangent: number } {
  let value = 0;
  let grad = 0;
  let tangent = 0;
  shows.forEach((s, i) => {
    if (s === 'value') value = Math.max(value, m.value[i]);
    else if (s === 'grad') grad = Math.max(grad, m.grad[i]);
    else if (s === 'tangent' && tangents) tangent = Math.max(tangent, tangents[i]);
  });
  return { value, grad, tangent };
}

/** A short form of a number for a cell: three significant digits. */
export function cellNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e5) return String(Number(v.toPrecision(3)));
  return v.toExponential(1);
}
