/** Issue 11/12 audit: the latest edit wins a reload, two tabs never lose each other's text. */
import { expect, test } from './fixtures.ts';
import { editor, openApp, setProgram } from './helpers.ts';

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
