import { describe, expect, it } from 'vitest';
import { edgeStubs, follow, FRAME_PAD, frameScene, inView, type Box, type Scene } from './framing.ts';

const box = (x: number, y: number, r = 20): Box => ({ left: x - r, right: x + r, top: y - r, bottom: y + r });
const LAPTOP = { min: 0.858, maxFit: 2 };

/** A wide network: inputs at x = 40, the explained gate at 400, its consumers at 900. */
const wide = (view = { width: 600, height: 460 }): Scene => ({
  drawing: { width: 3000, height: 800 },
  focus: box(400, 300),
  operands: [box(40, 150), box(40, 250), box(40, 350), box(40, 450), box(40, 550)],
  consumers: [box(900, 200), box(900, 400)],
  view,
  scales: LAPTOP,
});

describe('the framing', () => {
  it('shows a drawing that reads whole, whole and centred, at most 2×', () => {
    const f = frameScene({ ...wide(), drawing: { width: 200, height: 100 } });
    expect(f.k).toBe(2);
    expect(f.x).toBeCloseTo((600 - 400) / 2, 9);
    expect(f.y).toBeCloseTo((460 - 200) / 2, 9);
  });

  it('frames the current node with all five operands when they fit, though not with its consumers too', () => {
    const s = wide();
    const f = frameScene(s);
    expect(f.k).toBe(LAPTOP.min);
    expect(inView(f, s.focus!, s.view)).toBe(true);
    for (const operand of s.operands) expect(inView(f, operand, s.view)).toBe(true);
    // 40 → 920 is 880 units, 755 px at the readable scale: wider than the 600 px view.
    expect(s.consumers.some((c) => inView(f, c, s.view))).toBe(false);
  });

  it('frames operands and consumers together where the view holds them', () => {
    const s = wide({ width: 1000, height: 600 });
    const f = frameScene(s);
    for (const b of [s.focus!, ...s.operands, ...s.consumers]) expect(inView(f, b, s.view)).toBe(true);
  });

  it('keeps the current node in view when nothing else fits beside it', () => {
    const s: Scene = { ...wide({ width: 200, height: 200 }), operands: [box(0, 0)], consumers: [box(2900, 700)] };
    const f = frameScene(s);
    expect(inView(f, s.focus!, s.view)).toBe(true);
  });

  it('follows only when the present view misses something the framing would show', () => {
    const s = wide();
    const framed = frameScene(s);
    expect(follow(framed, s)).toBeNull();
    const away = { ...framed, x: framed.x - 500 };
    const next = follow(away, s);
    expect(next).not.toBeNull();
    expect(next!.k).toBe(away.k);
  });
});

describe('edge stubs', () => {
  const view = { width: 400, height: 300 };
  const at = { x: 0, y: 0, k: 1 };

  it('put a stub on the border toward each neighbour off screen, named after it', () => {
    const stubs = edgeStubs(at, view, { x: 200, y: 150 }, [
      { x: -300, y: 150, name: 'x1' }, { x: 900, y: 150, name: 'h2_1' }, { x: 250, y: 100, name: 'seen' }, { x: 200, y: 290, name: 'cut' },
    ]);
    // "cut": its centre on screen, 10 px from the bottom, its box half out of it.
    expect(stubs.map((s) => [s.name, s.side])).toEqual([['x1', 'left'], ['h2_1', 'right'], ['cut', 'bottom']]);
    expect(stubs[0].x).toBeCloseTo(8, 9);
    expect(stubs[0].y).toBeCloseTo(150, 9);
    expect(stubs[1].x).toBeCloseTo(392, 9);
  });

  it('meet the first border the edge crosses', () => {
    const [stub] = edgeStubs(at, view, { x: 200, y: 150 }, [{ x: 200, y: -1000, name: 'up' }]);
    expect(stub.side).toBe('top');
    expect(stub.y).toBeCloseTo(8, 9);
  });

  it('are drawn only while the current node itself is on screen', () => {
    expect(edgeStubs(at, view, { x: -50, y: 150 }, [{ x: 900, y: 150, name: 'far' }])).toEqual([]);
  });
});

it('keeps its pad in screen px', () => {
  expect(FRAME_PAD).toBeGreaterThan(0);
});
