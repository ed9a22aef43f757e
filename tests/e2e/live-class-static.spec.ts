/**
 * The app without a class server is the static app it always was: "Start a live class" and
 * "Join a class" say that no class server is reachable, in English and in Korean, and the
 * lesson goes on. And the budget: what the page loads before its first paint stays ≤ 200 kB
 * gzip (the live class, the Markdown reference, the QR code and the overview are lazy).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures.ts';
import { button, counter, openApp } from './helpers.ts';

test('with no class server, both live-class doors say so, and the app steps on', async ({ page }) => {
  await openApp(page);
  await button(page, 'Start a live class').click();
  const panel = page.getByRole('region', { name: 'Live class' });
  await expect(panel).toContainText('No class server is reachable at this address.');
  await expect(panel.getByRole('status', { name: 'Join code' })).toHaveCount(0);
  await button(page, 'End the class').click();
  await button(page, 'Join a class').click();
  await page.getByRole('textbox', { name: 'Class code' }).fill('ACDEFGHJKM');
  await button(page, 'Join').click();
  await expect(panel).toContainText('No class server is reachable at this address.');
  await button(page, 'Next step').click();
  await expect(counter(page)).toHaveText('2 / 7');
});

test('initial JS ≤ 200 kB gzip: the scripts index.html loads before the first paint', () => {
  const dist = process.env.E2E_DIST ?? 'dist';
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(0);
  const sizes = scripts.map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`initial JS: ${(total / 1000).toFixed(1)} kB gzip — ${sizes.map((s) => `${s.file} ${(s.gzip / 1000).toFixed(1)}`).join(', ')}`);
  expect(total).toBeLessThanOrEqual(200_000);
});
