import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';
import { layoutGraph } from '../../layout/index.ts';
import { presetById } from '../../presets/index.ts';
import { labelledLayout } from '../labelGeometry.ts';
import { nodeSize } from '../nodeShape.ts';
import { keyhole, presenterLayout } from './keyhole.ts';

/** Presenter mode's least scale (14-unit labels at 20 px) and the framing's border room in px. */
const K = 20 / 14;
const PAD = 24;
/** The graph's box in presenter mode (presenter.css: the bar above, the timeline below, 40vw of explanation). */
const SCREENS = [
  { name: '1024×768', width: 1024, height: 768, graph: { width: 614, height: 663 } },
  { name: '1280×720', width: 1280, height: 720, graph: { width: 768, height: 615 } },
];

describe('the keyhole: a gate and all its operands fit the projected graph at 20 px labels', () => {
  // net-222 at 4:3 does not fit yet: x1 and x2 feed two gates each and sit a column further left.
  const cases = [['mlp-2321', SCREENS], ['cs231n', SCREENS], ['net-222', [SCREENS[1]]]] as const;
  for (const [id, screens] of cases) {
    for (const screen of screens) {
      it(`${id} at ${screen.name}`, () => {
        const result = analyze(presetById(id)!.source);
        if (!result.ok) throw new Error(result.error.message);
        const { graph } = result.value;
        const layout = labelledLayout(result.value, layoutGraph(graph, nodeSize, presenterLayout(screen.width, screen.height))).layout;
        const room = { width: (screen.graph.width - 2 * PAD) / K, height: (screen.graph.height - 2 * PAD) / K };
        const tooBig: string[] = [];
        let gates = 0;
        graph.nodes.forEach((node, n) => {
          if (node.kind !== 'gate') return;
          gates++;
          const hole = keyhole(graph, layout, n, 24)!;
          const boxes = [hole.focus, ...hole.operands];
          const width = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
          const height = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
          expect(hole.operands).toHaveLength(new Set(node.args).size);
          if (width > room.width || height > room.height) tooBig.push(`${node.gateName ?? node.name}: ${width.toFixed(0)}×${height.toFixed(0)}`);
        });
        expect(gates).toBeGreaterThan(0);
        expect(tooBig, `room ${room.width.toFixed(0)}×${room.height.toFixed(0)}`).toEqual([]);
      });
    }
  }
});
