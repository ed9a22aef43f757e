/**
 * A node in the graph and its name in the program are linked: hover one, see the other.
 */
import { expect, test, type Page } from './fixtures.ts';
import { editor, nodeMark, openApp } from './helpers.ts';

/** The screen point of the `index`-th character of the program, read off the editor's mirror. */
async function characterPoint(page: Page, index: number): Promise<{ x: number; y: number }> {
  return page.locator('.editor-backdrop').evaluate((mirror, at) => {
    const walker = document.createTreeWalker(mirror, NodeFilter.SHOW_TEXT);
    let left = at;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (left < length) {
        const range = document.createRange();
        range.setStart(node, left);
        range.setEnd(node, left + 1);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      left -= length;
    }
    throw new Error(`no character ${at}`);
  }, index);
}

test('hovering a name where the program uses it outlines that node in the graph', async ({ page }) => {
  const problems = await openApp(page);
  const source = await editor(page).inputValue();
  // `q = x + y`: the x there is a use of the input x, the + is the gate q itself.
  const line = source.indexOf('q = x + y');
  let at = await characterPoint(page, line + 4);
  await page.mouse.move(at.x, at.y);
  await expect(nodeMark(page, 'x')).toHaveClass(/\bhovered\b/);
  at = await characterPoint(page, line + 6);
  await page.mouse.move(at.x, at.y);
  await expect(nodeMark(page, 'q')).toHaveClass(/\bhovered\b/);
  await expect(nodeMark(page, 'x')).not.toHaveClass(/\bhovered\b/);
  expect(problems.errors).toEqual([]);
});

test('hovering a node in the graph marks its name in the program', async ({ page }) => {
  await openApp(page);
  await nodeMark(page, 'z').hover();
  await expect(page.locator('.editor-backdrop mark.mark-hover')).toHaveText('z');
});
