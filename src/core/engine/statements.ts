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
import type { Analysis } from '../analysis.ts';
import { flattenLine, type Line } from './line.ts';
import type { OpName } from './ops.ts';
import type { Expr } from '../language/parser.ts';
import { scheduleInStages } from '../steps/schedule.ts';
import { evaluate } from './evaluate.ts';
import { withGateGrads } from './views.ts';
import type { Edge, Graph, GraphNode, InputNode, Trace, Warning } from '../types.ts';


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
export type GateTrace = Pick<Analysis, 'program' | 'graph' | 'trace' | 'warnings' | 'inputValues' | 'shapes'>;

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
    if (s.kind === 'assign' && !s.identity && signedNumber(s.expr) !== undefined) { addInput(g.names.get(name) as number); continue; }
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
      const edge = Object.freeze({ id: edges.length, from, to: n.id, argIndex, span: line.refSpans[argIndex] });
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

/**
 * The Statements view of an analysed program: its own graph, run by the line rules through the
 * one evaluator and scheduled by the one builder. Gradients come from the gate tape, so every
 * name has the same gradient in every view, bit for bit; the line rules give each line's values
 * and its local partials (the chain rule inside the statement), from which the steps explain them.
 */
export function statementsView(gates: GateTrace): Analysis {
  const stages = statementsViewInStages(gates);
  for (let r = stages.next(); ; r = stages.next()) if (r.done) return r.value;
}

/** `statementsView`, pausing (a `yield`) between building, evaluating and scheduling: see analyzeViewInStages. */
export function* statementsViewInStages(gates: GateTrace): Generator<void, Analysis> {
  const { graph, lines, fromGate } = buildStatementGraph(gates);
  yield;
  const own = evaluate(graph, gates.trace.inputValues, { kind: 'lines', lines });
  yield;
  const remap = (w: Warning): Warning => {
    if (w.nodeId === undefined) return w;
    const nodeId = fromGate(w.nodeId);
    return nodeId === undefined ? { ...w, nodeId: undefined } : { ...w, nodeId };
  };
  const trace: Trace = Object.freeze({ ...withGateGrads(own, gates), warnings: Object.freeze(gates.trace.warnings.map(remap)) });
  const warnings = Object.freeze(gates.warnings.map(remap));
  return {
    graph, program: gates.program, shapes: gates.shapes, inputValues: gates.inputValues, warnings, trace, schedule: yield* scheduleInStages(trace),
    allWarnings: Object.freeze([...warnings, ...trace.warnings]),
  };
}
