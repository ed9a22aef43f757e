/**
 * What the unfolding (unfold.ts) carries while it walks an expression: a scalar expression, or
 * a vector or matrix of them; and the names of a vector's or matrix's entries.
 */
import type { Expr } from './parser.ts';

/** A scalar, or `rows`×`cols` scalars row by row (cols 0: a vector, a column of `rows`). */
export type Val =
  | { readonly kind: 'scalar'; readonly e: Expr }
  | { readonly kind: 'tensor'; readonly rows: number; readonly cols: number; readonly items: readonly Expr[] };

export const scalar = (e: Expr): Val => ({ kind: 'scalar', e });
export const tensor = (rows: number, cols: number, items: readonly Expr[]): Val => ({ kind: 'tensor', rows, cols, items });

/** One entry is a scalar (LANGUAGE.md): `[0.6]`, `[[0.6]]`, a `W @ h` of length 1. */
export const collapse = (v: Val): Val => (v.kind === 'tensor' && v.items.length === 1 ? scalar(v.items[0]) : v);

/** A scalar as a one-entry vector's size, for messages. */
export const shapeOf = (v: Val) => (v.kind === 'scalar' ? { rows: 1, cols: 0 } : { rows: v.rows, cols: v.cols });

/**
 * Entry `k` (row-major) of the vector or matrix `name`: `x_2`, `W1_21`; where a size passes 9
 * the indices are joined by `_` so they read unambiguously: `W_1_10`.
 */
export function entryName(name: string, rows: number, cols: number, k: number): string {
  if (cols === 0) return `${name}_${k + 1}`;
  const i = Math.floor(k / cols) + 1;
  const j = (k % cols) + 1;
  return rows > 9 || cols > 9 ? `${name}_${i}_${j}` : `${name}_${i}${j}`;
}
