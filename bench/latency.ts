/**
 * The two latency figures issue 7 still missed, alone and repeated, for before/after comparisons
 * on a loaded machine: a 2,000-node paste's longest task (with the long animation frames' scripts
 * that made it) and the step-to-frame median on the MLP preset (timed as bench/stepTiming.ts explains).
 * `npx vite build --minify false --outDir /tmp/chainrule-profile && tsx bench/latency.ts /tmp/chainrule-profile [rounds]`
 */
import { withPreviewPage } from './preview.ts';
import { randomProgram } from './programs.ts';
import { timeSteps } from './stepTiming.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4174);
const outDir = process.argv[2] ?? 'dist';
const rounds = Number(process.argv[3] ?? 3);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Frame { duration: number; styleAndLayout: number; scripts: { what: string; ms: number; layout: number }[] }

async function main() {
  await withPreviewPage(outDir, PORT, async (page) => {
  await page.addInitScript(() => {
    const w = window as unknown as { frames_: Frame[]; tasks_: number[]; __name: unknown };
    w.__name = (f: unknown) => f;
    w.frames_ = [];
    w.tasks_ = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.tasks_.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { duration: number; startTime: number; styleAndLayoutStart: number; scripts: { invoker: string; sourceFunctionName: string; sourceCharPosition: number; duration: number; forcedStyleAndLayoutDuration: number }[] }[]) {
        w.frames_.push({
          duration: e.duration,
          styleAndLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
          scripts: e.scripts.map((s) => ({ what: `${s.invoker} → ${s.sourceFunctionName}@${s.sourceCharPosition}`, ms: s.duration, layout: s.forcedStyleAndLayoutDuration })),
        });
      }
    }).observe({ type: 'long-animation-frame' });
  });
  await page.goto(`http://localhost:${PORT}/`);
  await page.waitForSelector('svg[aria-label="Computational graph"]');
  const steps: number[] = [];
  const longest: number[] = [];
  const drawn: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await page.selectOption('select', 'mlp-2321');
    await page.waitForTimeout(500);
    steps.push(median((await timeSteps(page, 60)).wall));
    const source = randomProgram(2000, 2007 + round).source;
    await page.evaluate(() => { const w = window as unknown as { frames_: Frame[]; tasks_: number[] }; w.frames_ = []; w.tasks_ = []; });
    const t0 = Date.now();
    await page.evaluate((text) => {
      const area = document.querySelector('textarea') as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, source);
    await page.waitForFunction(() => document.querySelectorAll('svg[aria-label="Computational graph"] g.node').length >= 2000, null, { timeout: 60_000, polling: 'raf' });
    drawn.push(Date.now() - t0);
    await page.waitForTimeout(1500);
    const { frames, tasks } = await page.evaluate(() => { const w = window as unknown as { frames_: Frame[]; tasks_: number[] }; return { frames: w.frames_, tasks: w.tasks_ }; });
    longest.push(Math.max(0, ...tasks));
    console.log(`round ${round + 1}: step median ${steps[round].toFixed(1)} ms; 2k paste drawn ${drawn[round]} ms, longest task ${longest[round].toFixed(0)} ms, tasks > 50 ms: ${tasks.map((t) => t.toFixed(0)).join(' ')}`);
    for (const f of frames.filter((x) => x.duration > 70)) {
      const scripts = f.scripts.filter((s) => s.ms >= 8).map((s) => `${s.what} ${s.ms.toFixed(0)}${s.layout >= 5 ? ` (forced layout ${s.layout.toFixed(0)})` : ''}`);
      console.log(`    frame ${f.duration.toFixed(0)} ms, style+layout ${f.styleAndLayout.toFixed(0)}: ${scripts.join('; ')}`);
    }
  }
  console.log(`medians over ${rounds} rounds: step ${median(steps).toFixed(1)} ms, 2k paste longest task ${median(longest).toFixed(0)} ms (worst ${Math.max(...longest).toFixed(0)}), drawn ${median(drawn)} ms`);
  });
}

await main();
