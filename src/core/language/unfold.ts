/**
 * Vectors and matrices → scalars (LANGUAGE.md, "Vectors and matrices"). Before a graph is
 * built, every vector or matrix statement is rewritten into one scalar statement per entry
 * (`h1 = relu(W1 @ x + b1)` → `h1_1 = relu(W1_11*x_1 + W1_12*x_2 + b1_1)`, …), so the one
 * scalar engine builds, differentiates, draws and steps it; the shapes are kept beside the
 * program (`Shaped`) for the CLI's `shapes` and the Layers view. Unfolded nodes keep the spans
 * of what was written: an entry's gates point at the operator that made them.
 */
import { foldExpr } from './ast.ts';
import { say, type Said } from './message.ts';
import { MAX_NODES, type Expr, type Program, type Statement } from './parser.ts';
import { collapse, entryName, scalar, shapeOf, tensor, type Val } from './shapes.ts';
import type { Result, Span } from '../types.ts';

export { entryName } from './shapes.ts';

/** A vector or matrix that a statement names: its size and its entries' names, row by row. */
export interface Shaped {
  readonly name: string;
  /** Rows, and columns (0 for a vector, a column of `rows` entries). */
  readonly rows: number;
  readonly cols: number;
  /** Its entries' names in row-major order: `W1_11, W1_12, W1_21, …`. */
  readonly entries: readonly string[];
  /** The statement's position in the program as written, and its text. */
  readonly statement: number;
  readonly span: Span;
  readonly nameSpan: Span;
  /** A literal of numbers: its entries are inputs. */
  readonly input: boolean;
}

/** A program with no vector or matrix left in it, and the shapes it had. */
export interface Unfolded {
  readonly program: Program;
  readonly shapes: readonly Shaped[];
}

class ShapeError {
  constructor(readonly said: Said, readonly span: Span) {}
}

function signedNumber(e: Expr): boolean {
  return e.kind === 'number' || (e.kind === 'unary' && e.operand.kind === 'number');
}
const allNumbers = (e: Expr): boolean => (e.kind === 'array' ? e.items.every(allNumbers) : signedNumber(e));
const BINARY_SYMBOL = { add: "'+'", sub: "'-'", mul: "'*'", div: "'/'", pow: "'^'" } as const;

export function unfold(program: Program): Result<Unfolded> {
  if (!program.vectorSyntax) return { ok: true, value: { program, shapes: [] } };
  try {
    return { ok: true, value: new Unfolder(program).run() };
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, error: { ...e.said, span: e.span } };
    throw e;
  }
}

class Unfolder {
  private readonly shapes = new Map<string, Shaped>();
  private readonly definedAt = new Map<string, Span>();
  private readonly defined = new Set<string>();
  /** Entry name → the vector or matrix that owns it. */
  private readonly owners = new Map<string, Shaped>();
  /** Scalar expressions a broadcast uses for several entries: the builder makes each one node. */
  private readonly shared = new Set<Expr>();
  private nodes = 0;
  /** The operator being unfolded: where the node cap's error points. */
  private at: Span;

  constructor(private readonly program: Program) {
    this.at = program.statements[0].span;
  }

  run(): Unfolded {
    const { statements } = this.program;
    for (const s of statements) {
      if (s.kind !== 'assign') continue;
      const earlier = this.definedAt.get(s.name);
      if (earlier) throw new ShapeError(say('definedTwice', s.name, earlier.line), s.nameSpan);
      this.definedAt.set(s.name, s.nameSpan);
    }
    const out: Statement[] = [];
    statements.forEach((s, k) => this.statement(s, k, k === statements.length - 1, out));
    const program: Program = { source: this.program.source, map: this.program.map, statements: out, shared: this.shared };
    return { program, shapes: [...this.shapes.values()] };
  }

  private statement(s: Statement, k: number, isLast: boolean, out: Statement[]): void {
    const v = collapse(foldExpr<Val>(s.expr, (e, kids) => this.visit(e, kids)));
    const name = s.kind === 'assign' ? s.name : 'f';
    if (v.kind === 'scalar') {
      out.push({ ...s, expr: v.e });
      this.defined.add(name);
      return;
    }
    if (isLast || s.kind !== 'assign') throw new ShapeError(say('vectorOutput', name, v.rows, v.cols), s.span);
    const input = allNumbers(s.expr);
    const shaped: Shaped = {
      name, rows: v.rows, cols: v.cols, entries: v.items.map((_, i) => entryName(name, v.rows, v.cols, i)),
      statement: k, span: s.span, nameSpan: s.nameSpan, input,
    };
    this.claimEntries(shaped);
    shaped.entries.forEach((entry, i) => {
      const expr = v.items[i];
      if (input) out.push({ kind: 'assign', name: entry, nameSpan: s.nameSpan, expr, span: expr.span });
      // A literal of expressions makes identity nodes (LANGUAGE.md); so does a computed entry that is a bare number, which must not become an input.
      else out.push({ kind: 'assign', name: entry, nameSpan: s.nameSpan, expr, span: s.span, identity: s.expr.kind === 'array' || signedNumber(expr) });
    });
    this.shapes.set(name, shaped);
    this.defined.add(name);
  }

