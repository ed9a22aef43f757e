/**
 * One statement's expression as a flat post-order array (operands before the gate that uses
 * them), so every walk over a line is a loop — a 10,000-term sum is 10,000 levels deep.
 * The Statements view evaluates a line's values and local partials from this, with the op
 * table's own forward rules and partial derivatives.
 */
import { foldExpr } from '../language/ast.ts';
import { CONSTANTS } from './ops.ts';
import { partialByName, valueByName } from './rules.ts';
import type { Expr } from '../language/parser.ts';
import type { Line, LinePart, Span } from '../types.ts';

export type { Line, LinePart } from '../types.ts';

/** Flattens `expr`; `resolve` maps a name to its node id (creating a default input if need be). */
export function flattenLine(expr: Expr, resolve: (name: string, at: Expr) => number): Line {
  const parts: LinePart[] = [];
  const varies: number[] = [];
  const refs: number[] = [];
  const refSpans: Span[] = [];
  const slotOf = new Map<number, number>();
  // Each part's index in `parts`: operands come first, so the root is the last part.
  foldExpr<number>(expr, (e, kids) => {
    let part: LinePart;
    let v = 0;
    if (e.kind === 'number') part = { kind: 'const', value: e.value };
    else if (e.kind === 'name') {
      const constant = CONSTANTS.get(e.name);
      if (constant !== undefined) part = { kind: 'const', value: constant, symbol: e.name };
      else {
        const node = resolve(e.name, e);
        let slot = slotOf.get(node);
        if (slot === undefined) {
          slot = refs.length;
          slotOf.set(node, slot);
          refs.push(node);
          refSpans.push(e.span);
        }
        part = { kind: 'ref', node, slot };
        v = 1;
      }
    } else if (e.kind === 'unary' || e.kind === 'binary' || e.kind === 'call') {
      part = { kind: 'op', op: e.op, kids };
      v = kids.some((k) => varies[k]) ? 1 : 0;
    } else throw new Error(`${e.kind} is unfolded before a line is flattened`);
    parts.push(part);
    varies.push(v);
    return parts.length - 1;
  });
  return { parts, varies: Uint8Array.from(varies), root: parts.length - 1, refs, refSpans };
}

/** Every part's value, given the values of the named nodes. */
export function lineValues(line: Line, nodeValues: ArrayLike<number>): Float64Array {
  const values = new Float64Array(line.parts.length);
  line.parts.forEach((p, i) => {
    if (p.kind === 'const') values[i] = p.value;
    else if (p.kind === 'ref') values[i] = nodeValues[p.node];
    else values[i] = valueByName(p.op, values[p.kids[0]], p.kids.length > 1 ? values[p.kids[1]] : 0);
  });
  return values;
}

/** The op table's local derivative of part `i` with respect to its operand `k` (rules.ts). */
export function partPartial(line: Line, values: Float64Array, i: number, k: number): number {
  const p = line.parts[i] as Extract<LinePart, { kind: 'op' }>;
  return partialByName(p.op, k, values[p.kids[0]], p.kids.length > 1 ? values[p.kids[1]] : 0, values[i]);
}

/**
 * ∂(line)/∂(each ref), parallel to `line.refs`: reverse mode inside the line — the chain rule
 * through its gates, adding the terms of a name used several times.
 */
export function lineLocals(line: Line, values: Float64Array): Float64Array {
  const adjoint = new Float64Array(line.parts.length);
  const locals = new Float64Array(line.refs.length);
  adjoint[line.root] = 1;
  for (let i = line.root; i >= 0; i--) {
    const p = line.parts[i];
    if (!line.varies[i]) continue;
    if (p.kind === 'ref') locals[p.slot] += adjoint[i];
    else if (p.kind === 'op') {
      p.kids.forEach((kid, k) => {
        if (line.varies[kid]) adjoint[kid] += adjoint[i] * partPartial(line, values, i, k);
      });
    }
  }
  return locals;
}
