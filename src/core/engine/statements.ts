/**
 * The Statements view: each named line of the program is one node, fed by the names it uses —
 * the network picture of the course (inputs and weights → h1 → h2 → ŷ → J).
 *
 * A line's local partial with respect to each name it uses is the chain rule through the
 * line's gates (line.ts: reverse mode inside the line, with the op table's partials), so the
 * gradients here are the gate graph's gradients computed in bigger steps. The step records
 * have the Gates view's shape (schedule.ts), so the step panel, the timeline and the CLI
 * read them unchanged.
 */
import type { Analysis } from '../index.ts';
import { patternText, stepText, type PatternKey } from '../language/message.ts';
import { flattenLine, lineLocals, lineValues, type Line } from './line.ts';
import type { OpName } from './ops.ts';
import type { Expr } from '../language/parser.ts';
import type { BackwardStep, ForwardStep, GradTerm, LocalGrad, Schedule, Step } from '../steps/schedule.ts';
import { linePartials, lineFormula, statementProduct, type LinePartials } from '../tex/statementTex.ts';
import { upstreamFormula, type Formula } from '../tex/stepTex.ts';
import type { Edge, GateNode, Graph, GraphNode, InputNode, Warning } from '../types.ts';
import type { Trace } from './evaluate.ts';
import { joinTex } from '../steps/steps.ts';


function signedNumber(e: Expr): number | undefined {
  if (e.kind === 'number') return e.value;
  if (e.kind === 'unary' && e.operand.kind === 'number') return e.op === 'neg' ? -e.operand.value : e.operand.value;
  return undefined;
}

interface Built {
  readonly graph: Graph;
  /** Per node, its line (undefined for inputs). */
  readonly lines: readonly (Line | undefined)[];
  /** Gate-graph node id → statement-graph node id, for names (and the nodes warnings point at). */
  readonly fromGate: (gateNode: number) => number | undefined;
}

/** What the Statements view needs of the gate analysis: its program, graph, inputs and warnings (no schedule). */
export type GateTrace = Pick<Analysis, 'program' | 'graph' | 'trace' | 'warnings' | 'inputValues'>;

/** The statement graph of a compiled program: inputs, then one node per named line. */
function buildStatementGraph(gates: GateTrace): Built {
  const { program, graph: g } = gates;
  const nodes: GraphNode[] = [];
  const lines: (Line | undefined)[] = [];
  const names = new Map<string, number>();
  const inputs: number[] = [];
  const addInput = (gateId: number) => {
    const n = g.nodes[gateId] as InputNode;
    const id = nodes.length;
    nodes.push(Object.freeze({ ...n, id }));
    lines.push(undefined);
    names.set(n.name, id);
    inputs.push(id);
    return id;
  };
  for (const s of program.statements) {
    const name = s.kind === 'assign' ? s.name : g.outputName;
    if (s.kind === 'assign' && signedNumber(s.expr) !== undefined) { addInput(g.names.get(name) as number); continue; }
    const line = flattenLine(s.expr, (ref) => names.get(ref) ?? addInput(g.names.get(ref) as number));
    const gateNode = g.nodes[g.names.get(name) as number];
    const root = line.parts[line.root];
    const op: OpName = root.kind === 'op' ? root.op : 'identity';
    const id = nodes.length;
    nodes.push({
      kind: 'gate', id, op, args: line.refs, inEdges: [], name, span: s.span,
      nameSpan: s.kind === 'assign' ? s.nameSpan : s.span,
      label: gateNode.label, text: gateNode.text, labelPrec: gateNode.labelPrec, textPrec: gateNode.textPrec,
    });
    lines.push(line);
    names.set(name, id);
  }
  const edges: Edge[] = [];
  const outEdges: number[][] = nodes.map(() => []);
  const frozen = nodes.map((n) => {
    if (n.kind !== 'gate') return n;
    const line = lines[n.id] as Line;
    const inEdges = n.args.map((from, argIndex) => {
      const edge = Object.freeze({ id: edges.length, from, to: n.id, argIndex, span: line.refExprs[argIndex].span });
      edges.push(edge);
      outEdges[from].push(edge.id);
      return edge.id;
    });
    return Object.freeze({ ...n, args: Object.freeze([...n.args]), inEdges: Object.freeze(inEdges) });
  });
  const output = names.get(g.outputName) as number;
  const graph: Graph = Object.freeze({
    nodes: Object.freeze(frozen), edges: Object.freeze(edges), outEdges: Object.freeze(outEdges.map((e) => Object.freeze(e))),
    output, outputName: g.outputName, inputs: Object.freeze(inputs), names,
    layoutKey: `statements|${g.layoutKey}`, key: `statements|${g.key}`,
  });
  // A warning about an anonymous gate points at the line that holds it.
  const fromGate = (gateId: number) => {
    const n = g.nodes[gateId];
    if (n.name !== undefined) return names.get(n.name);
    return frozen.find((s) => s.kind === 'gate' && s.span.start <= n.span.start && n.span.end <= s.span.end)?.id;
  };
  return { graph, lines, fromGate };
}

