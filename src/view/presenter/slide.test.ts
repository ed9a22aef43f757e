/**
 * "Export PNG" keeps presenter-size labels (issue 20): the slide shows the projected view, widened
 * to 16:9, at a scale no smaller than the screen's whenever the view fits 1920×1080, so a label of
 * ≥ 20 px on the projector is ≥ 20 px on the slide. Derived: the slide's px per drawing unit is
 * 1920·k / max(w, h·16/9), against k on screen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLIDE, slideRegion } from './slide.ts';

describe('slideRegion', () => {
  it('draws every label at least as big as on screen when the view fits the slide', () => {
    fc.assert(fc.property(
      fc.integer({ min: 200, max: SLIDE.width }), fc.integer({ min: 150, max: SLIDE.height }),
      fc.double({ min: 0.05, max: 6, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true }),
      (width, height, k, x, y) => {
        const region = slideRegion({ width, height }, { x, y, k });
        expect(region.scale).toBeGreaterThanOrEqual(k * (1 - 1e-12));
        // The slide's shape, around the view's centre.
        expect(region.width / region.height).toBeCloseTo(SLIDE.width / SLIDE.height, 9);
        expect(region.left + region.width / 2).toBeCloseTo((width / 2 - x) / k, 6);
      },
    ));
  });

  it('maps a 1024×768 projector view onto the slide at 1.40625× (1920 / (768·16/9))', () => {
    const region = slideRegion({ width: 1024, height: 768 }, { x: 0, y: 0, k: 1 });
    expect(region.scale).toBeCloseTo(1920 / (768 * 16 / 9), 12);
    expect(region.scale).toBeCloseTo(1.40625, 12);
  });
});
