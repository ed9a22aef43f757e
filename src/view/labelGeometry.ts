/**
 * The boxes the graph's text takes, in layout units, for label placement (src/layout/labelRoom.ts):
 * each edge's label block (value above the edge, gradient below), each node's shape and name,
 * each fan-out's Σ∂ sum below its node, and the output stub's labels. Widths are estimated from
 * the characters (a generous bold sans), so the layout stays pure and the same in Node and in
 * the browser. Every label that any step shows is placed at once, so stepping never moves one.
 * Pure (no DOM, React or D3), so it can run beside the layout in a worker.
 */
import { formatNumber, type Analysis } from '../core/index.ts';
import type { Box, LabelSize, Layout } from '../layout/index.ts';
import { labelRounds, type Attached, type LabelledLayout } from '../layout/labelRoom.ts';
import { stepView } from './graphState.ts';
import { GATE_RADIUS, LABEL_FONT, nodeSize, OUTPUT_STUB } from './nodeShape.ts';

/** Where GraphMarks.tsx draws the texts, relative to their anchor: the value's and the gradient's baselines. */
export const VALUE_BASELINE = -7;
export const GRAD_BASELINE = 17;
/** A fan-out's Σ∂ sum: its baseline below the node's shape. */
export const SUM_BELOW = 18;
/** A gate's name: its baseline above the circle. */
export const NAME_ABOVE = 7;

/** Font metrics in em: ascent and descent of the text box the browser reports (DejaVu Sans, the widest usual sans). */
const ASCENT = 0.93;
const DESCENT = 0.24;
/** Advance widths in em of a bold sans, rounded up; anything else counts as a wide letter. */
const EM: Readonly<Record<string, number>> = {
  '.': 0.38, ',': 0.38, '-': 0.42, '+': 0.84, ' ': 0.35, '∂': 0.55, 'Σ': 0.69, '−': 0.84, '×': 0.84,
  e: 0.68, i: 0.35, l: 0.35, f: 0.44, t: 0.48, r: 0.5, I: 0.38, j: 0.35, _: 0.5,
};
const DIGIT = 0.7;
const LETTER = 0.78;

export function textWidth(text: string, fontSize = LABEL_FONT): number {
  let em = 0;
  for (const ch of text) em += EM[ch] ?? (ch >= '0' && ch <= '9' ? DIGIT : LETTER);
  return em * fontSize;
}

/** Widths in steps of two digits, so a slider nudging a digit rarely moves a label. */
const STEP = 2 * DIGIT * LABEL_FONT;
const quantised = (width: number) => Math.ceil(width / STEP) * STEP + 4;

const top = (baseline: number) => baseline - ASCENT * LABEL_FONT;
const bottom = (baseline: number) => baseline + DESCENT * LABEL_FONT;
const centred = (width: number, y0: number, y1: number, x = 0): Box => ({ left: x - width / 2, right: x + width / 2, top: y0, bottom: y1 });

export const gradText = (v: number) => `∂ ${formatNumber(v)}`;
export const sumText = (v: number) => `Σ∂ ${formatNumber(v)}`;

/** The label block of every edge: as wide as its wider text, from the value's top to the gradient's bottom. */
export function edgeLabelSizes({ graph, trace }: Analysis): LabelSize[] {
  return graph.edges.map((e) => ({
    width: quantised(Math.max(textWidth(formatNumber(trace.values[e.from])), textWidth(gradText(trace.contributions[e.id])))),
    above: -top(VALUE_BASELINE),
    below: bottom(GRAD_BASELINE),
  }));
}

