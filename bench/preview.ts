/**
 * The browser benchmarks' harness: serves a build with `vite preview` (in its own process
 * group, so npx and the vite it starts both stop at the end), opens it in Debian's Chromium
 * and hands over one page. Everything is closed whatever the run throws.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';

export async function withPreviewPage(outDir: string, port: number, run: (page: Page, browser: Browser) => Promise<void>): Promise<void> {
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await new Promise((r) => setTimeout(r, 2500));
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    try {
      await run(await browser.newPage({ viewport: { width: 1400, height: 850 } }), browser);
    } finally {
      await browser.close();
    }
  } finally {
    try {
      if (server.pid !== undefined) process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  }
}
