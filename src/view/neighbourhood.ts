/**
 * The boxes the framing (framing.ts) keeps in view at a step: the current node and the nodes
 * its edges join it to, each with the room its name and its edge labels take, in drawing units
 * (the layout's coordinates shifted by the drawing's margin).
 */
import type { Graph } from '../core/index.ts';
import type { Layout, Point } from '../layout/index.ts';
import type { Box } from './framing.ts';
import { LABEL_FONT, nodeSize } from './nodeShape.ts';

/** Room around a node for the labels on its edges' ends: a value above, a gradient below. */
const LABEL_ROOM = 2 * LABEL_FONT;

export interface Neighbourhood {
  readonly focus: Box;
  readonly operands: readonly Box[];
  readonly consumers: readonly Box[];
  /** The centres of the current node and of each neighbour, with the neighbour's name, for edge stubs. */
  readonly centre: Point;
  readonly others: readonly { x: number; y: number; name: string }[];
}

export function neighbourhood(graph: Graph, layout: Layout, node: number, margin: number): Neighbourhood | null {
  const at = layout.nodes[node];
  if (!at) return null;
  const box = (id: number): Box => {
    const p = layout.nodes[id];
    const { width, height } = nodeSize(graph.nodes[id]);
    return {
      left: p.x + margin - width / 2 - LABEL_ROOM, right: p.x + margin + width / 2 + LABEL_ROOM,
      top: p.y + margin - height / 2 - LABEL_ROOM, bottom: p.y + margin + height / 2 + LABEL_ROOM,
    };
  };
  const n = graph.nodes[node];
  const distinct = (list: readonly number[]) => [...new Set(list)].filter((id) => id !== node && layout.nodes[id]);
  const operands = distinct(n.kind === 'gate' ? n.args : []);
  const consumers = distinct((graph.outEdges[node] ?? []).map((e) => graph.edges[e].to));
  const ids = distinct([...operands, ...consumers]);
  const name = (id: number) => graph.nodes[id].name ?? graph.nodes[id].gateName ?? graph.nodes[id].text;
  return {
    focus: box(node),
    operands: operands.map(box),
    consumers: consumers.map(box),
    centre: { x: at.x + margin, y: at.y + margin },
    others: ids.map((id) => ({ x: layout.nodes[id].x + margin, y: layout.nodes[id].y + margin, name: name(id) })),
  };
}