  /** An entry's name may be no other name of the program: the error points at whichever comes later. */
  private claimEntries(shaped: Shaped): void {
    for (const entry of shaped.entries) {
      const scalarAt = this.definedAt.get(entry);
      const owner = this.owners.get(entry);
      if (scalarAt === undefined && owner === undefined) { this.owners.set(entry, shaped); continue; }
      const vector = owner ?? shaped;
      const later = scalarAt !== undefined && scalarAt.start > shaped.nameSpan.start ? scalarAt : shaped.nameSpan;
      throw new ShapeError(say('entryClash', entry, vector.name, vector.cols, vector.nameSpan.line), later);
    }
  }

  private mk<E extends Expr>(e: E): E {
    if (++this.nodes > MAX_NODES) throw new ShapeError(say('tooManyUnfolded', MAX_NODES), this.at);
    return e;
  }

  private visit(e: Expr, kids: Val[]): Val {
    switch (e.kind) {
      case 'number': return scalar(this.mk(e));
      case 'name': return this.reference(e);
      case 'unary':
        this.at = e.span;
        return this.map(kids[0], (a) => this.mk({ ...e, operand: a }));
      case 'binary':
        this.at = e.opSpan ?? e.span;
        return this.zip(BINARY_SYMBOL[e.op], kids[0], kids[1], (a, b) => this.mk({ ...e, left: a, right: b }));
      case 'call': {
        this.at = { ...e.span, end: e.span.start + e.callee.length };
        if (kids.length === 1) return this.map(kids[0], (a) => this.mk({ ...e, args: [a] }));
        return this.zip(e.callee, kids[0], kids[1], (a, b) => this.mk({ ...e, args: [a, b] }));
      }
      case 'matmul':
        this.at = e.opSpan;
        return this.matmul(e, kids[0], kids[1]);
      case 'array': return this.array(e, kids);
      case 'index': return this.index(e, kids[0]);
      case 'shapeCall':
        this.at = e.calleeSpan;
        return this.shapeCall(e, kids[0]);
    }
  }

  private reference(e: Extract<Expr, { kind: 'name' }>): Val {
    const shaped = this.shapes.get(e.name);
    if (shaped) return tensor(shaped.rows, shaped.cols, shaped.entries.map((name) => this.mk({ kind: 'name', name, span: e.span })));
    const defined = this.definedAt.get(e.name);
    if (defined && !this.defined.has(e.name)) throw new ShapeError(say('usedBeforeDefined', e.name, defined.line), e.span);
    return scalar(this.mk(e));
  }

  private map(a: Val, f: (x: Expr) => Expr): Val {
    return a.kind === 'scalar' ? scalar(f(a.e)) : tensor(a.rows, a.cols, a.items.map(f));
  }

  /** Entry by entry on equal shapes; a scalar is used for every entry (one node, fanning out). */
  private zip(op: string, a: Val, b: Val, f: (x: Expr, y: Expr) => Expr): Val {
    if (a.kind === 'scalar' && b.kind === 'scalar') return scalar(f(a.e, b.e));
    if (a.kind === 'scalar' && b.kind === 'tensor') return this.share(a.e, b, (x) => f(a.e, x));
    if (a.kind === 'tensor' && b.kind === 'scalar') return this.share(b.e, a, (x) => f(x, b.e));
    if (a.kind === 'scalar' || b.kind === 'scalar') throw new Error('unreachable');
    if (a.rows !== b.rows || a.cols !== b.cols) throw new ShapeError(say('shapeMismatch', op, a.rows, a.cols, b.rows, b.cols), this.at);
    return tensor(a.rows, a.cols, a.items.map((x, i) => f(x, b.items[i])));
  }

  private share(e: Expr, t: Extract<Val, { kind: 'tensor' }>, f: (x: Expr) => Expr): Val {
    if (e.kind !== 'name' && e.kind !== 'number') this.shared.add(e);
    return tensor(t.rows, t.cols, t.items.map(f));
  }

  /** Σ_k a_k·b_k as the hand-written line: multiply gates, added left to right by binary add gates. */
  private dot(e: Extract<Expr, { kind: 'matmul' }>, a: readonly Expr[], b: readonly Expr[]): Expr {
    let sum: Expr | undefined;
    for (let k = 0; k < a.length; k++) {
      const term = this.mk<Expr>({ kind: 'binary', op: 'mul', left: a[k], right: b[k], span: e.span, opSpan: e.opSpan });
      sum = sum === undefined ? term : this.mk<Expr>({ kind: 'binary', op: 'add', left: sum, right: term, span: e.span, opSpan: e.opSpan });
    }
    return sum as Expr;
  }

