import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { randomProgram } from './programs.ts';
const server = spawn('npx', ['vite', 'preview', '--outDir', process.argv[2], '--port', '4309', '--strictPort'], { stdio: 'ignore', detached: true });
try {
  await new Promise((r) => setTimeout(r, 2500));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  await page.addInitScript(() => { (window as any).__name = (f: unknown) => f; });
  await page.goto('http://localhost:4309/');
  await page.waitForSelector('svg[aria-label="Computational graph"]');
  await page.selectOption('select', 'mlp-2321');
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline.stack', transferMode: 'ReturnAsStream' } as any);
  await page.evaluate(async () => { const next = document.querySelector('button[aria-label="Next step"]') as HTMLButtonElement; for (let k = 0; k < 10; k++) { next.click(); await new Promise((r) => setTimeout(r, 50)); } });
  const source = randomProgram(2000, 2007).source;
  await page.evaluate((text) => { const area = document.querySelector('textarea') as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true })); }, source);
  await page.waitForFunction(() => document.querySelectorAll('svg[aria-label="Computational graph"] g.node').length >= 2000, null, { timeout: 60_000, polling: 'raf' });
  await page.waitForTimeout(1500);
  const done = new Promise<any>((res) => cdp.once('Tracing.tracingComplete', res));
  await cdp.send('Tracing.end'); const { stream } = await done;
  let data = ''; for (;;) { const r: any = await cdp.send('IO.read', { handle: stream }); data += r.data; if (r.eof) break; }
  const parsed = JSON.parse(data); const events = parsed.traceEvents ?? parsed;
  const agg = new Map<string, { n: number; ms: number }>();
  for (const e of events) {
    if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.args?.beginData?.stackTrace) {
      const st = e.args.beginData.stackTrace.slice(0, 4).map((f: any) => `${f.functionName}:${f.lineNumber}`).join(' < ');
      const key = `${e.name} ${st}`; const a = agg.get(key) ?? { n: 0, ms: 0 }; a.n++; a.ms += (e.dur ?? 0) / 1000; agg.set(key, a);
    }
  }
  for (const [k, v] of [...agg].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) console.log(`${v.ms.toFixed(1)} ms in ${v.n}: ${k}`);
  await browser.close();
} finally { process.kill(-server.pid!); }
