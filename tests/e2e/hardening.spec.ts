/** Issue 12 in the browser: the strict CSP in the build, caps on huge input, Korean names. */
import { expect, test } from './fixtures.ts';
import { alert, editor, graph, nodeMark, openApp, screenshotPath } from './helpers.ts';

/** Sets the editor's text in one input event: `fill` is slow on huge text. */
async function paste(page: import('./fixtures.ts').Page, text: string) {
  await editor(page).evaluate((el, value) => {
    const area = el as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

test('the built page carries the strict Content-Security-Policy', async ({ page }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp?.split('; ').sort()).toEqual([
    "base-uri 'none'", "default-src 'self'", "form-action 'none'", "img-src 'self' data: blob:",
    "object-src 'none'", "script-src 'self'", "style-src 'self'",
  ]);
  // KaTeX formulas render under it (their inline styles are set through the CSSOM).
  await expect(page.locator('.katex').first()).toBeVisible();
});

test('a program past the size cap keeps its text, shows where the cap falls and draws nothing new', async ({ page }) => {
  await openApp(page);
  const line = 'f = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19\n';
  const huge = line.repeat(Math.ceil(2_100_000 / line.length));
  await paste(page, huge);
  await expect(alert(page)).toContainText('the limit is 2,000,000');
  expect(await editor(page).inputValue()).toHaveLength(huge.length);
  await page.screenshot({ path: screenshotPath('cap-size') });
});

test('too many nodes and too deep nesting get their messages', async ({ page }) => {
  await openApp(page);
  await paste(page, `f = ${Array(200_002).fill('1').join('+')}`);
  await expect(alert(page)).toContainText('more than 400,000 operations and values');
  await paste(page, `f = ${'('.repeat(201)}x${')'.repeat(201)}`);
  await expect(alert(page)).toContainText('nested more than 200 levels');
});

test('Korean names work in the editor, the graph and the formulas', async ({ page }) => {
  await openApp(page);
  await paste(page, '가중치 = 0.75\n손실 = (가중치 * 2 - 1)^2');
  await expect(nodeMark(page, '가중치')).toBeVisible();
  await expect(graph(page)).toContainText('손실');
  await page.screenshot({ path: screenshotPath('korean-names') });
});

test('a = 1e400: the field says Infinity, the slider is off, and the range follows an edit of the text', async ({ page }) => {
  await openApp(page);
  await paste(page, 'a = 1e400\nf = a * 2');
  await expect(page.getByRole('textbox', { name: 'a value' })).toHaveValue('Infinity');
  const slider = page.getByRole('slider', { name: 'a slider' });
  await expect(slider).toBeDisabled();
  await expect(page.getByRole('list', { name: 'Warnings' })).toContainText('too large for a double');
  expect(await editor(page).inputValue()).toBe('a = 1e400\nf = a * 2');
  await paste(page, 'a = 2\nf = a * 2');
  await expect(slider).toBeEnabled();
  await expect(slider).toHaveAttribute('max', '5');
  await paste(page, 'a = 100\nf = a * 2');
  await expect(slider).toHaveAttribute('max', '200');
  await page.screenshot({ path: screenshotPath('bad-numbers') });
});

test('hostile text in names, comments and storage never becomes markup or a handler', async ({ page }) => {
  await openApp(page);
  const payloads = [
    '<img src=x onerror="window.__pwned=1">', '<svg onload="window.__pwned=1"></svg>', 'javascript:window.__pwned=1',
    '\\href{javascript:alert(1)}{x} \\def\\a{\\a\\a} \\input{/etc/passwd}', '\u202e\u2066bidi\u2069', '\uD800 lone', 'nul\u0000here',
  ];
  for (const p of payloads) {
    // In a comment the program is valid; as a "name" it is an error shown as text.
    await paste(page, `# ${p}\nx = 2\nf = x * 3`);
    await expect(graph(page)).toBeVisible();
    await paste(page, `${p} = 2\nf = ${p} * 3`);
    await expect(alert(page)).toBeVisible();
  }
  // And through storage: a saved lesson holding the payload as its text.
  await page.evaluate((p) => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) as string;
      localStorage.setItem(key, localStorage.getItem(key)?.replace(/"source":"[^"]*"/, `"source":${JSON.stringify(`# ${p}\\nf = 1`)}`) ?? '');
    }
  }, payloads.join(' '));
  await page.reload();
  await expect(graph(page)).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('#root img, #root script, #root iframe, #root object, #root a[href^="javascript"]').count()).toBe(0);
  expect(await page.locator('#root [onerror], #root [onload], #root [onclick]').count()).toBe(0);
});