  private matmul(e: Extract<Expr, { kind: 'matmul' }>, a: Val, b: Val): Val {
    if (a.kind === 'scalar' || b.kind === 'scalar') throw new ShapeError(say('matmulScalar', a.kind === 'scalar' ? 'left' : 'right'), e.opSpan);
    const fail = (said: Said) => { throw new ShapeError(said, e.opSpan); };
    const row = (m: Extract<Val, { kind: 'tensor' }>, i: number) => m.items.slice(i * m.cols, (i + 1) * m.cols);
    const col = (m: Extract<Val, { kind: 'tensor' }>, j: number) => Array.from({ length: m.rows }, (_, i) => m.items[i * m.cols + j]);
    if (a.cols === 0 && b.cols === 0) {
      if (a.rows !== b.rows) fail(say('vecVec', a.rows, b.rows));
      return scalar(this.dot(e, a.items, b.items));
    }
    if (b.cols === 0) {
      if (a.cols !== b.rows) fail(say('matVec', a.rows, a.cols, b.rows));
      return collapse(tensor(a.rows, 0, Array.from({ length: a.rows }, (_, i) => this.dot(e, row(a, i), b.items))));
    }
    if (a.cols === 0) {
      if (a.rows !== b.rows) fail(say('vecMat', a.rows, b.rows, b.cols));
      return collapse(tensor(b.cols, 0, Array.from({ length: b.cols }, (_, j) => this.dot(e, a.items, col(b, j)))));
    }
    if (a.cols !== b.rows) fail(say('matMat', a.rows, a.cols, b.rows, b.cols));
    const items: Expr[] = [];
    for (let i = 0; i < a.rows; i++) for (let j = 0; j < b.cols; j++) items.push(this.dot(e, row(a, i), col(b, j)));
    return collapse(tensor(a.rows, b.cols, items));
  }

  /** A literal: a vector of scalars, or a matrix of rows (a one-entry row stays a row). */
  private array(e: Extract<Expr, { kind: 'array' }>, kids: Val[]): Val {
    const isRow = e.items.map((item) => item.kind === 'array');
    const mixed = isRow.findIndex((r) => r !== isRow[0]);
    if (mixed >= 0) throw new ShapeError(say('mixedRows'), e.items[mixed].span);
    const entriesOf = (v: Val, at: Expr): readonly Expr[] => {
      if (v.kind === 'scalar') return [v.e];
      if (v.cols !== 0 || !isRow[0]) throw new ShapeError(say('entryNotScalar', v.rows, v.cols), at.span);
      return v.items;
    };
    if (!isRow[0]) return collapse(tensor(kids.length, 0, kids.map((k, i) => entriesOf(k, e.items[i])[0])));
    const rows = kids.map((k, i) => entriesOf(k, e.items[i]));
    const width = rows[0].length;
    const ragged = rows.findIndex((r) => r.length !== width);
    if (ragged >= 0) throw new ShapeError(say('raggedRows', ragged + 1, rows[ragged].length, width), e.items[ragged].span);
    return collapse(tensor(rows.length, width, rows.flat()));
  }

  private index(e: Extract<Expr, { kind: 'index' }>, target: Val): Val {
    const { rows, cols } = shapeOf(target);
    const wanted = cols === 0 ? 1 : 2;
    const ix = e.indices;
    // A scalar is its own one entry: b3[1] (or b3[1, 1]) is b3.
    if (target.kind === 'scalar') {
      if (ix.every((i) => i === 1) && ix.length <= 2) return target;
      throw new ShapeError(say('indexRange', ix.join(', '), 1, 0), e.span);
    }
    if (ix.length !== wanted) throw new ShapeError(say('indexCount', cols, ix.length), e.span);
    if (ix[0] > rows || (cols > 0 && ix[1] > cols)) throw new ShapeError(say('indexRange', ix.join(', '), rows, cols), e.span);
    return scalar(target.items[cols === 0 ? ix[0] - 1 : (ix[0] - 1) * cols + ix[1] - 1]);
  }

  private shapeCall(e: Extract<Expr, { kind: 'shapeCall' }>, v: Val): Val {
    if (v.kind === 'scalar') return v;
    if (e.fn === 'transpose') {
      if (v.cols === 0) return v;
      const items: Expr[] = [];
      for (let j = 0; j < v.cols; j++) for (let i = 0; i < v.rows; i++) items.push(v.items[i * v.cols + j]);
      return tensor(v.cols, v.rows, items);
    }
    let sum = v.items[0];
    for (let k = 1; k < v.items.length; k++) sum = this.mk<Expr>({ kind: 'binary', op: 'add', left: sum, right: v.items[k], span: e.span });
    if (e.fn === 'sum') return scalar(sum);
    const n = this.mk<Expr>({ kind: 'number', value: v.items.length, span: e.span });
    return scalar(this.mk<Expr>({ kind: 'binary', op: 'div', left: sum, right: n, span: e.span }));
  }
}
