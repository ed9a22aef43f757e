/**
 * Browser-side timings on the production build (run `npm run bench:browser`, which builds and
 * serves it): how long a keystroke takes to re-draw a ~500-node program, how long a step takes
 * on the 2-3-2-1 MLP preset, and the frame rate while it plays. Needs Chromium
 * (CHROMIUM_PATH or /usr/bin/chromium).
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { compile } from '../src/core/index.ts';

const PORT = 4174;

/** A program of about `gates` gates: layers of weighted sums through tanh, each reusing the last. */
function bigProgram(gates: number): string {
  const lines = ['a0 = 0.5', 'b0 = -0.25'];
  let i = 1;
  while (lines.length * 3 < gates) {
    lines.push(`a${i} = tanh(0.9*a${i - 1} + 0.3*b${i - 1})`, `b${i} = sigmoid(a${i} - b${i - 1})`);
    i++;
  }
  lines.push(`f = a${i - 1} * b${i - 1}`);
  return lines.join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 2500));
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    // tsx compiles the evaluated functions with esbuild's keep-names helper; give the page one.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`http://localhost:${PORT}/`);
    await page.waitForSelector('svg[aria-label="Computational graph"]');

    const small = await page.evaluate(async () => {
      const area = document.querySelector('textarea') as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      const base = area.value;
      const times: number[] = [];
      for (let k = 0; k < 30; k++) {
        const t0 = performance.now();
        setter.call(area, base.replace('y = 5', `y = ${k % 9 + 1}`));
        area.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        times.push(performance.now() - t0);
      }
      return times;
    });

    const program = bigProgram(500);
    const built = compile(program);
    const nodes = built.ok ? built.value.graph.nodes.length : 0;
    const typing = await page.evaluate(async (text) => {
      const area = document.querySelector('textarea') as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      const type = async (value: string) => {
        const t0 = performance.now();
        setter.call(area, value);
        area.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        return performance.now() - t0;
      };
      await type(text);
      await frame();
      const times: number[] = [];
      // Alternate a digit of the last constant: every keystroke re-parses and re-evaluates.
      for (let k = 0; k < 30; k++) times.push(await type(text.replace(/0\.9\*a1 /, `0.${(k % 9) + 1}*a1 `)));
      // And a change of shape: a new gate each time.
      const shape: number[] = [];
      for (let k = 0; k < 10; k++) shape.push(await type(`${text} + ${k}`));
      return { times, shape };
    }, program);

    await page.selectOption('select', 'mlp-2321');
    await page.waitForTimeout(300);
    const stepping = await page.evaluate(async () => {
      const next = document.querySelector('button[aria-label="Next step"]') as HTMLButtonElement;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      const times: number[] = [];
      for (let k = 0; k < 40; k++) {
        const t0 = performance.now();
        next.click();
        await frame();
        times.push(performance.now() - t0);
      }
      return times;
    });
    const fps = await page.evaluate(async () => {
      (document.querySelector('button[aria-label="First step"]') as HTMLButtonElement).click();
      const speed = document.querySelector('.speed select') as HTMLSelectElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
      setter.call(speed, '8');
      speed.dispatchEvent(new Event('change', { bubbles: true }));
      (document.querySelector('button[aria-label="Play"]') as HTMLButtonElement).click();
      let frames = 0;
      const t0 = performance.now();
      await new Promise<void>((done) => {
        const tick = () => { frames++; if (performance.now() - t0 < 3000) requestAnimationFrame(tick); else done(); };
        requestAnimationFrame(tick);
      });
      return (frames / (performance.now() - t0)) * 1000;
    });
    await browser.close();

    console.log(`browser timings (Chromium headless, production build)`);
    console.log(`  keystroke, CS231n example (5 nodes)          : median ${median(small).toFixed(1)} ms to next frame (max ${Math.max(...small).toFixed(1)})`);
    console.log(`  keystroke, ${nodes}-node program, value edit : median ${median(typing.times).toFixed(1)} ms to next frame (max ${Math.max(...typing.times).toFixed(1)})`);
    console.log(`  keystroke, ${nodes}-node program, new gate   : median ${median(typing.shape).toFixed(1)} ms to next frame (max ${Math.max(...typing.shape).toFixed(1)})`);
    console.log(`  step on the 2-3-2-1 MLP preset            : median ${median(stepping).toFixed(1)} ms to next frame (max ${Math.max(...stepping).toFixed(1)})`);
    console.log(`  playback at 8 steps/s on the MLP preset   : ${fps.toFixed(1)} frames/s`);
  } finally {
    server.kill();
  }
}

await main();
