/** Issue 11/12 audit: the latest edit wins a reload, two tabs never lose each other's text. */
import { expect, test } from './fixtures.ts';
import { editor, graph, openApp, screenshotPath, setProgram } from './helpers.ts';

const first = 'x = 3\ny = 4\nf = x * y\n';
const second = 'x = 3\ny = 5\nf = x + y\n';

test.describe('a reload racing the address', () => {
  // The document must come from the network, so its delay can be set (a service worker would
  // answer the reload from its cache at once).
  test.use({ serviceWorkers: 'block' });

  test('a reload inside the address debounce keeps the latest edit, not the address\'s older program', async ({ page }) => {
    await openApp(page);
    await setProgram(page, first);
    await page.waitForTimeout(500); // the address has caught up with the first program
    // The reload's document is slow to arrive, so the old page's pending address write lands
    // while the reload (holding the older address) is under way — the race seen under load.
    await page.route(/\/(#.*)?$/, async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await setProgram(page, second);
    await page.reload();
    await expect(editor(page)).toHaveValue(second);
  });
});

test('two tabs never lose each other\'s program: the one saved over is kept and offered back', async ({ page, context }) => {
  const mine = 'a = 1\nf = a * 2\n';
  const theirs = 'b = 2\nf = b * 3\n';
  await openApp(page);
  await setProgram(page, mine);
  const other = await context.newPage();
  await other.goto('/');
  await expect(editor(other)).toHaveValue(mine); // the shared autosave
  await setProgram(other, theirs); // the other tab saves last
  await setProgram(page, `${mine}# more\n`); // this tab now saves over it
  const notice = page.getByRole('status', { name: 'Program from another tab' });
  await expect(notice).toContainText('kept for you');
  await other.close();
  await page.reload(); // still offered after a reload, though the other tab is gone
  await expect(notice).toBeVisible();
  await page.screenshot({ path: screenshotPath('other-tab-kept'), clip: { x: 0, y: 0, width: 700, height: 500 } });
  await notice.getByRole('button', { name: 'Open it' }).click();
  await expect(editor(page)).toHaveValue(theirs);
  await expect(notice).toHaveCount(0);
  // This tab's own text is kept in turn, as an example pick keeps it.
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('chainrule.lesson') ?? '{}').ownText)).toBe(`${mine}# more\n`);
});

test.describe('a lazy panel that fails to load', () => {
  test.use({ serviceWorkers: 'block', allowedErrors: [/GradientCheckPanel|Failed to fetch dynamically imported module|net::ERR_FAILED|Failed to load resource/] });

  test('shows its message and leaves the rest of the app working', async ({ page }) => {
    await page.route(/GradientCheckPanel-[\w-]+\.js$/, (route) => route.abort());
    await openApp(page);
    await setProgram(page, first);
    await page.getByRole('button', { name: 'Gradient check' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'stopped working' });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Copy program' })).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Reset view' })).toBeVisible();
    // The rest works: the editor keeps its text and takes typing, stepping moves on.
    await expect(editor(page)).toHaveValue(first);
    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await expect(page.getByText(/Step 2 of/)).toBeVisible();
    await setProgram(page, second);
    await expect(graph(page)).toBeVisible();
    await page.screenshot({ path: screenshotPath('lazy-panel-failed'), clip: { x: 0, y: 0, width: 1440, height: 900 } });
  });
});

test('the address follows each change, one step at a time (timed in the page)', async ({ page }) => {
  await openApp(page);
  await setProgram(page, first);
  await expect(page).toHaveURL(/#/);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Each key press steps (a replaceState); the page times the address change from the key.
  await page.evaluate(() => {
    const w = window as unknown as { __delays: number[] };
    w.__delays = [];
    document.addEventListener('keydown', () => {
      const before = location.hash;
      const start = performance.now();
      const tick = () => (location.hash !== before ? w.__delays.push(performance.now() - start) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    });
  });
  const keys = ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowRight', 'ArrowLeft', 'ArrowLeft'];
  for (const [i, key] of keys.entries()) {
    await page.keyboard.press(key);
    // Wait on the state: this key's address change has landed before the next key.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __delays: number[] }).__delays.length)).toBe(i + 1);
  }
  const delays = await page.evaluate(() => (window as unknown as { __delays: number[] }).__delays);
  console.log(`address delays (ms): ${delays.map((d) => d.toFixed(0)).join(', ')}`);
  // The goal (300 ms) is a speed figure for a quiet machine; here, that each change gets there
  // without waiting for a pause in the stepping, even on a loaded one.
  for (const d of delays) expect(d).toBeLessThan(2000);
});

test('a link carries every field of the lesson: a fresh browser restores the same record', async ({ page, browser }) => {
  const { decodeShareHash } = await import('../../src/store/shareLink.ts');
  await openApp(page);
  await setProgram(page, 'w = 2\nx = 3\nf = w * x\n');
  await page.getByRole('radiogroup', { name: 'Detail' }).getByRole('radio', { name: 'Primitives' }).check();
  await page.getByRole('radio', { name: 'Forward' }).check();
  await page.getByRole('button', { name: 'Training', exact: true }).click();
  await page.getByRole('region', { name: 'Training' }).getByRole('checkbox', { name: 'Train x' }).uncheck();
  await page.getByRole('button', { name: 'Next step', exact: true }).click();
  await page.getByLabel('Language').selectOption('ko');
  // The address follows a moment later (debounced, compressed): wait until it holds all of it.
  const expected = { detail: 'primitives', mode: 'forward', step: 1, trained: { x: false }, language: 'ko' };
  let link = '';
  await expect.poll(async () => {
    link = page.url();
    const now = await decodeShareHash(new URL(link).hash);
    return now.ok && Object.entries(expected).every(([k, v]) => JSON.stringify(now.value[k as keyof typeof now.value]) === JSON.stringify(v));
  }).toBe(true);
  const sent = await decodeShareHash(new URL(link).hash);
  expect(sent.ok && sent.value).toMatchObject(expected);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('html')).toHaveAttribute('lang', 'ko');
  await other.waitForTimeout(500); // the restored lesson writes its own address
  expect(await decodeShareHash(new URL(other.url()).hash)).toEqual(sent);
  await fresh.close();
});