/** Per Statements trace, the local partial of a line (by node id) with respect to its k-th name. */
const linePartialsOf = new WeakMap<Trace, (node: number, argIndex: number) => number>();

/**
 * The local partials of every line of a Statements view, including lines the output does not
 * use (they get no backward step, but forward mode still passes tangents through them).
 * Undefined for a trace that is not a Statements view's.
 */
export function statementPartial(trace: Trace): ((node: number, argIndex: number) => number) | undefined {
  return linePartialsOf.get(trace);
}

/** The Statements view of an analysed program: its own graph, trace and schedule. */
export function statementsView(gates: GateTrace): Analysis {
  const { graph, lines, fromGate } = buildStatementGraph(gates);
  const { nodes, edges } = graph;
  const values = new Float64Array(nodes.length);
  const partValues: (Float64Array | undefined)[] = [];
  const locals: (Float64Array | undefined)[] = [];
  graph.inputs.forEach((id, k) => { values[id] = gates.trace.inputValues[k]; });
  for (const n of nodes) {
    const line = lines[n.id];
    if (!line) { partValues.push(undefined); continue; }
    const pv = lineValues(line, values);
    values[n.id] = pv[line.root];
    partValues.push(pv);
  }
  // Which nodes the output uses: only those get a gradient.
  const live = new Uint8Array(nodes.length);
  live[graph.output] = 1;
  for (let id = nodes.length - 1; id >= 0; id--) {
    const n = nodes[id];
    if (live[id] && n.kind === 'gate') for (const a of n.args) live[a] = 1;
  }
  const grads = new Float64Array(nodes.length);
  const contributions = new Float64Array(edges.length);
  grads[graph.output] = 1;
  for (let id = nodes.length - 1; id >= 0; id--) {
    const n = nodes[id];
    const line = lines[id];
    if (!live[id] || n.kind !== 'gate' || !line) { locals.push(undefined); continue; }
    const l = lineLocals(line, partValues[id] as Float64Array);
    locals.push(l);
    n.args.forEach((a, k) => {
      const term = grads[id] * l[k];
      contributions[n.inEdges[k]] = term;
      grads[a] += term;
    });
  }
  locals.reverse();
  const remap = (w: Warning): Warning => {
    if (w.nodeId === undefined) return w;
    const nodeId = fromGate(w.nodeId);
    return nodeId === undefined ? { ...w, nodeId: undefined } : { ...w, nodeId };
  };
  const trace: Trace = Object.freeze({
    graph, inputValues: gates.trace.inputValues, values, grads, contributions,
    warnings: Object.freeze(gates.trace.warnings.map(remap)),
  });
  const warnings = Object.freeze(gates.warnings.map(remap));
  // Every line's partials, live or not: forward mode carries tangents through lines the output never uses.
  const allLocals: (Float64Array | undefined)[] = [];
  linePartialsOf.set(trace, (id, argIndex) => {
    const line = lines[id];
    if (!line) return NaN;
    allLocals[id] ??= locals[id] ?? lineLocals(line, partValues[id] as Float64Array);
    return allLocals[id][argIndex];
  });
  const sched = statementSchedule(trace, lines, partValues, locals, live);
  return {
    graph, program: gates.program, inputValues: gates.inputValues, warnings, trace, schedule: sched,
    allWarnings: Object.freeze([...warnings, ...trace.warnings]),
  };
}

