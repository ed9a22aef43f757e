import { describe, expect, it } from 'vitest';
import type { Layout } from '../layout/index.ts';
import { LABEL_FONT } from '../view/nodeShape.ts';
import { defaultView, MARGIN, OUTPUT_STUB, PRESENTER_SCALES, READABLE_SCALE } from './useGraphZoom.ts';

const layout = (width: number, height: number): Layout => ({ nodes: [], edges: [], layers: 1, width, height });

describe('the default view', () => {
  it('keeps labels at least 12 px on screen', () => {
    expect(READABLE_SCALE * LABEL_FONT).toBeGreaterThanOrEqual(12);
  });

  it('shows a graph that fits at a readable scale whole and centred, at most 2×', () => {
    // 300 × 200 drawn, plus margins (2 × MARGIN = 48) and the output stub (90): 438 × 248 in a 940 × 700 view → 2×.
    expect(MARGIN).toBe(24);
    const t = defaultView(layout(300, 200), null, 940, 700);
    expect(t.k).toBe(2);
    // The drawing's box (0, 0)–(438, 248) lands centred: (940 − 876) / 2 = 32 across, (700 − 496) / 2 = 102 down.
    expect(t.x).toBeCloseTo(32, 9);
    expect(t.y).toBeCloseTo(102, 9);
    const small = defaultView(layout(1000, 200), null, 580, 570);
    // 580 / 1138 = 0.5097… < readable, so it does not fit: see the next case.
    expect(small.k).toBe(READABLE_SCALE);
  });

  it('shows a graph too big to read whole at the readable scale, centred on the current node', () => {
    const focus = { x: 1200, y: 400 };
    const t = defaultView(layout(3000, 900), focus, 580, 570);
    expect(t.k).toBe(READABLE_SCALE);
    const [sx, sy] = t.apply([focus.x + MARGIN, focus.y + MARGIN]);
    expect(sx).toBeCloseTo(290, 6);
    expect(sy).toBeCloseTo(285, 6);
  });

  it('keeps the view inside the drawing when the current node is near its edge', () => {
    const t = defaultView(layout(3000, 900), { x: 0, y: 0 }, 580, 570);
    expect(t.x).toBe(0);
    expect(t.y).toBe(0);
    const end = defaultView(layout(3000, 900), { x: 3000, y: 900 }, 580, 570);
    // The drawing's right edge, at (3000 + 2·MARGIN + 90)·k, meets the view's right edge.
    expect(end.x + (3000 + 2 * MARGIN + OUTPUT_STUB) * end.k).toBeCloseTo(580, 6);
  });

  it('in presenter mode keeps labels at least 20 px: a graph readable whole at 12 px is followed at 20 px instead', () => {
    const k = PRESENTER_SCALES.min;
    // 20 / 14 = 1.42857…, rounded up to 1.429: the 14 px labels are 20.006 px on screen.
    expect(k).toBe(1.429);
    expect(k * LABEL_FONT).toBeGreaterThanOrEqual(20);
    // 1000 × 200 plus margins (2 × 24) and stub (90) is 1138 × 248; in a 1200 × 500 view it fits at 1200 / 1138 = 1.0545…:
    // whole at laptop sizes, but under 1.429, so presenter mode centres the current node at 1.429 instead.
    expect(defaultView(layout(1000, 200), null, 1200, 500).k).toBeCloseTo(1200 / 1138, 9);
    const focus = { x: 500, y: 100 };
    const t = defaultView(layout(1000, 200), focus, 1200, 500, PRESENTER_SCALES);
    expect(t.k).toBe(k);
    const [sx] = t.apply([focus.x + MARGIN, focus.y + MARGIN]);
    expect(sx).toBeCloseTo(600, 6);
  });

  it('in presenter mode blows a small graph up to 2.5×, not the laptop\'s 2×', () => {
    // 300 × 200 → 470 × 280 in 2000 × 1200: it would fit at min(4.25, 4.28…); capped at 2 on a laptop, 2.5 presenting.
    expect(defaultView(layout(300, 200), null, 2000, 1200).k).toBe(2);
    expect(defaultView(layout(300, 200), null, 2000, 1200, PRESENTER_SCALES).k).toBe(2.5);
  });
});
