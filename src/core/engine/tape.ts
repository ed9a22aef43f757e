/**
 * The tape: a graph's gates as flat arrays in topological order, the one structure every view's
 * rules run over. Gate k's operands are the edges first[k] … first[k+1]−1 (an edge's id is its
 * place in the flat operand array), so a node takes any number of operands: two for `x * y`,
 * five for a Statements line `W1_11*x1 + W1_12*x2 + b1_1`.
 */
import { OP_CODE, OP_NAMES } from './ops.ts';
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
  /**
   * The local partials the backward pass needs, grouped by op and operand slot (key = 2·code + slot)
   * and written out as gather lists: partial i is ∂(node out[i])/∂(its operand in that slot), with
   * operand values at a[i] and b[i], stored at locals[edge[i]]. Group j is partialStart[j] … partialStart[j + 1].
   * The op rules compute them op by op (rules.ts, opLocals), each op's rule called from a loop of its own.
   */
  readonly partials: PartialLists;
  readonly partialStart: Int32Array;
}

export interface PartialLists {
  readonly edge: Int32Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly out: Int32Array;
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
    dependsOnInput: new Uint8Array(nodes.length), needsGrad: new Uint8Array(nodes.length), reachesOutput: new Uint8Array(nodes.length),
    partials: { edge: new Int32Array(0), a: new Int32Array(0), b: new Int32Array(0), out: new Int32Array(0) }, partialStart: new Int32Array(2 * OP_NAMES.length + 1),
  };
  const { gates, first, from, code, dependsOnInput: dep, needsGrad: need, reachesOutput: live } = tape;
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
  const grouped = { ...tape, partials: groupPartials(tape) };
  tapes.set(graph, grouped);
  return grouped;
}

/** A counting sort of the needed partials by (op, slot), in tape order within a group. */
function groupPartials(tape: Tape): PartialLists {
  const { gates, first, from, code, needsGrad: need, partialStart: start } = tape;
  const keyOf = (k: number, slot: number) => (first[k + 1] - first[k] > slot && need[from[first[k] + slot]] ? 2 * code[k] + slot : -1);
  for (let k = 0; k < gates.length; k++) {
    for (let slot = 0; slot < 2; slot++) {
      const key = keyOf(k, slot);
      if (key >= 0) start[key + 1]++;
    }
  }
  for (let j = 1; j < start.length; j++) start[j] += start[j - 1];
  const n = start[start.length - 1];
  const lists = { edge: new Int32Array(n), a: new Int32Array(n), b: new Int32Array(n), out: new Int32Array(n) };
  const next = start.slice(0, -1);
  for (let k = 0; k < gates.length; k++) {
    const e = first[k];
    const binary = first[k + 1] - e > 1;
    for (let slot = 0; slot < 2; slot++) {
      const key = keyOf(k, slot);
      if (key < 0) continue;
      const i = next[key]++;
      lists.edge[i] = e + slot;
      lists.a[i] = from[e];
      lists.b[i] = binary ? from[e + 1] : from[e];
      lists.out[i] = gates[k];
    }
  }
  return lists;
}
