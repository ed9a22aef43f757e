/**
 * Where the Layers view draws its nodes: a small layered layout, left to right, for a handful of
 * layer nodes (one per statement as written). A computed statement's column is one past its
 * operands'; an input sits one column before its first consumer, so W1 and b1 stand beside x.
 * In a column, nodes follow their consumer's operand order (W1, x, b1 for W1 @ x + b1), so the
 * drawing reads as the statement does. A matrix is a grid of cells; a big one shows its first and
 * last rows and columns around a gap. Structure only: values never move a node.
 */
import type { LayerNode } from '../../core/index.ts';

/** Rows or columns drawn of a dimension of size n: all up to MAX_SHOWN, else the first and last around a gap (-1). */
export const MAX_SHOWN = 8;
export function shownIndices(n: number, max = MAX_SHOWN): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const half = Math.floor(max / 2);
  return [...Array.from({ length: half }, (_, i) => i), -1, ...Array.from({ length: half }, (_, i) => n - half + i)];
}

/** A small grid holds its numbers in its cells; a bigger one is cells only (numbers on hover and focus). */
const NUMBERED_MAX_ROWS = 6;
const NUMBERED_MAX_COLS = 4;
export const CELL = { numbered: { width: 46, height: 24 }, plain: { width: 14, height: 14 } } as const;
export const LABEL_HEIGHT = 22;
const COLUMN_GAP = 44;
const ROW_GAP = 16;
export const MARGIN = 12;
/** A label's width per character, at the view's label size. */
const CHAR_WIDTH = 9;

export interface PlacedLayer {
  readonly id: number;
  /** The node's box: its label on top, its grid below. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The grid's top-left corner and cell size. */
  readonly gridX: number;
  readonly gridY: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  /** Row and column indices drawn (0-based, -1 for the gap). */
  readonly rows: readonly number[];
  readonly cols: readonly number[];
  /** Numbers written in the cells. */
  readonly numbered: boolean;
  readonly column: number;
}

export interface LayerEdge {
  readonly from: number;
  readonly to: number;
  readonly path: string;
}

export interface LayerLayout {
  readonly nodes: readonly PlacedLayer[];
  readonly edges: readonly LayerEdge[];
  readonly width: number;
  readonly height: number;
}

/** "3×2", "3", or "" for a scalar. */
export const shapeText = (n: Pick<LayerNode, 'rows' | 'cols' | 'scalar'>) => (n.scalar ? '' : n.cols === 0 ? `${n.rows}` : `${n.rows}×${n.cols}`);
export const labelText = (n: Pick<LayerNode, 'name' | 'rows' | 'cols' | 'scalar'>) => (n.scalar ? n.name : `${n.name} ${shapeText(n)}`);

/** Columns: a statement one past the statements it uses (inputs count as column 0); an input one before its first consumer. */
export function columns(nodes: readonly Pick<LayerNode, 'id' | 'kind' | 'operands'>[]): number[] {
  const column = new Array<number>(nodes.length).fill(0);
  // Statements come after the nodes they use (program order), so one pass in order is enough.
  for (const n of nodes) if (n.kind === 'statement') column[n.id] = 1 + Math.max(0, ...n.operands.map((o) => column[o]));
  const consumers = nodes.map(() => [] as number[]);
  for (const n of nodes) for (const o of n.operands) consumers[o].push(n.id);
  for (const n of nodes) {
    if (n.kind === 'input' && consumers[n.id].length > 0) column[n.id] = Math.min(...consumers[n.id].map((c) => column[c])) - 1;
  }
  // With no statement using only inputs, column 0 is empty: start at 0.
  const first = Math.min(...column);
  return column.map((c) => c - first);
}

export function layoutLayers(nodes: readonly LayerNode[]): LayerLayout {
  const column = columns(nodes);
  const consumers = nodes.map(() => [] as number[]);
  for (const n of nodes) for (const o of n.operands) consumers[o].push(n.id);
  const sized = nodes.map((n) => {
    const rows = shownIndices(n.rows);
    const cols = shownIndices(n.cols === 0 ? 1 : n.cols);
    const numbered = n.rows <= NUMBERED_MAX_ROWS && (n.cols === 0 ? 1 : n.cols) <= NUMBERED_MAX_COLS;
    const cell = numbered ? CELL.numbered : CELL.plain;
    const gridWidth = cols.length * cell.width;
    const width = Math.max(gridWidth, labelText(n).length * CHAR_WIDTH);
    return { n, rows, cols, numbered, cell, gridWidth, width, height: LABEL_HEIGHT + rows.length * cell.height };
  });
  const last = Math.max(0, ...column);
  const x = new Array<number>(last + 1).fill(0);
  const widths = new Array<number>(last + 1).fill(0);
  for (const s of sized) widths[column[s.n.id]] = Math.max(widths[column[s.n.id]], s.width);
  for (let c = 1; c <= last; c++) x[c] = x[c - 1] + widths[c - 1] + COLUMN_GAP;
  // Right to left: each column ordered by its consumers' places, then by its place among their operands.
  const centre = new Array<number>(nodes.length).fill(0);
  const top = new Array<number>(nodes.length).fill(0);
  const stacks: number[][] = [];
  for (let c = last; c >= 0; c--) {
    const key = (id: number) => {
      const used = consumers[id].filter((k) => column[k] > c);
      if (used.length === 0) return [0, id];
      const first = used.reduce((a, b) => (centre[a] <= centre[b] ? a : b));
      return [centre[first], nodes[first].operands.indexOf(id)];
    };
    const stack = nodes.filter((n) => column[n.id] === c).map((n) => n.id)
      .sort((a, b) => { const [ka, ia] = key(a); const [kb, ib] = key(b); return ka - kb || ia - ib || a - b; });
    let y = 0;
    for (const id of stack) {
      top[id] = y;
      centre[id] = y + sized[id].height / 2;
      y += sized[id].height + ROW_GAP;
    }
    stacks[c] = stack;
  }
  // Each column centred on the tallest.
  const heightOf = (stack: number[]) => (stack.length === 0 ? 0 : stack.reduce((h, id) => h + sized[id].height, 0) + ROW_GAP * (stack.length - 1));
  const height = Math.max(...stacks.map(heightOf));
  const placed: PlacedLayer[] = sized.map((s) => {
    const c = column[s.n.id];
    const shift = (height - heightOf(stacks[c])) / 2;
    const nx = MARGIN + x[c] + (widths[c] - s.width) / 2;
    const ny = MARGIN + top[s.n.id] + shift;
    return {
      id: s.n.id, x: nx, y: ny, width: s.width, height: s.height, gridX: nx + (s.width - s.gridWidth) / 2, gridY: ny + LABEL_HEIGHT,
      cellWidth: s.cell.width, cellHeight: s.cell.height, rows: s.rows, cols: s.cols, numbered: s.numbered, column: c,
    };
  });
  const edges: LayerEdge[] = [];
  for (const n of nodes) {
    for (const o of n.operands) {
      const a = placed[o];
      const b = placed[n.id];
      const x1 = a.gridX + a.cols.length * a.cellWidth;
      const y1 = a.gridY + (a.rows.length * a.cellHeight) / 2;
      const x2 = b.gridX - 2;
      const y2 = b.gridY + (b.rows.length * b.cellHeight) / 2;
      const mid = (x1 + x2) / 2;
      edges.push({ from: o, to: n.id, path: `M${x1},${y1}C${mid},${y1} ${mid},${y2} ${x2},${y2}` });
    }
  }
  const width = MARGIN * 2 + x[last] + widths[last];
  return { nodes: placed, edges, width, height: height + MARGIN * 2 };
}
