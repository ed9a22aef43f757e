/**
 * Where a wrapped drawing's edges run across a row's end (rows.ts places the rows themselves):
 * each edge leaves its row to the right, down a lane of the channel below, and enters the next
 * row from its left margin.
 */
import type { Point } from './layered.ts';
import type { Columns } from './position.ts';
import type { ProperGraph } from './proper.ts';
import { ENTRY_PITCH, LANE, rowsOfLayers, stackRows, type Rows } from './rows.ts';

/**
 * Rows for a drawing wider than `wrapWidth`, and the route of every edge across a row's end:
 * keyed "edge:i" for the step from chain[i − 1] to chain[i], the points between the two
 * (level to the row's right, down its lane, left along the channel, down the margin to its
 * entry level, level to the end of the entry run). Null when one row is enough.
 */
export function wrapInRows(
  graph: ProperGraph,
  layers: readonly (readonly number[])[],
  columns: Columns,
  y: Float64Array,
  height: Float64Array,
  below: Float64Array,
  ports: Float64Array,
  wrapWidth: number,
  entryRun: number,
): { rows: Rows; turns: Map<string, Point[]>; skip: ReadonlySet<string> } | null {
  const rowOf = rowsOfLayers(columns, wrapWidth);
  const count = rowOf.length === 0 ? 1 : rowOf[rowOf.length - 1] + 1;
  if (count < 2) return null;
  interface Crossing { key: string; from: number; to: number; exitY: number; targetY: number; entryY: number; lane: number; pitch: number; short: number }
  const crossings: Crossing[] = [];
  const last = (chain: readonly number[], i: number) => i === chain.length - 1;
  // A node lowest in its column can leave for a later row straight down from its own side,
  // without running to its row's end: a weight that every statement uses does.
  const lowest = new Uint8Array(graph.layerOf.length);
  for (const layer of layers) if (layer.length > 0) lowest[layer[layer.length - 1]] = 1;
  const skip = new Set<string>();
  const skipped = new Set<number>();
  graph.chains.forEach((chain, e) => {
    const source = chain[0];
    const home = rowOf[graph.layerOf[source]];
    for (let i = 1; i < chain.length; i++) {
      const from = rowOf[graph.layerOf[chain[i - 1]]];
      const to = rowOf[graph.layerOf[chain[i]]];
      if (from === to) continue;
      const direct = source < graph.realCount && lowest[source] === 1 && graph.up[source].length === 0 && from === home;
      let start = i;
      if (direct) {
        // Down from the source at once: the waypoints between it and the next row are skipped.
        for (let k = 1; k < i; k++) {
          skip.add(`${e}:${k}`);
          skipped.add(chain[k]);
        }
        start = 1;
      }
      const exitY = y[chain[start - 1]] + (start === 1 ? ports[e] : 0);
      const targetY = y[chain[i]] + (last(chain, i) ? ports[e] : 0);
      const pitch = last(chain, i) ? ENTRY_PITCH : 2 * LANE;
      crossings.push({ key: `${e}:${i}`, from, to, exitY, targetY, entryY: targetY, lane: 0, pitch, short: direct ? source : -1 });
    }
  });
  // Each layer's extent, without the waypoints of edges that left early.
  const layerTop = new Float64Array(layers.length).fill(Infinity);
  const layerBottom = new Float64Array(layers.length).fill(-Infinity);
  layers.forEach((layer, l) => {
    for (const v of layer) {
      if (skipped.has(v)) continue;
      layerTop[l] = Math.min(layerTop[l], y[v] - height[v] / 2);
      layerBottom[l] = Math.max(layerBottom[l], y[v] + height[v] / 2 + below[v]);
    }
  });
  const crossing = new Int32Array(count);
  const entryTop = new Float64Array(count).fill(Infinity);
  const entryBottom = new Float64Array(count).fill(-Infinity);
  for (let r = 0; r < count; r++) {
    // Lanes: the topmost exit takes the outermost lane, so the routes nest instead of crossing.
    const leaving = crossings.filter((c) => c.from === r).sort((a, b) => a.exitY - b.exitY);
    leaving.forEach((c, j) => (c.lane = leaving.length - 1 - j));
    crossing[r] = leaving.length;
    // Entries stack a label block apart, each as near its target's height as that allows.
    const entering = crossings.filter((c) => c.to === r).sort((a, b) => a.targetY - b.targetY || b.lane - a.lane);
    let floor = -Infinity;
    let previous = 0;
    for (const c of entering) {
      c.entryY = Math.max(c.targetY, floor + Math.max(previous, c.pitch) / 2);
      floor = c.entryY + c.pitch / 2;
      previous = c.pitch;
      entryTop[r] = Math.min(entryTop[r], c.entryY - c.pitch / 2);
      entryBottom[r] = Math.max(entryBottom[r], c.entryY + c.pitch / 2);
    }
  }
  const rows = stackRows(columns, rowOf, { top: layerTop, bottom: layerBottom, crossing, entryTop, entryBottom }, entryRun);
  const turns = new Map<string, Point[]>();
  for (const c of crossings) {
    const downX = c.short >= 0 ? columns.x[graph.layerOf[c.short]] + rows.dx[c.from] + columns.width[graph.layerOf[c.short]] / 2 + (1 + c.lane) * LANE : rows.exitX[c.from] + c.lane * LANE;
    const laneY = rows.channelY[c.from] + c.lane * LANE;
    const inX = rows.entryX - (1 + c.lane) * LANE;
    const entryY = c.entryY + rows.dy[c.to];
    turns.set(c.key, [
      { x: downX, y: c.exitY + rows.dy[c.from] },
      { x: downX, y: laneY },
      { x: inX, y: laneY },
      { x: inX, y: entryY },
      { x: rows.entryX + rows.entryRun, y: entryY },
    ]);
  }
  return { rows, turns, skip };
}
