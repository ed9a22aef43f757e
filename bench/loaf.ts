/**
 * A big paste's long animation frames, with what ran in them (Chromium's Long Animation Frames
 * API: each script's entry point and duration, its forced layout, and the frame's own style and
 * layout). Complements profile.ts, whose CPU samples cannot tell one task from the next.
 * `npx vite build --minify false --outDir /tmp/chainrule-profile && tsx bench/loaf.ts /tmp/chainrule-profile 2000,0`
 * (0: the 5,000-line long sum of tests/e2e/big.spec.ts).
 */
import { withPreviewPage } from './preview.ts';
import { randomProgram } from './programs.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4174);
const outDir = process.argv[2] ?? 'dist';
const sizes = (process.argv[3] ?? '2000,0').split(',').map(Number);
const longSum = ['x = 0', 'a1 = sin(x) * 2', ...Array.from({ length: 4998 }, (_, k) => `a${k + 2} = sin(x) * 2 + a${k + 1}`)].join('\n');

interface Frame { duration: number; styleAndLayout: number; scripts: { what: string; ms: number; layout: number }[] }

async function main() {
  await withPreviewPage(outDir, PORT, async (page) => {
  await page.goto(`http://localhost:${PORT}/`);
  await page.waitForSelector('svg[aria-label="Computational graph"]');
  await page.evaluate(() => {
    const w = window as unknown as { frames_: Frame[] };
    w.frames_ = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { duration: number; renderStart: number; startTime: number; styleAndLayoutStart: number; scripts: { invoker: string; sourceFunctionName: string; sourceCharPosition: number; duration: number; forcedStyleAndLayoutDuration: number }[] }[]) {
        w.frames_.push({
          duration: e.duration,
          styleAndLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
          scripts: e.scripts.map((s) => ({ what: `${s.invoker} → ${s.sourceFunctionName}@${s.sourceCharPosition}`, ms: s.duration, layout: s.forcedStyleAndLayoutDuration })),
        });
      }
    }).observe({ type: 'long-animation-frame' });
  });
  for (const size of sizes) {
    const source = size === 0 ? longSum : randomProgram(size, size + 7).source;
    await page.evaluate(() => { (window as unknown as { frames_: Frame[] }).frames_ = []; });
    await page.evaluate((text) => {
      const area = document.querySelector('textarea') as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, source);
    await page.waitForTimeout(8000);
    await page.getByRole('button', { name: 'Last step' }).click();
    await page.waitForTimeout(3000);
    const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
    console.log(`paste of ${size || 'the long sum'}, then Last step: ${frames.length} long frames`);
    for (const f of frames.filter((x) => x.duration > 80)) {
      const scripts = f.scripts.filter((s) => s.ms >= 10).map((s) => `${s.what} ${s.ms.toFixed(0)}${s.layout >= 5 ? ` (forced layout ${s.layout.toFixed(0)})` : ''}`);
      console.log(`  ${f.duration.toFixed(0)} ms, style+layout ${f.styleAndLayout.toFixed(0)}: ${scripts.join('; ')}`);
    }
  }
  });
}

await main();
