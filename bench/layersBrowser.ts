/**
 * Issue 19's Layers goals in the browser (used by bench/browser.ts; `BENCH_ONLY=layers` runs
 * them alone): each program of bench/layerPrograms.ts pasted while the Layers view is chosen,
 * timed to the frame that draws every layer node, with the longest main-thread task meanwhile;
 * then steps through it as bench/stepTiming.ts does (click → the end of the next frame).
 * Finally the same program in Gates: the scalar view shows its "Graph not drawn" region.
 */
import type { Page } from '@playwright/test';
import { analyze, analyzeLayers } from '../src/core/index.ts';
import { LAYER_PROGRAMS } from './layerPrograms.ts';
import { quantile, timeSteps } from './stepTiming.ts';

type Report = (what: string, value: string, goal: string) => void;

const layerNodeCount = (source: string) => {
  const a = analyze(source);
  if (!a.ok) throw new Error(`benchmark program does not compile: ${a.error.message}`);
  return analyzeLayers(a.value)?.layers.nodes.length ?? 0;
};

/** Sets the text (as a paste) and waits until `nodes` layer nodes are drawn: ms, and the longest task meanwhile. */
function pasteInLayers(page: Page, text: string, nodes: number): Promise<{ drawnMs: number; longestTaskMs: number; tasks: number[] }> {
  return page.evaluate(async ({ text, nodes }) => {
    const w = window as unknown as { bench: { setText(t: string): void; painted(): Promise<void>; longTasks: number[] } };
    w.bench.longTasks.length = 0;
    const t0 = performance.now();
    w.bench.setText(text);
    await new Promise<void>((done, fail) => {
      const tick = () => {
        if (document.querySelectorAll('.layers-svg g.layer-node').length >= nodes && !document.querySelector('.busy-note')) done();
        else if (performance.now() - t0 > 120_000) fail(new Error('Layers not drawn within 120 s'));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await w.bench.painted();
    const drawnMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 300)); // long tasks are reported after they end
    return { drawnMs, longestTaskMs: Math.max(0, ...w.bench.longTasks), tasks: [...w.bench.longTasks] };
  }, { text, nodes });
}

export async function benchLayers(page: Page, report: Report): Promise<void> {
  const ms = (xs: readonly number[], q = 0.5) => quantile(xs, q).toFixed(1);
  for (const { name, source } of LAYER_PROGRAMS) {
    await page.getByRole('radio', { name: 'Layers' }).check();
    await page.evaluate(() => (window as unknown as { bench: { setText(t: string): void } }).bench.setText('x = [1, 2]\nf = sum(x)'));
    await page.waitForSelector('.layers-svg g.layer-node');
    await page.waitForTimeout(300);
    const drawn = await pasteInLayers(page, source, layerNodeCount(source));
    report(`Layers: paste the ${name} → every layer node drawn`, `${drawn.drawnMs.toFixed(0)} ms`, 'draws (no goal in ms)');
    report('  longest main-thread task meanwhile', `${drawn.longestTaskMs.toFixed(0)} ms`, '≤ 200 ms');
    await page.evaluate(() => { (window as unknown as { bench: { longTasks: number[] } }).bench.longTasks.length = 0; });
    const steps = await timeSteps(page, 12);
    const stepTasks = await page.evaluate(() => Math.max(0, ...(window as unknown as { bench: { longTasks: number[] } }).bench.longTasks));
    report(`  step → frame, median / max of 12`, `${ms(steps.wall)} / ${ms(steps.wall, 1)} ms`, name.startsWith('64') ? 'one frame (≤ 16.7 ms work)' : 'steps');
    report(`  step work (React + frame), median / max`, `${ms(steps.work)} / ${ms(steps.work, 1)} ms`, '< 16.7 ms');
    report(`    of which React (+ KaTeX) / the frame's style, layout, paint`, `${ms(steps.react)} / ${ms(steps.render)} ms`, 'medians');
    report('  longest main-thread task while stepping', `${stepTasks.toFixed(0)} ms`, '≤ 200 ms');
  }
  // The scalar views of the big network: the "Graph not drawn" region, as before.
  await page.getByRole('radio', { name: 'Gates' }).check();
  const shown = await page.waitForSelector('.big-graph', { timeout: 120_000 }).then(() => true, () => false);
  report('  the 784-16-16-10 MLP in Gates: "Graph not drawn" region', shown ? 'shown' : 'NOT shown', 'shown');
}
