/**
 * Room for the labels. Places every edge label (labels.ts); where one cannot be placed clear
 * of the nodes and the other labels, widens the gap between the two columns it sits between
 * (everything right of the gap moves right) and places again. Crowded columns spread out and
 * the rest of the drawing keeps its layer gap, so the property "no label overlaps a label or
 * sits on a node" holds without making every graph wide.
 */
import type { Layout, Point } from './layered.ts';
import { boxAt, overlaps, placeEdgeLabels, type Box, type LabelSize } from './labels.ts';

/** A box that moves with a node, relative to its centre: its shape, its name, its Σ∂ sum, the output's stub labels. */
export interface Attached {
  readonly node: number;
  readonly box: Box;
  /** A label (it must clear other nodes' boxes too), rather than the node's own shape. */
  readonly label?: boolean;
}

export interface LabelledLayout {
  /** The layout with gaps widened where labels needed the room. */
  readonly layout: Layout;
  /** Label anchor per edge. */
  readonly anchors: readonly Point[];
  /** Labels still overlapping something after the last round (0 unless the budget ran out). */
  readonly clashes: number;
}

const ROUNDS = 24;
/** Least and most room added to one gap in one round. */
const MIN_WIDEN = 8;
const MAX_WIDEN = 24;

const shift = (b: Box, p: Point): Box => ({ left: b.left + p.x, right: b.right + p.x, top: b.top + p.y, bottom: b.bottom + p.y });

/** `rounds` caps the widening: 0 places the labels once, on the layout as it is. */
export function layoutLabels(base: Layout, sizes: readonly LabelSize[], attached: readonly Attached[], rounds = ROUNDS): LabelledLayout {
  const placing = labelRounds(base, sizes, attached, rounds);
  let r = placing.next();
  while (!r.done) r = placing.next();
  return r.value;
}

/** `layoutLabels`, pausing after each round of placing and widening: a big graph's rounds become tasks of their own. */
export function* labelRounds(base: Layout, sizes: readonly LabelSize[], attached: readonly Attached[], rounds = ROUNDS): Generator<void, LabelledLayout> {
  let layout = base;
  for (let round = 0; ; round++) {
    if (round > 0) yield;
    const boxes = attached.map((a) => shift(a.box, layout.nodes[a.node]));
    const { anchors, clashes } = placeEdgeLabels(layout.edges, sizes, boxes);
    const clashing = [...clashes.map((c) => c.box), ...attachedClashes(attached, boxes)];
    if (clashing.length === 0 || round >= rounds) return withinBounds(layout, anchors, sizes, boxes, clashing.length);
    const room = roomFor(clashing, attached, boxes, round);
    if (room.size === 0) return withinBounds(layout, anchors, sizes, boxes, clashing.length);
    layout = widen(layout, room);
  }
}

/**
 * The drawing moved so that its labels, too, lie inside its bounding box: a sum under a leaf in
 * the first column, or a name over a gate in the top row, reaches past the nodes' box, and a view
 * that fits the box would cut it off. Left, top and bottom grow; the right stays the layout's,
 * since past it only the output's own labels reach, into the room the caller keeps for them.
 */
function withinBounds(layout: Layout, anchors: readonly Point[], sizes: readonly LabelSize[], attachedBoxes: readonly Box[], clashes: number): LabelledLayout {
  let left = 0;
  let top = 0;
  let bottom = layout.height;
  const extend = (b: Box) => {
    left = Math.min(left, b.left);
    top = Math.min(top, b.top);
    bottom = Math.max(bottom, b.bottom);
  };
  anchors.forEach((p, e) => extend(boxAt(p, sizes[e])));
  attachedBoxes.forEach(extend);
  if (left === 0 && top === 0 && bottom === layout.height) return { layout, anchors, clashes };
  const move = (p: Point): Point => ({ x: p.x - left, y: p.y - top });
  return {
    layout: {
      nodes: layout.nodes.map(move),
      edges: layout.edges.map((e) => ({ ...e, points: e.points.map(move) })),
      layers: layout.layers,
      width: layout.width - left,
      height: bottom - top,
    },
    anchors: anchors.map(move),
    clashes,
  };
}

