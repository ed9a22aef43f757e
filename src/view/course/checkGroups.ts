/**
 * The gradient check's rows grouped by vector (issue 19): the entries of an input vector or
 * matrix (`W1_11, W1_12, …`) under one heading with its shape and how many pass, in the order
 * the program first names them; a scalar input stays a row of its own.
 */
import type { Shaped } from '../../core/index.ts';

export interface CheckGroup<Row> {
  /** The vector or matrix the rows are entries of; null for a scalar input. */
  readonly shape: Shaped | null;
  readonly rows: readonly Row[];
}

/** `3×2` for a matrix, `3` for a vector. */
export const shapeText = (s: Pick<Shaped, 'rows' | 'cols'>): string => (s.cols === 0 ? `${s.rows}` : `${s.rows}×${s.cols}`);

export function groupCheckRows<Row extends { readonly name: string }>(rows: readonly Row[], shapes: readonly Shaped[]): CheckGroup<Row>[] {
  const shapeOf = new Map<string, Shaped>();
  for (const s of shapes) if (s.input) for (const e of s.entries) shapeOf.set(e, s);
  const groups: { shape: Shaped | null; rows: Row[] }[] = [];
  const open = new Map<Shaped, { shape: Shaped; rows: Row[] }>();
  for (const row of rows) {
    const shape = shapeOf.get(row.name);
    if (!shape) {
      groups.push({ shape: null, rows: [row] });
      continue;
    }
    let group = open.get(shape);
    if (!group) {
      group = { shape, rows: [] };
      open.set(shape, group);
      groups.push(group);
    }
    group.rows.push(row);
  }
  return groups;
}
