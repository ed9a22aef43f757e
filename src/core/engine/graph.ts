/**
 * AST → Graph. Every operator application or call becomes one gate; numeric literals become
 * constant leaves; a name used k times gets k outgoing edges. Nodes are created operands-first,
 * so creation order is a topological order (ties broken by position in the text).
 * The AST walk uses an explicit stack: a 10,000-term `a+b+c+…` is 10,000 levels deep.
 */
import { children, foldExpr } from '../language/ast.ts';
import { compileTape } from './evaluate.ts';
import { CONSTANTS, type OpName } from './ops.ts';
import { say, type Said } from '../language/message.ts';
import type { Expr, Program, Statement } from '../language/parser.ts';
import { unfold, type Shaped } from '../language/unfold.ts';
import { nodeLabels } from '../tex/tex.ts';
import type { Edge, Graph, GraphNode, Result, Span, Warning } from '../types.ts';

/** A graph plus the numbers the program gives its inputs (parallel to `graph.inputs`). */
export interface BuiltGraph {
  readonly graph: Graph;
  readonly inputValues: readonly number[];
  readonly warnings: readonly Warning[];
  /** The program the graph was built from: scalar only, its vectors and matrices unfolded (language/unfold.ts). */
  readonly program: Program;
  /** Each vector or matrix the program names, with its entries; empty for a scalar program. */
  readonly shapes: readonly Shaped[];
}

type Draft =
  | { kind: 'input'; name: string; declared: boolean; span: Span; nameSpan: Span }
  | { kind: 'const'; value: number; symbol?: string; span: Span }
  | { kind: 'gate'; op: OpName; args: number[]; argSpans: Span[]; name?: string; span: Span; nameSpan?: Span };

class UserError {
  constructor(readonly said: Said, readonly span: Span) {}
}

export function buildGraph(program: Program): Result<BuiltGraph> {
  const stages = buildGraphInStages(program);
  for (let r = stages.next(); ; r = stages.next()) if (r.done) return r.value;
}

/** Statements built between two pauses of `buildGraphInStages`. */
const STAGE_STATEMENTS = 500;

/** `buildGraph`, pausing (a `yield`) every STAGE_STATEMENTS statements: see analyzeViewInStages. */
export function* buildGraphInStages(program: Program): Generator<void, Result<BuiltGraph>> {
  const unfolded = unfold(program);
  if (!unfolded.ok) return unfolded;
  try {
    const built = yield* new Builder(unfolded.value.program).build();
    return { ok: true, value: { ...built, program: unfolded.value.program, shapes: unfolded.value.shapes } };
  } catch (e) {
    if (e instanceof UserError) return { ok: false, error: { ...e.said, span: e.span } };
    throw e;
  }
}

function signedNumber(e: Expr): number | undefined {
  if (e.kind === 'number') return e.value;
  if (e.kind === 'unary' && e.operand.kind === 'number') return e.op === 'neg' ? -e.operand.value : e.operand.value;
  return undefined;
}

class Builder {
  private readonly drafts: Draft[] = [];
  private readonly names = new Map<string, number>();
  private readonly inputValues: number[] = [];
  private readonly inputs: number[] = [];
  private readonly warnings: Warning[] = [];
  /** Where each name is defined, found before building so a use before its line is an error. */
  private readonly definedAt = new Map<string, Span>();
  /** Shared subexpressions of an unfolded program, built once. */
  private readonly built = new Map<Expr, number>();

  constructor(private readonly program: Program) {}

  *build(): Generator<void, Omit<BuiltGraph, 'program' | 'shapes'>> {
    const { statements } = this.program;
    for (const s of statements) {
      if (s.kind !== 'assign') continue;
      const earlier = this.definedAt.get(s.name);
      if (earlier) throw new UserError(say('definedTwice', s.name, earlier.line), s.nameSpan);
      this.definedAt.set(s.name, s.nameSpan);
    }
    let output = -1;
    for (let i = 0; i < statements.length; i++) {
      output = this.statement(statements[i], i === statements.length - 1);
      if ((i + 1) % STAGE_STATEMENTS === 0) yield;
    }
    return yield* this.finish(output);
  }

  private statement(s: Statement, isLast: boolean): number {
    if (s.kind === 'expr') {
      if (!isLast) throw new UserError(say('unnamedNotLast'), s.span);
      if (this.names.has('f') || this.definedAt.has('f')) {
        throw new UserError(say('fTaken'), s.span);
      }
      return this.named('f', s.expr, s.span, s.span);
    }
    const value = s.identity ? undefined : signedNumber(s.expr);
    if (value !== undefined) {
      const id = this.add({ kind: 'input', name: s.name, declared: true, span: s.span, nameSpan: s.nameSpan });
      this.inputs.push(id);
      this.inputValues.push(value);
      this.names.set(s.name, id);
      return id;
    }
    return this.named(s.name, s.expr, s.span, s.nameSpan, s.identity);
  }

