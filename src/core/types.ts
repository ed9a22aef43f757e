/**
 * The engine's data: source spans, results, graph nodes and edges.
 * Plain, immutable data — the app, the CLI and the tests only read it.
 */
import type { MessageRef, PatternKey } from './language/message.ts';
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

// ---- the rules a view runs over its tape (engine/rules.ts) ----

/** One statement's expression as a flat post-order array (engine/line.ts). */
export type LinePart =
  /** A numeric literal or a built-in constant (`pi`): a value, never differentiated. */
  | { readonly kind: 'const'; readonly value: number; readonly symbol?: string }
  /** A use of a named node of the statement graph. */
  | { readonly kind: 'ref'; readonly node: number; /** Its position in `Line.refs`. */ readonly slot: number }
  | { readonly kind: 'op'; readonly op: OpName; readonly kids: readonly number[] };

export interface Line {
  readonly parts: readonly LinePart[];
  /** Does the part contain a name? Only those are differentiated (a literal exponent never is). */
  readonly varies: Uint8Array;
  /** Index of the part that is the whole expression: the last one. */
  readonly root: number;
  /** Distinct named nodes the line uses, in order of first use: the statement node's operands. */
  readonly refs: readonly number[];
  /** Per distinct ref, where its first use is written. */
  readonly refSpans: readonly Span[];
}

/** Op rules: each node one op-table gate; line rules: each node a whole statement (per node id, undefined for inputs). */
export type RuleSet =
  | { readonly kind: 'ops' }
  | { readonly kind: 'lines'; readonly lines: readonly (Line | undefined)[] };

// ---- a finished pass and its steps: plain data (a worker can post it, the CLI can print it) ----

/** A finished forward and backward pass over a view's tape: what the steps and the view index into. */
export interface Trace {
  readonly graph: Graph;
  /** The rules the pass ran (engine/rules.ts): the view's formulas are written by the same rules. */
  readonly rules: RuleSet;
  readonly inputValues: readonly number[];
  readonly values: Float64Array;
  readonly grads: Float64Array;
  /** Per edge: ∂to/∂from at these values, the one place a local partial is computed. */
  readonly locals: Float64Array;
  /** Per edge: the gradient term it carries back, ∂f/∂to · ∂to/∂from. */
  readonly contributions: Float64Array;
  readonly warnings: readonly Warning[];
}

export interface ForwardStep {
  readonly kind: 'forward';
  readonly index: number;
  readonly node: number;
  readonly operands: readonly { readonly node: number; readonly value: number }[];
  readonly value: number;
  readonly pattern?: undefined;
  readonly patternKey?: undefined;
}

/** One gradient term that reaches a node along one of its outgoing edges. */
export interface GradTerm {
  readonly edge: number;
  readonly consumer: number;
  readonly contribution: number;
}

/** Where a term stands in its operand's fan-out sum: the k-th of `count` to arrive, and the first two. */
export interface FanOutTerm {
  readonly k: number;
  readonly count: number;
  readonly first: readonly number[];
}

/** What a gate sends back along one operand edge: upstream × local. */
export interface LocalGrad {
  readonly edge: number;
  readonly operand: number;
  readonly argIndex: number;
  readonly localGrad: number;
  readonly contribution: number;
  /** The operand's gradient after this term is added: the running sum at a fan-out. */
  readonly runningSum: number;
  /** Set when the operand has other uses: this term is one of a sum. */
  readonly fanOut?: FanOutTerm;
}

export interface BackwardStep {
  readonly kind: 'backward';
  readonly index: number;
  readonly node: number;
  /** ∂f/∂node: the sum of `terms` (1 at the output). */
  readonly grad: number;
  /** One per use, in the order the backward pass reaches them (later consumers first). */
  readonly terms: readonly GradTerm[];
  /** Empty for inputs; operands that need no gradient (literals, all-literal parts) get no term. */
  readonly locals: readonly LocalGrad[];
  /** The gate pattern or step note, in English; `patternKey` finds it in a catalog's `engine.patterns`. */
  readonly pattern?: string;
  readonly patternKey?: PatternKey;
}

export type Step = ForwardStep | BackwardStep;

export interface Schedule {
  readonly steps: readonly Step[];
  readonly forwardCount: number;
  /** Per node, the index of its forward step (-1 for leaves, whose values are given). */
  readonly forwardStepOf: Int32Array;
  /** Per node, the index of its backward step (-1 where no gradient reaches it). */
  readonly backwardStepOf: Int32Array;
}

/** One operand's term in a tangent: ∂v/∂a · ȧ. */
export interface TangentTerm {
  readonly edge: number;
  readonly operand: number;
  readonly localGrad: number;
  /** ȧ, the operand's tangent. */
  readonly tangent: number;
  readonly contribution: number;
}

/** A forward-mode step: the seed ẋ = 1, then each gate's tangent in topological order. */
export interface TangentStep {
  readonly kind: 'tangent';
  readonly index: number;
  readonly node: number;
  readonly value: number;
  /** v̇ = ∂v/∂x. */
  readonly tangent: number;
  /** Empty for the seed step and for gates that do not depend on x. */
  readonly terms: readonly TangentTerm[];
  readonly textWord: 'seed' | 'tangent';
  /** On the last step only: ∂f/∂x, the sweep's result. */
  readonly result?: number;
}

export interface ForwardSchedule {
  /** The input the sweep differentiates by. */
  readonly wrt: number;
  readonly steps: readonly TangentStep[];
  /** Per node, ∂node/∂x (0 where the node does not depend on x). */
  readonly tangents: Float64Array;
  /** Per edge, the term ∂to/∂from · ḟrom it carries forward (0 where `from` does not depend on x). */
  readonly edgeTerms: Float64Array;
  /** Per node, the index of its step (-1 for leaves other than x). */
  readonly stepOf: Int32Array;
  /** ∂f/∂x: the output's tangent, the sweep's one result. */
  readonly gradient: number;
}
