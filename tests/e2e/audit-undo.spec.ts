/**
 * Typing undo in Chromium. A controlled React textarea has its text node (defaultValue) rewritten
 * on every keystroke, and Chromium then ends the undo step at each character: the editor is not
 * controlled, so typing leaves the field's own text alone. (Chromium also ends a typing step
 * when other parts of the page change between keystrokes — the graph, the inputs panel — which
 * a live view cannot avoid; see docs/audit-11-12.md.)
 */
import { expect, test } from './fixtures.ts';
import { editor, openApp, setProgram } from './helpers.ts';

test('typing never rewrites the editor\'s own text node, and Ctrl+Z undoes typed text', async ({ page }) => {
  await openApp(page);
  await setProgram(page, 'x = 2\nf = x * 3');
  await editor(page).focus();
  await page.keyboard.press('Control+End');
  await editor(page).evaluate((el) => {
    const w = window as unknown as { __rewrites: number };
    w.__rewrites = 0;
    new MutationObserver((ms) => { w.__rewrites += ms.length; }).observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.keyboard.type(' + x');
  await expect(editor(page)).toHaveValue('x = 2\nf = x * 3 + x');
  expect(await page.evaluate(() => (window as unknown as { __rewrites: number }).__rewrites)).toBe(0);
  await page.keyboard.press('Control+z');
  await expect(editor(page)).not.toHaveValue('x = 2\nf = x * 3 + x');
  // A restore from outside (Back to a kept program, a link) still reaches the field.
  await page.getByLabel('Example').selectOption('fanout');
  await expect(editor(page)).not.toHaveValue(/f = x \* 3/);
});
