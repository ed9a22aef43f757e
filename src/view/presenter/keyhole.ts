/**
 * Presenter mode's keyhole: what the projected graph must show at a step — the node being
 * explained and every one of its operands, at presenter size — and the layouts that make that
 * possible on a projector. Pure: a graph, a layout and a node in, boxes in drawing units out
 * (the layout's coordinates shifted by the drawing's margin), in the shape the framing
 * (src/view/framing.ts) frames: the current node, its operands first, then its consumers where
 * they fit too. The boxes are tight (shape and name), not the laptop's with room for every
 * label: at 20 px labels a gate and its operands only just fit a projector's screen.
 */
import type { Graph } from '../../core/index.ts';
import type { Layout, LayoutOptions } from '../../layout/index.ts';
import { GATE_RADIUS, LABEL_FONT, nodeSize } from '../nodeShape.ts';

export interface KeyholeBox { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }

export interface Keyhole {
  readonly focus: KeyholeBox;
  readonly operands: readonly KeyholeBox[];
  readonly consumers: readonly KeyholeBox[];
  readonly centre: { readonly x: number; readonly y: number };
  /** The neighbours' centres and names (edge stubs, for those that still leave the view). */
  readonly others: readonly { readonly x: number; readonly y: number; readonly name: string }[];
}

/** Room around a node's shape and name: its edges' labels start right beside it. */
const ROOM = LABEL_FONT / 2;

/** A node's shape with its name (drawn above a gate, inside a box), and a little room. */
export function nodeBox(graph: Graph, layout: Layout, id: number, margin: number): KeyholeBox {
  const p = layout.nodes[id];
  const node = graph.nodes[id];
  const x = p.x + margin;
  const y = p.y + margin;
  if (node.kind === 'gate') {
    // The name sits above the circle, its baseline 7 units over it.
    const above = node.name || node.gateName ? GATE_RADIUS + 7 + LABEL_FONT : GATE_RADIUS;
    const half = Math.max(GATE_RADIUS, ((node.name ?? node.gateName ?? '').length * LABEL_FONT * 0.62) / 2);
    return { left: x - half - ROOM, right: x + half + ROOM, top: y - above - ROOM, bottom: y + GATE_RADIUS + ROOM };
  }
  const { width, height } = nodeSize(node);
  return { left: x - width / 2 - ROOM, right: x + width / 2 + ROOM, top: y - height / 2 - ROOM, bottom: y + height / 2 + ROOM };
}

export function keyhole(graph: Graph, layout: Layout, node: number, margin: number): Keyhole | null {
  const at = layout.nodes[node];
  if (!at) return null;
  const n = graph.nodes[node];
  const distinct = (list: readonly number[]) => [...new Set(list)].filter((id) => id !== node && layout.nodes[id]);
  const operands = distinct(n.kind === 'gate' ? n.args : []);
  const consumers = distinct((graph.outEdges[node] ?? []).map((e) => graph.edges[e].to));
  const name = (id: number) => graph.nodes[id].name ?? graph.nodes[id].gateName ?? graph.nodes[id].text;
  const box = (id: number) => nodeBox(graph, layout, id, margin);
  return {
    focus: box(node),
    operands: operands.map(box),
    consumers: consumers.map(box),
    centre: { x: at.x + margin, y: at.y + margin },
    others: distinct([...operands, ...consumers]).map((id) => ({ x: layout.nodes[id].x + margin, y: layout.nodes[id].y + margin, name: name(id) })),
  };
}

/**
 * The Gates and Primitives views' layouts on a projector: inputs beside the gate they feed,
 * leaves stacked close, so a gate and its operands fit one screen at 20 px labels. On a screen
 * about 4:3 the columns stay whole (groups narrow, up to 412 units tall on the 2-3-2-1 MLP);
 * on a wide one a tall column's leaves get a column of their own (groups up to 466 wide, 367 tall).
 */
const COMPACT = { layerGap: 100, nodeGap: 16, inputReach: 0, leafGap: 14, sumRoom: 24, leafStub: 100 } as const;
export const PRESENTER_LAYOUTS = {
  square: { ...COMPACT, splitTallColumns: false },
  wide: { ...COMPACT, nodeGap: 20, layerGap: 80, splitTallColumns: true },
} as const satisfies Record<string, LayoutOptions>;

/** The layout for a screen of this shape: wide from 3:2 up. */
export const presenterLayout = (width: number, height: number): LayoutOptions =>
  (width >= 1.5 * height ? PRESENTER_LAYOUTS.wide : PRESENTER_LAYOUTS.square);
