/**
 * The AST the parser builds (every node with its source span), and walking it. Expressions
 * nest as deep as the text does (a 10,000-term `a+b+…` is 10,000 levels), so walks are
 * post-order folds over an explicit stack, never recursion.
 */
import type { OpName } from '../engine/ops.ts';
import type { SourceMap } from './lexer.ts';
import type { Span } from '../types.ts';

export type Expr =
  | { readonly kind: 'number'; readonly value: number; readonly span: Span }
  | { readonly kind: 'name'; readonly name: string; readonly span: Span }
  | { readonly kind: 'unary'; readonly op: 'neg' | 'pos'; readonly operand: Expr; readonly span: Span }
  | { readonly kind: 'binary'; readonly op: 'add' | 'sub' | 'mul' | 'div' | 'pow'; readonly left: Expr; readonly right: Expr; readonly span: Span; /** The operator itself (a shape error points at it). */ readonly opSpan?: Span }
  | { readonly kind: 'call'; readonly op: OpName; readonly callee: string; readonly args: readonly Expr[]; readonly span: Span }
  // Vectors and matrices (LANGUAGE.md): shorthand that language/unfold.ts rewrites into the
  // scalar kinds above before a graph is built, so nothing past the unfolding meets them.
  /** `[1, 2]`, or a matrix as rows `[[1, 2], [3, 4]]`. */
  | { readonly kind: 'array'; readonly items: readonly Expr[]; readonly span: Span }
  | { readonly kind: 'matmul'; readonly left: Expr; readonly right: Expr; readonly span: Span; readonly opSpan: Span }
  /** `v[2]`, `A[3, 1]`: 1-based integer literals. */
  | { readonly kind: 'index'; readonly target: Expr; readonly indices: readonly number[]; readonly span: Span }
  | { readonly kind: 'shapeCall'; readonly fn: ShapeFunction; readonly arg: Expr; readonly span: Span; readonly calleeSpan: Span };

/** Functions of a whole vector or matrix; like the op table's functions, their names are reserved. */
export const SHAPE_FUNCTIONS = ['sum', 'mean', 'transpose'] as const;
export type ShapeFunction = (typeof SHAPE_FUNCTIONS)[number];

export type Statement =
  | {
    readonly kind: 'assign'; readonly name: string; readonly nameSpan: Span; readonly expr: Expr; readonly span: Span;
    /** Set by the unfolding for an entry that must be an identity node over its expression, never an input. */
    readonly identity?: boolean;
  }
  | { readonly kind: 'expr'; readonly expr: Expr; readonly span: Span };

export interface Program {
  readonly source: string;
  readonly statements: readonly Statement[];
  readonly map: SourceMap;
  /** Whether the text writes a vector or matrix (a literal, `@`, an index, sum/mean/transpose): then it is unfolded. */
  readonly vectorSyntax?: boolean;
  /** In an unfolded program: subexpressions used by several entries (a broadcast scalar), each built once. */
  readonly shared?: ReadonlySet<Expr>;
}

/** An expression's operands, in order. */
export function children(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'unary': return [e.operand];
    case 'binary': return [e.left, e.right];
    case 'call': return e.args;
    case 'array': return e.items;
    case 'matmul': return [e.left, e.right];
    case 'index': return [e.target];
    case 'shapeCall': return [e.arg];
    default: return [];
  }
}

/**
 * Folds `root` bottom-up: `visit` gets each node once its operands' results are in, left to right.
 * Where `reuse` has a result for an operand already (a subtree shared by several entries of an
 * unfolded vector), that result stands for it and its subtree is not walked again.
 */
export function foldExpr<T>(root: Expr, visit: (e: Expr, kids: T[]) => T, reuse?: (e: Expr) => T | undefined): T {
  // Each frame keeps its operands: `children` builds a fresh array, once per node, not once per visit.
  const stack: { e: Expr; operands: readonly Expr[]; next: number; kids: T[] }[] = [{ e: root, operands: children(root), next: 0, kids: [] }];
  for (;;) {
    const top = stack[stack.length - 1];
    if (top.next < top.operands.length) {
      const kid = top.operands[top.next++];
      const known = reuse?.(kid);
      if (known !== undefined) top.kids.push(known);
      else stack.push({ e: kid, operands: children(kid), next: 0, kids: [] });
      continue;
    }
    stack.pop();
    const done = visit(top.e, top.kids);
    if (stack.length === 0) return done;
    stack[stack.length - 1].kids.push(done);
  }
}
