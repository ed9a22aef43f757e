/**
 * The Layers view as paper draws it: the app's own layer layout (layerLayout.ts) at its last
 * step, as LayersGraph draws that step — each node's label and shape, its grid of cells coloured
 * on the app's diverging scale, a small grid's numbers in its cells, a gradient's frame dashed,
 * ⋯ ⋮ ⋱ where a big matrix is elided, and the layout's curves between nodes. Plain geometry in
 * layout units (px), which layersFigureOut.ts writes as SVG and TikZ.
 */
import { entryNode, type LayersAnalysis } from '../../core/index.ts';
import type { Point } from '../../layout/index.ts';
import { cellNumber, darkFill, divergingColour, layerMagnitudes, NEUTRAL, stepScales } from '../layers/layerColour.ts';
import { labelText, layoutLayers } from '../layers/layerLayout.ts';
import { layerStepState } from '../layers/layersView.ts';
import type { FigureText } from './figure.ts';

export interface LayersFigureCell {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The fill, as the app computes it: `#rrggbb` or `rgb(r, g, b)`. */
  readonly fill: string;
  /** The number written in it (a small grid's), white on a dark fill. */
  readonly text?: FigureText;
  readonly onDark: boolean;
}

export interface LayersFigureNode {
  readonly label: FigureText;
  readonly input: boolean;
  /** The frame around the grid; dashed when its cells hold gradients. */
  readonly frame: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly dashed: boolean;
  readonly cells: readonly LayersFigureCell[];
  /** ⋯, ⋮ and ⋱ where a big matrix leaves entries out. */
  readonly gaps: readonly FigureText[];
}

export interface LayersFigure {
  readonly nodes: readonly LayersFigureNode[];
  /** Each edge as a cubic curve: start, two controls, end (the arrow's tip). */
  readonly edges: readonly (readonly [Point, Point, Point, Point])[];
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** The labels' size; cell numbers are CELL_FONT. */
  readonly fontSize: number;
}

/** The sizes layers.css gives labels and cell numbers. */
export const LABEL_FONT = 15;
export const CELL_FONT = 13;

/** The layout's curve `M x1,y1 C cx1,cy1 cx2,cy2 x2,y2` as its four points. */
function curve(path: string): [Point, Point, Point, Point] {
  const n = (path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  return [{ x: n[0], y: n[1] }, { x: n[2], y: n[3] }, { x: n[4], y: n[5] }, { x: n[6], y: n[7] }];
}

export function layersFigure(la: LayersAnalysis): LayersFigure {
  const layout = layoutLayers(la.layers.nodes);
  const state = layerStepState(la, la.steps.length - 1);
  const { values, grads } = la.gates.trace;
  const scales = stepScales(layerMagnitudes(la, la.layers.nodes, values, grads), state.shows);
  const nodes = layout.nodes.map((p): LayersFigureNode => {
    const node = la.layers.nodes[p.id];
    const shows = state.shows[p.id];
    const numbers = shows === 'grad' ? grads : values;
    const max = shows === 'grad' ? scales.grad : scales.value;
    const cells: LayersFigureCell[] = [];
    const gaps: FigureText[] = [];
    p.rows.forEach((r, i) => p.cols.forEach((c, j) => {
      const x = p.gridX + j * p.cellWidth;
      const y = p.gridY + i * p.cellHeight;
      const middle = x + p.cellWidth / 2;
      if (r < 0 || c < 0) {
        gaps.push({ at: { x: middle, y: y + p.cellHeight * 0.7 }, text: r < 0 && c < 0 ? '⋱' : r < 0 ? '⋮' : '⋯' });
        return;
      }
      const v = numbers[entryNode(node, r + 1, c + 1) as number];
      const drawn = shows !== 'none';
      cells.push({
        x, y, width: p.cellWidth, height: p.cellHeight, fill: drawn ? divergingColour(v, max) : NEUTRAL, onDark: drawn && darkFill(v, max),
        ...(p.numbered && drawn && { text: { at: { x: middle, y: y + p.cellHeight * 0.68 }, text: cellNumber(v) } }),
      });
    }));
    const gridWidth = p.cols.length * p.cellWidth;
    const gridHeight = p.rows.length * p.cellHeight;
    return {
      label: { at: { x: p.gridX + gridWidth / 2, y: p.y + 16 }, text: labelText(node) },
      input: node.kind === 'input',
      frame: { x: p.gridX - 3, y: p.gridY - 3, width: gridWidth + 6, height: gridHeight + 6 },
      dashed: shows === 'grad',
      cells, gaps,
    };
  });
  return { nodes, edges: layout.edges.map((e) => curve(e.path)), left: 0, top: 0, width: layout.width, height: layout.height, fontSize: LABEL_FONT };
}
