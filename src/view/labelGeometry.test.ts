import { describe, expect, it } from 'vitest';
import { analyze, analyzeView, DETAILS, type Analysis, type Detail } from '../core/index.ts';
import { layoutGraph } from '../layout/index.ts';
import { labelOverlaps } from '../layout/labelRoom.ts';
import { PRESETS } from '../presets/index.ts';
import { attachedBoxes, edgeLabelSizes, labelledLayout, textWidth } from './labelGeometry.ts';
import { nodeSize } from './nodeShape.ts';

const analysisOf = (source: string): Analysis => {
  const result = analyze(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const viewOf = (source: string, detail: Detail): Analysis => {
  const result = analyzeView(source, { detail });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
// The options GraphView lays graphs out with.
const OPTIONS = { layerGap: 100, nodeGap: 60 };

describe('label boxes of the drawing', () => {
  it('estimates text at least as wide as a bold sans draws it', () => {
    // DejaVu Sans Bold at 14 px, as Chromium's measureText gave it here: digits 9.74 px, "." 5.32, "-" 5.81, "∂" 7.62, " " 4.87.
    expect(textWidth('0.19661')).toBeGreaterThanOrEqual(6 * 9.74 + 5.32);
    expect(textWidth('∂ -0.39322')).toBeGreaterThanOrEqual(7.62 + 4.87 + 5.81 + 6 * 9.74 + 5.32); // ∂, space, minus, six digits, point
    // The graph's web font, Noto Sans (graphFont.css), at its heaviest weight, 800, at 14 px in Chromium: digits 8.09 px,
    // "." 3.99, "-" 4.47, " " 3.64, and "∂" (not in its subsets: the fallback, DejaVu Sans Bold) 7.62. Narrower in
    // every glyph, so the estimate holds before and after the web font swaps in, and nothing moves when it does.
    expect(textWidth('0.19661')).toBeGreaterThanOrEqual(6 * 8.09 + 3.99);
    expect(textWidth('∂ -0.39322')).toBeGreaterThanOrEqual(7.62 + 3.64 + 4.47 + 6 * 8.09 + 3.99);
  });

  for (const preset of PRESETS) {
    for (const detail of DETAILS) {
      it(`preset "${preset.id}", ${detail} view: every label clear of every other and of every node, at every step at once`, () => {
        const analysis = viewOf(preset.source, detail);
        const base = layoutGraph(analysis.graph, nodeSize, OPTIONS);
        const { layout, anchors, clashes } = labelledLayout(analysis, base);
        expect(clashes).toBe(0);
        expect(labelOverlaps(layout, anchors, edgeLabelSizes(analysis), attachedBoxes(analysis))).toEqual([]);
      });
    }
  }

  it('keeps the same drawing when an edit leaves every label the same size', () => {
    const a = analysisOf('x = 3\ny = 4\nf = x * y\n');
    const b = analysisOf('x = 2\ny = 4\nf = x * y\n');
    const base = layoutGraph(a.graph, nodeSize, OPTIONS);
    expect(layoutGraph(b.graph, nodeSize, OPTIONS)).toBe(base);
    expect(labelledLayout(b, base)).toBe(labelledLayout(a, base));
  });
});

describe('label placement across value edits', () => {
  it('keeps the placement while labels only get narrower, and places again when one grows', () => {
    const wide = analysisOf('x = -0.123\ny = 4\nf = x * y\n'); // x·y = -0.492: wide labels
    const narrow = analysisOf('x = 1\ny = 4\nf = x * y\n'); // 4: narrow labels
    const base = layoutGraph(wide.graph, nodeSize, OPTIONS);
    const first = labelledLayout(wide, base);
    expect(labelledLayout(narrow, base)).toBe(first);
    const grown = analysisOf('x = -0.123456\ny = 4.5678\nf = x * y\n');
    expect(labelledLayout(grown, base)).not.toBe(first);
  });
});