/** Attached labels (sums, the output's labels) that overlap another node's boxes; a grid keeps it linear. */
function attachedClashes(attached: readonly Attached[], boxes: readonly Box[]): Box[] {
  const cells = new Map<number, number[]>();
  const cellsOf = (b: Box, visit: (key: number) => void) => {
    for (let i = Math.floor(b.left / CELL); i <= Math.floor(b.right / CELL); i++) {
      for (let j = Math.floor(b.top / CELL); j <= Math.floor(b.bottom / CELL); j++) visit(i * 2097152 + j);
    }
  };
  boxes.forEach((b, index) => cellsOf(b, (key) => {
    const cell = cells.get(key);
    if (cell) cell.push(index);
    else cells.set(key, [index]);
  }));
  const found: Box[] = [];
  attached.forEach((a, i) => {
    if (!a.label) return;
    // Its own node's boxes sit around it by design; every other node's must stay clear.
    let hit = false;
    cellsOf(boxes[i], (key) => {
      for (const j of cells.get(key) ?? []) if (!hit && attached[j].node !== a.node && overlaps(boxes[i], boxes[j])) hit = true;
    });
    if (hit) found.push(boxes[i]);
  });
  return found;
}
const CELL = 120;

/**
 * The gaps to widen: for each clash, the free stretch between node columns nearest its box,
 * with how much room it needs. Keys are the gap's middle x (every point right of it moves).
 * Later rounds widen by more, so a crowded graph converges in a few rounds.
 */
function roomFor(clashing: readonly Box[], attached: readonly Attached[], boxes: readonly Box[], round: number): Map<number, number> {
  // Columns: the union of the nodes' own shapes along x; gaps are what lies between them.
  const spans = attached
    .map((a, i) => (a.label ? null : boxes[i]))
    .filter((b): b is Box => b !== null)
    .map((b) => [b.left, b.right] as const)
    .sort((p, q) => p[0] - q[0]);
  const gaps: [number, number][] = [];
  let reach = -Infinity;
  for (const [left, right] of spans) {
    if (left > reach && reach > -Infinity) gaps.push([reach, left]);
    reach = Math.max(reach, right);
  }
  const room = new Map<number, number>();
  if (gaps.length === 0) return room;
  const growth = 1 + Math.floor(round / 4);
  for (const c of clashing) {
    const mid = (c.left + c.right) / 2;
    // The first gap ending right of mid, or the one before it: the nearer of the two.
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (gaps[m][1] < mid) lo = m + 1;
      else hi = m;
    }
    const distance = (g: [number, number]) => (mid < g[0] ? g[0] - mid : mid > g[1] ? mid - g[1] : 0);
    const candidates = [gaps[lo - 1], gaps[lo]].filter((g): g is [number, number] => g !== undefined);
    const best = candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    const at = (best[0] + best[1]) / 2;
    const need = growth * Math.min(MAX_WIDEN, Math.max(MIN_WIDEN, (c.right - c.left) / 3));
    room.set(at, Math.max(room.get(at) ?? 0, need));
  }
  return room;
}

/** Moves every point right of each gap's middle by that gap's room (prefix sums, binary search per point). */
function widen(layout: Layout, room: ReadonlyMap<number, number>): Layout {
  const cuts = [...room].sort((a, b) => a[0] - b[0]);
  const at = cuts.map(([x]) => x);
  const shiftAfter = new Float64Array(cuts.length + 1);
  cuts.forEach(([, by], i) => (shiftAfter[i + 1] = shiftAfter[i] + by));
  const move = (p: Point): Point => {
    // How many cuts lie left of p.
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < p.x) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? p : { x: p.x + shiftAfter[lo], y: p.y };
  };
  return {
    nodes: layout.nodes.map(move),
    edges: layout.edges.map((e) => ({ ...e, points: e.points.map(move) })),
    layers: layout.layers,
    width: layout.width + shiftAfter[cuts.length],
    height: layout.height,
  };
}

/**
 * Every overlap in a placed drawing, pair by pair (quadratic: for tests and checks, not for
 * placing): edge labels against each other, the nodes and the attached labels; attached labels
 * against other nodes' boxes.
 */
export function labelOverlaps(layout: Layout, anchors: readonly Point[], sizes: readonly LabelSize[], attached: readonly Attached[]): string[] {
  const found: string[] = [];
  const labels = anchors.map((p, e) => boxAt(p, sizes[e]));
  const fixed = attached.map((a) => shift(a.box, layout.nodes[a.node]));
  const slack = 1e-6;
  labels.forEach((l, i) => {
    for (let j = i + 1; j < labels.length; j++) if (overlaps(l, labels[j], slack)) found.push(`edge ${i}'s label overlaps edge ${j}'s`);
    fixed.forEach((f, j) => {
      if (overlaps(l, f, slack)) found.push(`edge ${i}'s label overlaps node ${attached[j].node}${attached[j].label ? "'s label" : ''}`);
    });
  });
  attached.forEach((a, i) => {
    if (!a.label) return;
    fixed.forEach((f, j) => {
      if (attached[j].node !== a.node && overlaps(fixed[i], f, slack)) found.push(`node ${a.node}'s label overlaps node ${attached[j].node}`);
    });
  });
  return found;
}
