import { describe, expect, it } from 'vitest';
import { layeredLayout, type LayoutInput } from './layered.ts';
import { buffersOf, packInput, packLayout, unpackInput, unpackLayout } from './packed.ts';

/** x and 2 feed a multiply twice over (x*x is two edges), then a long edge from x to the output. */
const input: LayoutInput = {
  nodes: [
    { width: 46, height: 32, kind: 'input' },
    { width: 30, height: 26, kind: 'const' },
    { width: 42, height: 42, kind: 'gate' },
    { width: 42, height: 42, kind: 'gate' },
    { width: 42, height: 64, kind: 'gate' },
  ],
  edges: [{ from: 0, to: 2 }, { from: 0, to: 2 }, { from: 2, to: 3 }, { from: 1, to: 3 }, { from: 3, to: 4 }, { from: 0, to: 4 }],
  output: 4,
};

describe('packed layouts (what crosses to and from the layout worker)', () => {
  it('carries a layout input through typed arrays unchanged', () => {
    expect(unpackInput(packInput(input))).toEqual(input);
  });

  it('carries a layout, waypoints and all, through typed arrays unchanged', () => {
    const layout = layeredLayout(input);
    // The long edge x → output passes waypoints: more than two points survive the trip.
    expect(layout.edges[5].points.length).toBeGreaterThan(2);
    expect(unpackLayout(packLayout(layout))).toEqual(layout);
  });

  it('keeps the segment a stubbed edge wants its labels on', () => {
    const layout = layeredLayout(input, { leafStub: 40, inputReach: 0 });
    expect(layout.edges.some((edge) => edge.labelSegment === 1)).toBe(true);
    expect(unpackLayout(packLayout(layout))).toEqual(layout);
  });

  it('names every buffer to transfer, once each', () => {
    expect(buffersOf(packInput(input))).toHaveLength(5);
    expect(buffersOf(packLayout(layeredLayout(input)))).toHaveLength(4);
  });
});
