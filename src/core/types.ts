/**
 * The engine's data: source spans, results, graph nodes and edges.
 * Plain, immutable data — the app, the CLI and the tests only read it.
 */
import type { MessageRef } from './language/message.ts';
import type { OpName } from './engine/ops.ts';

/** A stretch of program text. Offsets are 0-based; line and column are 1-based. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
}

/** A user error: something the student typed, with where it is. */
export interface ProgramError {
  /** In English (the CLI's JSON and LANGUAGE.md); `ref` says it in any catalog's language. */
  readonly message: string;
  readonly ref: MessageRef;
  readonly span: Span;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ProgramError };

export interface Warning {
  readonly kind: 'default-input' | 'non-finite' | 'no-inputs';
  readonly message: string;
  readonly ref: MessageRef;
  readonly span?: Span;
  readonly nodeId?: number;
}

interface NodeBase {
  readonly id: number;
  /** The name the program gives this node, if any (`q` in `q = x + y`). */
  readonly name?: string;
  /** KaTeX source that names this node in formulas: `w_{0}`, or a short expression for anonymous gates. */
  readonly label: string;
  /** Plain-text counterpart of `label` for screen readers and the CLI. */
  readonly text: string;
  /**
   * For an anonymous gate that formulas call by a generated name (`g₁`, TeX `\mathsf{g}_{1}`):
   * that name, to draw beside the gate so a formula's g₁ can be found on the graph. Undefined
   * where formulas use the node's own name or its (short) expression.
   */
  readonly gateName?: string;
  /** How strongly `label` binds (ops.ts `Prec`), for bracketing it inside bigger formulas. */
  readonly labelPrec: number;
  readonly textPrec: number;
  /** Where the node's expression stands in the program. */
  readonly span: Span;
  /** For named nodes, where the name is written on the left of `=` (or first used, for default inputs). */
  readonly nameSpan?: Span;
}

export interface InputNode extends NodeBase {
  readonly kind: 'input';
  readonly name: string;
  /** Declared in the program (`x = -2`) or used without a declaration (defaults to 1). */
  readonly declared: boolean;
}

export interface ConstNode extends NodeBase {
  readonly kind: 'const';
  readonly value: number;
}

export interface GateNode extends NodeBase {
  readonly kind: 'gate';
  readonly op: OpName;
  /** Ordered operand node ids: `x*x` has args [x, x]. */
  readonly args: readonly number[];
  /** Ids of the edges feeding each operand, parallel to `args`. */
  readonly inEdges: readonly number[];
}

export type GraphNode = InputNode | ConstNode | GateNode;

/** One operand slot: value flows from → to, gradient flows back along it. */
export interface Edge {
  readonly id: number;
  readonly from: number;
  readonly to: number;
  /** Which operand of `to` this edge feeds (0 or 1). */
  readonly argIndex: number;
  /** Where the operand is written: for `x + y`, the `x` that links this use to its node. */
  readonly span: Span;
}

/** A computational graph. Nodes are in topological order: every node comes after its operands. */
export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly Edge[];
  /** Per node, the ids of the edges leaving it, in creation order (its fan-out). */
  readonly outEdges: readonly (readonly number[])[];
  readonly output: number;
  readonly outputName: string;
  /** Input node ids in the order the program introduces them. */
  readonly inputs: readonly number[];
  readonly names: ReadonlyMap<string, number>;
  /** Equal for graphs of the same shape (ops, edges, names) whatever their numbers: the layout cache key. */
  readonly layoutKey: string;
  /** Equal for graphs that compute the same thing from the same inputs (shape plus constants). */
  readonly key: string;
}
