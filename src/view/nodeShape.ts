/**
 * How big each kind of node is drawn. Sizes depend on the graph's shape and names only, never
 * on values, so the layout cache keyed by shape stays valid while numbers change.
 */
import type { GraphNode } from '../core/index.ts';
import { OPS } from '../core/index.ts';

export const GATE_RADIUS = 22;
/** Edge labels, sums and names: px in layout units (styles.css says the same). */
export const LABEL_FONT = 14;
/** Room right of the output node for its stub edge (drawn OUTPUT_STUB − 20 long) and its labels. */
export const OUTPUT_STUB = 90;

export function nodeSize(node: GraphNode): { width: number; height: number } {
  if (node.kind === 'gate') return { width: GATE_RADIUS * 2, height: GATE_RADIUS * 2 + (node.name || node.gateName ? 22 : 0) };
  const chars = node.text.length;
  if (node.kind === 'input') return { width: Math.max(46, 18 + 9.5 * chars), height: 32 };
  return { width: Math.max(30, 12 + 8.5 * chars), height: 26 };
}

/** The short symbol inside a gate's circle. */
export const gateSymbol = (node: GraphNode) => (node.kind === 'gate' ? OPS[node.op].symbol : '');
