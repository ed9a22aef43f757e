/**
 * The tape: a graph's gates as flat arrays in topological order, the one structure every view's
 * rules run over. Gate k's operands are the edges first[k] … first[k+1]−1 (an edge's id is its
 * place in the flat operand array), so a node takes any number of operands: two for `x * y`,
 * five for a Statements line `W1_11*x1 + W1_12*x2 + b1_1`.
 */
import { OP_CODE } from './ops.ts';
import type { Graph } from '../types.ts';

export interface Tape {
  /** Per gate, in topological order: its node id. */
  readonly gates: Int32Array;
  /** Per gate, where its operand edges start; one entry more than gates (the end of the last). */
  readonly first: Int32Array;
  /** Per edge: the node it carries a value from. */
  readonly from: Int32Array;
  /** Per gate: its op's code (OP_CODE), which the op rules' inner loop dispatches on. */
  readonly code: Uint8Array;
  /**
   * Per gate: the nodes of its first and second operand, the second repeating the first for a
   * one-operand gate (whose rule ignores it). The op rules' sweeps read these rather than
   * asking each gate's arity: that branch, taken at random, cost more than the ops themselves
   * (micrograd's MLP forward 0.62 → 0.26 ms). Lines of three or more operands read `first`/`from`.
   */
  readonly arg0: Int32Array;
  readonly arg1: Int32Array;
  /** 1 where a node depends on some input (the "no input affects the output" warning reads it). */
  readonly dependsOnInput: Uint8Array;
  /**
   * 1 where a node gets a gradient: an input, a named node, or a gate with an operand that gets
   * one. Numeric literals and anonymous all-literal subexpressions (`(1+2)`, the `2` of `x^2`)
   * get none, so a literal exponent costs no ∂/∂exponent (and no NaN from ln of a negative base).
   */
  readonly needsGrad: Uint8Array;
  /** 1 where the output depends on the node: a gate off that path sends back nothing (not 0·∞ = NaN). */
  readonly reachesOutput: Uint8Array;
}

const tapes = new WeakMap<Graph, Tape>();

export function compileTape(graph: Graph): Tape {
  const cached = tapes.get(graph);
  if (cached) return cached;
  const { nodes, edges } = graph;
  let n = 0;
  for (const node of nodes) if (node.kind === 'gate') n++;
  const tape: Tape = {
    gates: new Int32Array(n), first: new Int32Array(n + 1), from: new Int32Array(edges.length), code: new Uint8Array(n),
    arg0: new Int32Array(n), arg1: new Int32Array(n),
    dependsOnInput: new Uint8Array(nodes.length), needsGrad: new Uint8Array(nodes.length), reachesOutput: new Uint8Array(nodes.length),
  };
  const { gates, first, from, code, arg0, arg1, dependsOnInput: dep, needsGrad: need, reachesOutput: live } = tape;
  for (const id of graph.inputs) dep[id] = need[id] = 1;
  let k = 0;
  let e = 0;
  for (const g of nodes) {
    if (g.kind !== 'gate') continue;
    gates[k] = g.id;
    first[k] = e;
    code[k] = OP_CODE[g.op];
    let d = 0;
    let ng = g.name !== undefined ? 1 : 0;
    for (let i = 0; i < g.args.length; i++, e++) {
      // Builders number a gate's operand edges consecutively, gate after gate: the edge id is the slot.
      if (g.inEdges[i] !== e) throw new Error(`edge ${g.inEdges[i]} of node ${g.id} is out of tape order (expected ${e})`);
      from[e] = g.args[i];
      d |= dep[g.args[i]];
      ng |= need[g.args[i]];
    }
    arg0[k] = g.args[0];
    arg1[k] = g.args.length > 1 ? g.args[1] : g.args[0];
    dep[g.id] = d;
    need[g.id] = ng;
    k++;
  }
  first[n] = e;
  live[graph.output] = 1;
  for (k = n - 1; k >= 0; k--) {
    if (!live[gates[k]]) continue;
    for (let j = first[k]; j < first[k + 1]; j++) live[from[j]] = 1;
  }
  tapes.set(graph, tape);
  return tape;
}
