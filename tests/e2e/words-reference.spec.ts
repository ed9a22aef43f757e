/**
 * Issue 20, "Words": the language reference opens in a dialog, rendered (tables, code), in the
 * app's language — in Korean its prose has more Hangul than Latin letters — with the language
 * first and the command line in its own last section. The shortcuts dialog opens at its top.
 */
import { expect, test, type Page } from './fixtures.ts';
import { button, openApp, screenshotPath } from './helpers.ts';

// The machine is shared with other builds and browser runs: room for a slow first paint.
test.describe.configure({ timeout: 90_000 });

/** Hangul and Latin letters in the dialog's prose: its text outside code. */
async function letters(page: Page) {
  return page.getByRole('dialog').evaluate((d) => {
    const walker = document.createTreeWalker(d, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('code, pre')) text += n.textContent;
    return { hangul: (text.match(/\p{Script=Hangul}/gu) ?? []).length, latin: (text.match(/[A-Za-z]/g) ?? []).length };
  });
}

test('the language reference is a rendered dialog, the language first and the command line last', async ({ page }) => {
  await openApp(page);
  await button(page, 'Language reference').click();
  const dialog = page.getByRole('dialog', { name: 'Language reference' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Operators' })).toBeVisible();
  // Rendered, not raw: tables are tables, fences are code blocks, no Markdown syntax shows.
  expect(await dialog.getByRole('table').count()).toBeGreaterThanOrEqual(5);
  await expect(dialog.locator('pre code').first()).toContainText('q = x + y');
  await expect(dialog).not.toContainText('```');
  await expect(dialog).not.toContainText('| --- |');
  const headings = await dialog.getByRole('heading', { level: 3 }).allTextContents();
  expect(headings[0]).toBe('A first program');
  expect(headings.at(-1)).toBe('The command line');
  // The dialog opens at its top.
  expect(await dialog.evaluate((d) => d.scrollTop)).toBe(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });
  test('the reference is in Korean: its prose has more Hangul than Latin letters', async ({ page }) => {
    await page.goto('/');
    await button(page, '문법 안내').click();
    const dialog = page.getByRole('dialog', { name: '문법 안내' });
    await expect(dialog.getByRole('heading', { name: '연산자' })).toBeVisible();
    const headings = await dialog.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings.at(-1)).toBe('명령줄');
    const { hangul, latin } = await letters(page);
    expect(hangul).toBeGreaterThan(1000);
    expect(hangul).toBeGreaterThan(latin);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: screenshotPath('reference-ko') });
    await dialog.getByRole('heading', { name: '명령줄' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('reference-ko-cli') });
  });
});

test('the shortcuts dialog opens at its top, its title in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openApp(page);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  // Long enough to scroll: otherwise the check below would pass on any dialog.
  expect(await dialog.evaluate((d) => d.scrollHeight > d.clientHeight)).toBe(true);
  expect(await dialog.evaluate((d) => d.scrollTop)).toBe(0);
  await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
});
