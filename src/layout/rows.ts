/**
 * Wrapping a long layered drawing into rows, as text wraps into lines: the columns are cut into
 * runs no wider than the wrap width, each run drawn below the last, starting at the left. An edge
 * that crosses a cut leaves its row to the right, runs down a lane of the channel below it, and
 * comes back in from the left margin of the next row, where it runs level (its labels sit there)
 * before turning to its target. A deep chain of statements then reads in a few lines instead of
 * one line wider than any window.
 */
import type { Columns } from './position.ts';

/** Room between a row's last column and the first lane down, and between lanes. */
const LANE = 10;
/** Room between a row's content and the channel below it. */
const ROW_PAD = 16;
/** The least vertical room between two edges entering a row, so their labels stack. */
const ENTRY_PITCH = 44;
/** The turn from an entry's level run to its target. */
const ENTRY_TURN = 30;

export interface Rows {
  /** How many rows; 1 means the drawing is left as it is. */
  readonly count: number;
  /** Row of each layer. */
  readonly rowOf: Int32Array;
  /** Shift of each row. */
  readonly dx: Float64Array;
  readonly dy: Float64Array;
  /** The x where each row's exits turn down (right of its last column), before their lane offsets. */
  readonly exitX: Float64Array;
  /** The y of the first lane of the channel below each row. */
  readonly channelY: Float64Array;
  /** Where an edge entering a row starts its level run (the left margin), and how long that run is. */
  readonly entryX: number;
  readonly entryRun: number;
  readonly width: number;
  readonly height: number;
}

/** The cut: consecutive layers in a row while the row stays within `wrapWidth`; rows balanced in width. */
export function rowsOfLayers(columns: Columns, wrapWidth: number): Int32Array {
  const count = columns.x.length;
  const rowOf = new Int32Array(count);
  const left = (l: number) => columns.x[l] - columns.width[l] / 2;
  const right = (l: number) => columns.x[l] + columns.width[l] / 2;
  const cut = (limit: number): number => {
    let row = 0;
    let start = 0;
    for (let l = 0; l < count; l++) {
      if (l > start && right(l) - left(start) > limit) {
        row++;
        start = l;
      }
      rowOf[l] = row;
    }
    return row + 1;
  };
  const rows = cut(wrapWidth);
  if (rows === 1) return rowOf;
  // As many rows, but as even as they go: the narrowest limit that still needs no more of them.
  const total = right(count - 1) - left(0);
  for (let limit = total / rows; limit < wrapWidth; limit += 8) if (cut(limit) <= rows) return rowOf;
  cut(wrapWidth);
  return rowOf;
}

export interface RowContent {
  /** Per layer, the least and most y of what is drawn in it (boxes, sums below them). */
  readonly top: Float64Array;
  readonly bottom: Float64Array;
  /** Per row boundary r (below row r), how many edges cross it. */
  readonly crossing: Int32Array;
  /** Per row, how far its entries reach above and below its content (entries stack by ENTRY_PITCH). */
  readonly entryTop: Float64Array;
  readonly entryBottom: Float64Array;
}

/** Shifts that stack the rows, leaving each channel room for its lanes. */
export function stackRows(columns: Columns, rowOf: Int32Array, content: RowContent, entryRun: number): Rows {
  const layers = rowOf.length;
  const count = layers === 0 ? 1 : rowOf[layers - 1] + 1;
  const dx = new Float64Array(count);
  const dy = new Float64Array(count);
  const exitX = new Float64Array(count);
  const channelY = new Float64Array(count);
  const top = new Float64Array(count).fill(Infinity);
  const bottom = new Float64Array(count).fill(-Infinity);
  const firstLayer = new Int32Array(count).fill(-1);
  for (let l = 0; l < layers; l++) {
    const r = rowOf[l];
    if (firstLayer[r] < 0) firstLayer[r] = l;
    top[r] = Math.min(top[r], content.top[l]);
    bottom[r] = Math.max(bottom[r], content.bottom[l]);
  }
  // Rows after the first start right of a margin as wide as an entry's level run and turn.
  const entryX = count > 1 ? LANE * (1 + Math.max(0, ...content.crossing)) : 0;
  const margin = count > 1 ? entryX + entryRun + ENTRY_TURN : 0;
  let width = 0;
  let y = 0;
  for (let r = 0; r < count; r++) {
    const first = firstLayer[r];
    dx[r] = margin - (columns.x[first] - columns.width[first] / 2);
    const rowTop = Math.min(top[r], content.entryTop[r]);
    const rowBottom = Math.max(bottom[r], content.entryBottom[r]);
    dy[r] = y - rowTop;
    let right = 0;
    for (let l = first; l < layers && rowOf[l] === r; l++) right = columns.x[l] + columns.width[l] / 2 + dx[r];
    exitX[r] = right + ROW_PAD;
    const lanes = r + 1 < count ? content.crossing[r] : 0;
    width = Math.max(width, exitX[r] + lanes * LANE);
    channelY[r] = rowBottom + dy[r] + ROW_PAD;
    y = channelY[r] + lanes * LANE + (r + 1 < count ? ROW_PAD : -ROW_PAD);
  }
  return { count, rowOf, dx, dy, exitX, channelY, entryX, entryRun, width, height: y };
}

export { ENTRY_PITCH, LANE };
