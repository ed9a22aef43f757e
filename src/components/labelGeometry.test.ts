import { describe, expect, it } from 'vitest';
import { analyze } from '../core/index.ts';
import { layoutGraph } from '../layout/index.ts';
import { PRESETS } from '../presets/index.ts';
import { labelledLayout } from './labelGeometry.ts';
import { nodeSize } from './nodeShape.ts';

describe('labels on the presets', () => {
  for (const preset of PRESETS) {
    it(`${preset.id}`, () => {
      const r = analyze(preset.source);
      if (!r.ok) throw new Error('bad');
      const base = layoutGraph(r.value.graph, nodeSize, { layerGap: 100, nodeGap: 60 });
      const out = labelledLayout(r.value, base);
      console.log(preset.id, base.width, out.layout.width, out.clashes);
      expect(out.clashes).toBe(0);
    });
  }
});
