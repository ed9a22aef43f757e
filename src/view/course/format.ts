/**
 * Numbers in the course panels: six significant digits (the issue asks for at least five), so
 * a gradient check's digits and a loss's progress are visible; trailing zeros dropped.
 */
export function sig(v: number, digits = 6): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e6 || abs < 1e-4) {
    const [mantissa, exponent] = v.toExponential(digits - 1).split('e');
    return `${String(Number(mantissa))}e${Number(exponent)}`;
  }
  return String(Number(v.toPrecision(digits)));
}

export function texSig(v: number): string {
  if (Number.isNaN(v)) return '\\text{NaN}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  const s = sig(v);
  const e = s.indexOf('e');
  return e < 0 ? s : `${s.slice(0, e)} \\times 10^{${s.slice(e + 1)}}`;
}

/** Three digits: enough for a relative error, an axis tick or a step time. */
export const short = (v: number) => sig(v, 3);
