/**
 * The layout options the graph is drawn with, per level of detail: GraphView lays the graph out
 * with them and the handout's figure (view/handout) too, so paper shows the positions the app shows.
 */
import type { LayoutOptions } from '../layout/index.ts';

/** Room between columns for a label like "∂ -0.19661" at 14 px; one object so the layout cache hits. */
export const LAYOUT_OPTIONS: LayoutOptions = { layerGap: 100, nodeGap: 60 };
/**
 * The Statements view, drawn like the course's network pictures: each input in the column just
 * before the statement it feeds first, inputs stacked a label block apart (32 px boxes, 14 apart:
 * the 40.4 px label blocks beside them tile), an input used once leading out level with its
 * labels on that stretch, room under each fan-out's sum, and a column too tall for the window
 * giving its inputs a column of their own. Layout units, labels included: mlp-2321 980×1027 →
 * 1300×555, net-222 843×574 → 1193×330 (wider, much shorter: both fit 1280×720 with the side
 * panels folded, which "Fit to screen" does for them: see tests/e2e/statements-fit.spec.ts).
 */
export const STATEMENT_LAYOUT_OPTIONS: LayoutOptions = {
  layerGap: 100, nodeGap: 16, inputReach: 0, leafGap: 14, sumRoom: 24, leafStub: 100, splitTallColumns: true,
  wrapWidth: 700, laneGap: 40,
};

export const layoutOptionsFor = (detail: string): LayoutOptions => (detail === 'statements' ? STATEMENT_LAYOUT_OPTIONS : LAYOUT_OPTIONS);
