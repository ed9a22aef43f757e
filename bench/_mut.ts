import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
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
  const out = await page.evaluate(async () => {
    const counts = new Map<string, number>();
    const where = (n: Node): string => { const el = (n.nodeType === 1 ? n : n.parentElement) as Element | null; const area = el?.closest('svg') ? 'svg' : el?.closest('[class]')?.className?.toString().split(' ')[0] ?? '?'; return area; };
    const mo = new MutationObserver((ms) => { for (const m of ms) { const k = `${where(m.target)} ${m.type}${m.attributeName ? ':' + m.attributeName : ''}`; counts.set(k, (counts.get(k) ?? 0) + 1); } });
    mo.observe(document.body, { subtree: true, attributes: true, characterData: true, childList: true });
    const next = document.querySelector('button[aria-label="Next step"]') as HTMLButtonElement;
    for (let k = 0; k < 20; k++) { next.click(); await new Promise((r) => setTimeout(r, 30)); }
    mo.disconnect();
    return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 20).toFixed(1)} ${k}`);
  });
  console.log(out.join('\n'));
  await browser.close();
} finally { process.kill(-server.pid!); }
