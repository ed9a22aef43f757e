/**
 * The graph's web font (graphFont.css). A face loads only when some text first needs it, so the
 * gradients' weight would arrive at the first backward step and swap in mid-lesson; every Latin
 * face the graph draws is asked for as soon as the graph is, instead. The Greek faces still load
 * on demand (few programs draw a Greek letter). Label boxes never depend on it (labelGeometry.ts).
 */
import './graphFont.css';

export const GRAPH_FONT_WEIGHTS = [500, 600, 700, 800] as const;

let asked = false;

export function loadGraphFont(): void {
  if (asked || typeof document === 'undefined' || !('fonts' in document)) return;
  asked = true;
  for (const weight of GRAPH_FONT_WEIGHTS) void document.fonts.load(`${weight} 14px 'Noto Sans'`, '0').catch(() => undefined);
}
