/** Issue 11/12 audit: the latest edit wins a reload, two tabs never lose each other's text. */
import { expect, test } from './fixtures.ts';
import { editor, openApp, screenshotPath, setProgram } from './helpers.ts';

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