/** Node shapes and names (obstacles), fan-out sums and the output's labels (labels that move with their node). */
export function attachedBoxes(analysis: Analysis): Attached[] {
  const { graph, trace, schedule } = analysis;
  const end = stepView(analysis, schedule.steps.length - 1);
  const boxes: Attached[] = [];
  for (const node of graph.nodes) {
    const { width, height } = nodeSize(node);
    const half = node.kind === 'gate' ? GATE_RADIUS : height / 2;
    boxes.push({ node: node.id, box: centred(width + 4, -half - 2, half + 2) });
    const shownName = node.kind === 'gate' ? node.name ?? node.gateName : undefined;
    if (shownName) {
      const baseline = -GATE_RADIUS - NAME_ABOVE;
      boxes.push({ node: node.id, box: centred(textWidth(shownName) + 4, top(baseline) - 1, bottom(baseline)) });
    }
    if (end.sumShown(node.id)) {
      const baseline = height / 2 + SUM_BELOW;
      boxes.push({ node: node.id, label: true, box: centred(quantised(textWidth(sumText(trace.grads[node.id]))), top(baseline), bottom(baseline) + 1) });
    }
  }
  const out = graph.output;
  const stubWidth = Math.max(textWidth(formatNumber(trace.values[out])), textWidth(gradText(trace.grads[out]))) + 4;
  // GraphMarks' OutputStub: from the output's right side, OUTPUT_STUB − 20 long, labels at its middle.
  const stubMiddle = nodeSize(graph.nodes[out]).width / 2 + (OUTPUT_STUB - 20) / 2;
  boxes.push({ node: out, label: true, box: centred(stubWidth, top(VALUE_BASELINE), bottom(GRAD_BASELINE), stubMiddle) });
  return boxes;
}

/** Above this many nodes, labels are placed without widening the layout (see labelledLayout). */
const WIDEN_MAX_NODES = 1500;

/** `box` as wide as `width`, about the same centre. */
function widened(box: Attached['box'], width: number): Attached['box'] {
  const half = Math.max(box.right - box.left, width) / 2;
  const centre = (box.left + box.right) / 2;
  return { ...box, left: centre - half, right: centre + half };
}

interface Placed {
  readonly edgeWidths: readonly number[];
  readonly attachedWidths: readonly number[];
  readonly result: LabelledLayout;
}
const cache = new WeakMap<Layout, Placed>();

/** Every label no wider than where it was placed: the old placement still holds, box inside box. */
const fitsIn = (now: readonly number[], then: readonly number[]) => now.length === then.length && now.every((w, i) => w <= then[i]);

/**
 * The drawn layout: `base` widened where labels need room, with every label's anchor. While an
 * edit (a slider, a typed digit) leaves every label as narrow as or narrower than before, the
 * previous result stands: nothing jumps, the view is not placed again, and a big graph is not
 * placed again on every keystroke.
 */
export function labelledLayout(analysis: Analysis, base: Layout): LabelledLayout {
  const stages = labelledLayoutInStages(analysis, base);
  let r = stages.next();
  while (!r.done) r = stages.next();
  return r.value;
}

/**
 * `labelledLayout` in pieces (the label sizes, the attached boxes, then each round of placement),
 * pausing between them, so a big graph's labelling runs as short tasks rather than one long one.
 */
export function* labelledLayoutInStages(analysis: Analysis, base: Layout): Generator<void, LabelledLayout> {
  const sizes = edgeLabelSizes(analysis);
  yield;
  const attached = attachedBoxes(analysis);
  const edgeWidths = sizes.map((s) => s.width);
  const attachedWidths = attached.map((a) => a.box.right - a.box.left);
  const hit = cache.get(base);
  if (hit && fitsIn(edgeWidths, hit.edgeWidths) && fitsIn(attachedWidths, hit.attachedWidths)) return hit.result;
  // A label's slot only grows: placed for the widest each label has been, the next edits of a
  // slider or a digit fit what is there, and the drawing is not placed again on every keystroke.
  const grownEdges = hit ? edgeWidths.map((w, i) => Math.max(w, hit.edgeWidths[i] ?? 0)) : edgeWidths;
  const grownAttached = hit ? attachedWidths.map((w, i) => Math.max(w, hit.attachedWidths[i] ?? 0)) : attachedWidths;
  const result = yield* labelRounds(
    base,
    sizes.map((size, i) => ({ ...size, width: grownEdges[i] })),
    attached.map((a, i) => ({ ...a, box: widened(a.box, grownAttached[i]) })),
    // Widening a big graph's gaps takes rounds of placement on the main thread: past a lesson's
    // size, labels are placed once on the layout as it is (they may touch where columns crowd).
    analysis.graph.nodes.length > WIDEN_MAX_NODES ? 0 : undefined,
  );
  cache.set(base, { edgeWidths: grownEdges, attachedWidths: grownAttached, result });
  return result;
}
