/** Small scale and path helpers for the course charts (SVG drawn by React; no D3 needed here). */
export type Scale = (v: number) => number;

export const linear = ([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale =>
  (v) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));

export const log10Scale = ([d0, d1]: readonly [number, number], range: readonly [number, number]): Scale => {
  const s = linear([Math.log10(d0), Math.log10(d1)], range);
  return (v) => s(Math.log10(v));
};

/** Powers of ten from the decade at or below `lo` to the one at or above `hi`, at most `max` of them. */
export function decades(lo: number, hi: number, max = 8): number[] {
  const a = Math.floor(Math.log10(lo));
  const b = Math.ceil(Math.log10(hi));
  const every = Math.max(1, Math.ceil((b - a + 1) / max));
  const out: number[] = [];
  for (let e = a; e <= b; e += every) out.push(10 ** e);
  return out;
}

/** An SVG path through points, skipping non-finite ones (a gap, not a crash). */
export function pathThrough(points: readonly (readonly [number, number])[]): string {
  let d = '';
  let pen = false;
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) { pen = false; continue; }
    d += `${pen ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
    pen = true;
  }
  return d;
}

/** 10ⁿ written with a superscript exponent, for log axes. */
export function powerLabel(v: number): string {
  const e = Math.round(Math.log10(v));
  const sup = String(e).replace(/-/g, '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
  return e === 0 ? '1' : e === 1 ? '10' : `10${sup}`;
}