  /** Names a freshly built gate, or wraps an existing node (`u = w0`) in an identity gate. */
  private named(name: string, expr: Expr, span: Span, nameSpan: Span, identity = false): number {
    const id = this.expression(expr);
    const d = this.drafts[id];
    const fresh = !identity && d.kind === 'gate' && d.name === undefined && id === this.drafts.length - 1;
    const named = fresh ? id : this.add({ kind: 'gate', op: 'identity', args: [id], argSpans: [expr.span], span });
    const gate = this.drafts[named] as Extract<Draft, { kind: 'gate' }>;
    gate.name = name;
    gate.nameSpan = nameSpan;
    this.names.set(name, named);
    return named;
  }

  private expression(root: Expr): number {
    const { shared } = this.program;
    if (!shared) return foldExpr<number>(root, (e, ids) => this.node(e, ids));
    // A scalar an unfolded vector broadcasts is one node with an edge to every entry that uses it.
    return foldExpr<number>(root, (e, ids) => {
      const id = this.node(e, ids);
      if (shared.has(e)) this.built.set(e, id);
      return id;
    }, (e) => this.built.get(e));
  }

  private node(e: Expr, args: number[]): number {
    switch (e.kind) {
      case 'number': return this.add({ kind: 'const', value: e.value, span: e.span });
      case 'name': return this.reference(e.name, e.span);
      case 'unary':
      case 'binary':
      case 'call':
        return this.add({ kind: 'gate', op: e.op, args, argSpans: children(e).map((c) => c.span), span: e.span });
      default: throw new Error(`${e.kind} is unfolded before the graph is built`);
    }
  }

  private reference(name: string, span: Span): number {
    const constant = CONSTANTS.get(name);
    if (constant !== undefined) return this.add({ kind: 'const', value: constant, symbol: name, span });
    const id = this.names.get(name);
    if (id !== undefined) return id;
    const defined = this.definedAt.get(name);
    if (defined) throw new UserError(say('usedBeforeDefined', name, defined.line), span);
    const input = this.add({ kind: 'input', name, declared: false, span, nameSpan: span });
    this.inputs.push(input);
    this.inputValues.push(1);
    this.names.set(name, input);
    this.warnings.push({
      kind: 'default-input',
      ...say('defaultInput', name),
      span,
      nodeId: input,
    });
    return input;
  }

  private add(d: Draft): number {
    this.drafts.push(d);
    return this.drafts.length - 1;
  }

  /** The frozen graph from the drafts, in a few stages (a 9,000-node program's finish is ≈ 50 ms each). */
  private *finish(output: number): Generator<void, Omit<BuiltGraph, 'program' | 'shapes'>> {
    const { drafts } = this;
    const edges: Edge[] = [];
    const outEdges: number[][] = drafts.map(() => []);
    const inEdges: number[][] = drafts.map(() => []);
    drafts.forEach((d, to) => {
      if (d.kind !== 'gate') return;
      d.args.forEach((from, argIndex) => {
        const id = edges.length;
        edges.push(Object.freeze({ id, from, to, argIndex, span: d.argSpans[argIndex] }));
        outEdges[from].push(id);
        inEdges[to].push(id);
      });
    });
    yield;
    const labels = nodeLabels(drafts);
    yield;
    const nodes: GraphNode[] = drafts.map((d, id) => {
      const { label, text, prec: labelPrec, textPrec, gateName } = labels[id];
      // Explicit fields, not spreads: every node of a kind gets one shape, which V8 builds and reads fast.
      if (d.kind === 'input') {
        return Object.freeze({ kind: 'input', id, name: d.name, declared: d.declared, span: d.span, nameSpan: d.nameSpan, label, text, labelPrec, textPrec });
      }
      if (d.kind === 'const') return Object.freeze({ kind: 'const', id, value: d.value, span: d.span, label, text, labelPrec, textPrec });
      return Object.freeze({
        kind: 'gate', id, op: d.op, args: Object.freeze(d.args), inEdges: Object.freeze(inEdges[id]),
        name: d.name, span: d.span, nameSpan: d.nameSpan, label, text, labelPrec, textPrec, gateName,
      });
    });
    yield;
    const outputName = (nodes[output] as { name?: string }).name ?? 'f';
    const graph: Graph = Object.freeze({
      nodes: Object.freeze(nodes),
      edges: Object.freeze(edges),
      outEdges: Object.freeze(outEdges.map((e) => Object.freeze(e))),
      output,
      outputName,
      inputs: Object.freeze(this.inputs),
      names: this.names,
      ...structureKeys(drafts, output),
    });
    yield;
    // The tape evaluation needs anyway already knows, in one pass, what depends on an input.
    if (!compileTape(graph).dependsOnInput[output]) {
      this.warnings.push({ kind: 'no-inputs', ...say('noInputs') });
    }
    return { graph, inputValues: Object.freeze(this.inputValues), warnings: Object.freeze(this.warnings) };
  }
}

function structureKeys(drafts: readonly Draft[], output: number): { layoutKey: string; key: string } {
  const shape: string[] = [];
  const constants: string[] = [];
  for (const d of drafts) {
    if (d.kind === 'gate') shape.push(`${d.op}(${d.args.join(',')})${d.name ?? ''}`);
    else if (d.kind === 'input') shape.push(`in:${d.name}`);
    else {
      shape.push(`c:${d.symbol ?? ''}`);
      constants.push(String(d.value));
    }
  }
  const layoutKey = `${output}|${shape.join(';')}`;
  return { layoutKey, key: `${layoutKey}|${constants.join(',')}` };
}

