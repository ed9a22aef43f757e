/** The app's help reaches the language reference: the build serves docs/language.md next to index.html. */
import { expect, test } from './fixtures.ts';

// Opened as a text document, Chromium asks for /favicon.ico, which the app does not have (it
// names favicon.svg in index.html): that 404 is the browser's, not the app's.
test.use({ allowedErrors: [/Failed to load resource: the server responded with a status of 404/] });

test('the built app serves the language reference as language.md', async ({ page, request }) => {
  const response = await request.get('./language.md');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('charset=utf-8');
  const text = await response.text();
  expect(text).toContain('grad');
  expect(text).toContain('# The Chainrule language and command line');
  expect(text).toContain('∂f/∂x'); // read as UTF-8, not mangled
  // A UTF-8 byte-order mark, so hosts that send text/markdown without a charset show it right too.
  expect([...(await response.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  // Opened in the browser it shows as text (not a download).
  await page.goto('./language.md');
  await expect(page.locator('body')).toContainText('npm run --silent cli -- grad');
  await page.screenshot({ path: 'artifacts/screenshots/language-reference.png' });
});

test('the notes the reference links to are served beside it', async ({ request }) => {
  const response = await request.get('./language-notes.md');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('[language.md](language.md)');
});
