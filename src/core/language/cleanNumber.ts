/**
 * The number the app writes into a program: the shortest decimal within a relative 1e-12 of the
 * value. An SGD step computes w − lr·g in binary, so its exact result (−0.11390599999999998)
 * carries noise from the last bits that no student typed and no lesson needs.
 */
export const WRITTEN_RELATIVE_TOLERANCE = 1e-12;

/** The fewest significant digits whose nearest decimal stays within the tolerance of `value`. */
export function cleanDecimal(value: number): string {
  if (value === 0) return '0';
  for (let digits = 1; digits < 17; digits++) {
    const near = Number(value.toPrecision(digits));
    if (Math.abs(near - value) <= WRITTEN_RELATIVE_TOLERANCE * Math.abs(value)) return String(near);
  }
  return String(value);
}
