/**
 * The Primitives view's rewrite: calls of ops that have an expansion in the op table
 * (`sigmoid(z)` → `1 / (1 + exp(-z))`) are replaced in the AST by that expansion, before the
 * graph is built, so the ordinary engine runs on the elementary gates. The operand's own
 * subtree is kept (with its spans); the gates the expansion adds carry the call's span, so
 * they still link back to the text that wrote them.
 */
import { OPS, type OpName } from './ops.ts';
import { foldExpr } from '../language/ast.ts';
import { parse, type Expr, type Program, type Statement } from '../language/parser.ts';
import type { Span } from '../types.ts';

/** Which fused calls to expand: all of them, or those at these positions in `expandableCalls` order. */
export type ExpandWhich = 'all' | ReadonlySet<number>;

const templates = new Map<OpName, Expr>();

/** The op table's expansion, parsed once. Its operand is the name `a`. */
function template(op: OpName): Expr | null {
  const text = OPS[op].expansion;
  if (text === null) return null;
  let t = templates.get(op);
  if (!t) {
    const parsed = parse(text);
    if (!parsed.ok || parsed.value.statements[0].kind !== 'expr') throw new Error(`bad expansion of ${op}: ${text}`);
    t = parsed.value.statements[0].expr;
    templates.set(op, t);
  }
  return t;
}

export const hasExpansion = (op: OpName) => OPS[op].expansion !== null;

/** The expansion of `op` applied to `operand`, itself fully expanded (tanh's uses sigmoid). */
function instantiate(op: OpName, operand: Expr, span: Span): Expr {
  const t = template(op) as Expr;
  // Templates are a few nodes deep: recursion is safe here.
  const build = (e: Expr): Expr => {
    switch (e.kind) {
      case 'number': return { ...e, span };
      case 'name': return e.name === 'a' ? operand : { ...e, span };
      case 'unary': return { ...e, operand: build(e.operand), span };
      case 'binary': return { ...e, left: build(e.left), right: build(e.right), span };
      case 'call': {
        const args = e.args.map(build);
        return hasExpansion(e.op) ? instantiate(e.op, args[0], span) : { ...e, args, span };
      }
      default: throw new Error(`an op expansion holds no ${e.kind}`);
    }
  };
  return build(t);
}

function rebuild(e: Expr, kids: Expr[]): Expr {
  switch (e.kind) {
    case 'unary': return kids[0] === e.operand ? e : { ...e, operand: kids[0] };
    case 'binary': return kids[0] === e.left && kids[1] === e.right ? e : { ...e, left: kids[0], right: kids[1] };
    case 'call': return kids.every((k, i) => k === e.args[i]) ? e : { ...e, args: kids };
    default: return e;
  }
}

/**
 * Post-order walk of every statement's expression with an explicit stack (a 10,000-term sum is
 * 10,000 levels deep), calling `visit` on each node once its operands are done.
 */
function walk(program: Program, visit: (e: Expr, kids: Expr[]) => Expr): Statement[] {
  return program.statements.map((s) => {
    const result = foldExpr<Expr>(s.expr, visit);
    return result === s.expr ? s : { ...s, expr: result };
  });
}

/** Where each fused call that has an expansion is written, in the order `ExpandWhich` counts them. */
export function expandableCalls(program: Program): Span[] {
  const spans: Span[] = [];
  walk(program, (e) => {
    if (e.kind === 'call' && hasExpansion(e.op)) spans.push(e.span);
    return e;
  });
  return spans;
}

/** The program with the chosen fused calls written as their elementary gates. */
export function expandProgram(program: Program, which: ExpandWhich = 'all'): Program {
  let ordinal = 0;
  const statements = walk(program, (e, kids) => {
    const node = rebuild(e, kids);
    if (node.kind !== 'call' || !hasExpansion(node.op)) return node;
    const chosen = which === 'all' || which.has(ordinal);
    ordinal++;
    return chosen ? instantiate(node.op, node.args[0], node.span) : node;
  });
  return { ...program, statements };
}
