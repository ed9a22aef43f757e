/**
 * Walking the AST. Expressions nest as deep as the text does (a 10,000-term `a+b+…` is 10,000
 * levels), so walks are post-order folds over an explicit stack, never recursion.
 */
import type { Expr } from './parser.ts';

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