function statementSchedule(
  trace: Trace, lines: readonly (Line | undefined)[], partValues: readonly (Float64Array | undefined)[],
  locals: readonly (Float64Array | undefined)[], live: Uint8Array,
): Schedule {
  const { graph, contributions } = trace;
  const { nodes, edges, outEdges } = graph;
  const steps: Step[] = [];
  const forwardStepOf = new Int32Array(nodes.length).fill(-1);
  const backwardStepOf = new Int32Array(nodes.length).fill(-1);
  for (const n of nodes) {
    if (n.kind !== 'gate') continue;
    forwardStepOf[n.id] = steps.length;
    steps.push(new StatementForward(steps.length, n, lines[n.id] as Line, partValues[n.id] as Float64Array, trace));
  }
  const forwardCount = steps.length;
  const uses = (id: number) => outEdges[id].filter((e) => live[edges[e].to]);
  const useCount = new Int32Array(nodes.length);
  for (const e of edges) if (live[e.to]) useCount[e.from]++;
  const running = new Float64Array(nodes.length);
  running[graph.output] = 1;
  for (let id = nodes.length - 1; id >= 0; id--) {
    if (!live[id]) continue;
    const n = nodes[id];
    const terms: GradTerm[] = id === graph.output ? [] : uses(id).map((e) => ({ edge: e, consumer: edges[e].to, contribution: contributions[e] }));
    let partials: LinePartials | undefined;
    const line = lines[id];
    const texOf = () => {
      partials ??= linePartials(line as Line, partValues[id] as Float64Array, nodes, n, (name) => graph.names.has(name));
      return partials;
    };
    const localGrads = n.kind !== 'gate' ? [] : n.args.map((operand, k): LocalGrad => {
      const edge = n.inEdges[k];
      running[operand] += contributions[edge];
      return new StatementLocal(n, k, (locals[id] as Float64Array)[k], contributions[edge], running[operand], useCount[operand] > 1, trace, texOf);
    });
    backwardStepOf[id] = steps.length;
    steps.push(new StatementBackward(steps.length, n, terms, localGrads, trace));
  }
  return Object.freeze({ steps: Object.freeze(steps), forwardCount, forwardStepOf, backwardStepOf });
}

class StatementForward implements ForwardStep {
  readonly kind = 'forward';
  readonly node: number;
  readonly operands: readonly { readonly node: number; readonly value: number }[];
  readonly value: number;
  readonly pattern = undefined;
  readonly patternKey = undefined;
  readonly #formula: () => Formula;

  constructor(readonly index: number, gate: GateNode, line: Line, partValues: Float64Array, trace: Trace) {
    this.node = gate.id;
    this.operands = gate.args.map((a) => ({ node: a, value: trace.values[a] }));
    this.value = trace.values[gate.id];
    this.#formula = () => lineFormula(gate, line, partValues, trace.graph.nodes);
    Object.freeze(this);
  }
  get formula(): Formula { return this.#formula(); }
  get lines(): readonly Formula[] { return [this.formula]; }
  get tex(): string { return this.formula.tex; }
  readonly textWord = 'forward';
  get textBody(): string { return this.formula.text; }
  get text(): string { return stepText(this.textWord, this.textBody); }
}

class StatementLocal implements LocalGrad {
  readonly edge: number;
  readonly operand: number;
  readonly #gate: GateNode;
  readonly #trace: Trace;
  readonly #partials: () => LinePartials;

  constructor(
    gate: GateNode, readonly argIndex: number, readonly localGrad: number, readonly contribution: number,
    readonly runningSum: number, private readonly fansOut: boolean, trace: Trace, partials: () => LinePartials,
  ) {
    this.edge = gate.inEdges[argIndex];
    this.operand = gate.args[argIndex];
    this.#gate = gate;
    this.#trace = trace;
    this.#partials = partials;
    Object.freeze(this);
  }
  get local(): Formula {
    const { nodes } = this.#trace.graph;
    return this.#partials().formula(this.argIndex, this.#gate, nodes[this.operand], this.localGrad);
  }
  get product(): Formula {
    const { graph, grads } = this.#trace;
    return statementProduct(graph.nodes[graph.output], this.#gate, graph.nodes[this.operand], this.fansOut, grads[this.#gate.id], this.localGrad, this.contribution);
  }
  get lines(): readonly Formula[] { return [this.local, this.product]; }
}

class StatementBackward implements BackwardStep {
  readonly kind = 'backward';
  readonly node: number;
  readonly grad: number;
  readonly pattern?: string;
  readonly patternKey?: PatternKey;
  readonly #node: GraphNode;
  readonly #trace: Trace;

  constructor(readonly index: number, node: GraphNode, readonly terms: readonly GradTerm[], readonly locals: readonly LocalGrad[], trace: Trace) {
    this.node = node.id;
    this.grad = trace.grads[node.id];
    this.patternKey = node.kind === 'gate' ? 'line' : terms.length > 1 ? 'branch' : undefined;
    this.pattern = this.patternKey && patternText(this.patternKey);
    this.#node = node;
    this.#trace = trace;
    Object.freeze(this);
  }
  get upstream(): Formula {
    const { graph } = this.#trace;
    return upstreamFormula(graph.nodes[graph.output], this.#node, this.terms.map((t) => t.contribution), this.grad);
  }
  get lines(): readonly Formula[] { return [this.upstream, ...this.locals.flatMap((l) => [l.local, l.product])]; }
  get tex(): string { return joinTex(this.lines.map((l) => l.tex)); }
  readonly textWord = 'backward';
  get textBody(): string { return [this.upstream.text, ...this.locals.map((l) => l.product.text)].join('; '); }
  get text(): string { return stepText(this.textWord, this.textBody); }
}
