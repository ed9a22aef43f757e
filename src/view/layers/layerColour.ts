/**
 * The Layers view's diverging colour scale: negative numbers blue, zero near white, positive
 * orange, by the number's size relative to the largest shown of its kind (values and gradients
 * are scaled apart). Colour is never the only cue: every cell names its number on hover and focus.
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

/** A short form of a number for a cell: three significant digits. */
export function cellNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e5) return String(Number(v.toPrecision(3)));
  return v.toExponential(1);
}
