/**
 * The Layers view's nodes: one per statement as written (`x`, `W1`, `b1`, `h1 = relu(W1 @ x + b1)`,
 * …), each with its shape and the scalar nodes of its entries. Not a second engine: a layer node
 * is a record over the ONE gate tape (its entries and the gates its statement unfolded into), and
 * every number a Layers step shows is read from the gate trace.
 */
import type { Analysis } from '../index.ts';
import { parse, type Expr } from '../language/parser.ts';
import type { Span } from '../types.ts';

export interface LayerNode {
  readonly id: number;
  readonly name: string;
  /** Rows and columns; columns 0 for a vector, and rows 1, columns 0 for a scalar. */
  readonly rows: number;
  readonly cols: number;
  readonly scalar: boolean;
  /** The scalar (gate-graph) node ids of its entries, row by row. */
  readonly entries: readonly number[];
  /** An input (a literal of numbers, or a name used without a value) or a computed statement. */
  readonly kind: 'input' | 'statement';
  /** The statement as written, for a computed node. */
  readonly expr?: Expr;
  /** The layer nodes its statement uses, in order of first use. */
  readonly operands: readonly number[];
  /** The gate-graph gates its statement unfolded into. */
  readonly gates: ReadonlySet<number>;
  readonly span: Span;
  readonly nameSpan: Span;
}

export interface LayerGraph {
  readonly nodes: readonly LayerNode[];
  readonly output: number;
  readonly byName: ReadonlyMap<string, number>;
  /** Scalar node id → the layer node it is an entry of. */
  readonly layerOf: ReadonlyMap<number, number>;
}

const namesIn = (e: Expr, out: string[]) => {
  const stack: Expr[] = [e];
  while (stack.length) {
    const top = stack.pop() as Expr;
    if (top.kind === 'name') out.push(top.name);
    else if (top.kind === 'unary') stack.push(top.operand);
    else if (top.kind === 'binary' || top.kind === 'matmul') stack.push(top.right, top.left);
    else if (top.kind === 'call') stack.push(...[...top.args].reverse());
    else if (top.kind === 'array') stack.push(...[...top.items].reverse());
    else if (top.kind === 'index') stack.push(top.target);
    else if (top.kind === 'shapeCall') stack.push(top.arg);
  }
  return out;
};

/** The layer graph of an analysed (Gates) program; null when it has no vector or matrix. */
export function layerGraph(a: Pick<Analysis, 'program' | 'graph' | 'shapes'>): LayerGraph | null {
  if (a.shapes.length === 0) return null;
  const surface = parse(a.program.source);
  if (!surface.ok) return null;
  const { graph } = a;
  const shapeOf = new Map(a.shapes.map((s) => [s.name, s]));
  const nodes: LayerNode[] = [];
  const byName = new Map<string, number>();
  const layerOf = new Map<number, number>();
  let lastGate = -1;
  const add = (n: Omit<LayerNode, 'id'>) => {
    const id = nodes.length;
    nodes.push(Object.freeze({ ...n, id }));
    byName.set(n.name, id);
    n.entries.forEach((e) => layerOf.set(e, id));
    return id;
  };
  const addDefault = (name: string, span: Span) => {
    const id = graph.names.get(name);
    if (id === undefined || graph.nodes[id].kind !== 'input') return undefined;
    return add({ name, rows: 1, cols: 0, scalar: true, entries: [id], kind: 'input', operands: [], gates: new Set(), span, nameSpan: span });
  };
  surface.value.statements.forEach((s) => {
    const name = s.kind === 'assign' ? s.name : graph.outputName;
    const nameSpan = s.kind === 'assign' ? s.nameSpan : s.span;
    const shaped = shapeOf.get(name);
    const entryNames = shaped ? shaped.entries : [name];
    const entries = entryNames.map((n) => graph.names.get(n) as number);
    const isInput = graph.nodes[entries[0]].kind === 'input';
    const operands: number[] = [];
    if (!isInput) {
      for (const used of namesIn(s.expr, [])) {
        const op = byName.get(used) ?? addDefault(used, s.span);
        if (op !== undefined && !operands.includes(op)) operands.push(op);
      }
    }
    // A statement's gates are the ones built after the previous statement's last entry, up to its own.
    const last = Math.max(...entries);
    const gates = new Set<number>();
    for (let id = lastGate + 1; id <= last; id++) if (graph.nodes[id].kind === 'gate') gates.add(id);
    lastGate = Math.max(lastGate, last);
    add({
      name, rows: shaped ? shaped.rows : 1, cols: shaped ? shaped.cols : 0, scalar: !shaped, entries,
      kind: isInput ? 'input' : 'statement', ...(isInput ? {} : { expr: s.expr }), operands, gates, span: s.span, nameSpan,
    });
  });
  return { nodes, output: byName.get(graph.outputName) as number, byName, layerOf };
}

/** The scalar node id of entry (row, col) of a layer node, 1-based like the entries' names (col 1 for a vector). */
export function entryNode(node: LayerNode, row: number, col = 1): number | undefined {
  const width = node.cols === 0 ? 1 : node.cols;
  if (row < 1 || col < 1 || row > node.rows || col > width) return undefined;
  return node.entries[(row - 1) * width + (col - 1)];
}
