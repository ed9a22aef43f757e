/**
 * The dark theme (the system's `prefers-color-scheme: dark`) keeps every button, select, field
 * and panel readable: axe's color-contrast rule finds nothing with the course panels, the trace
 * table and the legend open, after a training step, in forward mode with its tangent column and
 * a selected row, in practice mode, and with a parse error on screen. The course panels and the
 * trace table once kept a white background under the dark theme's light text.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { alert, button, openApp, screenshotPath, setProgram } from './helpers.ts';

// A full axe run takes seconds on a busy 2-core machine, and these tests make several.
test.describe.configure({ timeout: 90_000 });
test.use({ colorScheme: 'dark', viewport: { width: 1280, height: 720 } });

/** Every color-contrast violation on the page, or inside `within` only. */
async function contrastProblems(page: Page, within?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withRules(['color-contrast']);
  const results = await (within ? axe.include(within) : axe).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? v.help}`));
}

/**
 * The same inside a box that scrolls (the course panels): axe judges only what is on screen,
 * so the box is checked a screenful at a time, from its top to its end.
 */
async function contrastProblemsScrolling(page: Page, box: string): Promise<string[]> {
  const problems = new Set<string>();
  const scroller = page.locator(box);
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
  for (let i = 0; i < 20; i++) {
    for (const p of await contrastProblems(page, box)) problems.add(p);
    const more = await scroller.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTo({ top: before + el.clientHeight - 24 });
      return el.scrollTop > before;
    });
    if (!more) break;
  }
  return [...problems];
}

test('the course panels, the trace table and the legend are readable in the dark theme', async ({ page }) => {
  test.setTimeout(180_000); // an axe run per screenful of the course panels: 7 or 8 at 1280×720
  await openApp(page);
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  for (const name of ['Gradient check', 'Training', 'Vanishing gradients']) await button(page, name).click();
  for (const name of ['Gradient check', 'Training', 'Vanishing gradients']) await expect(button(page, name)).toHaveAttribute('aria-expanded', 'true');
  await button(page, 'Trace table').click();
  await expect(page.locator('.trace-table')).toBeVisible();
  await page.getByText('Legend', { exact: true }).click();
  // One SGD step: its update lines and the loss change appear in the training panel.
  await button(page, 'SGD step').click();
  await expect(page.locator('.loss-change')).toBeVisible();
  await page.screenshot({ path: screenshotPath('dark-theme-course-1280x720') });
  // The pressed toggles and the panels' own buttons are light text on dark, not on white.
  const panel = await page.locator('.course-panel').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(panel).not.toBe('rgb(255, 255, 255)');
  expect(await contrastProblems(page)).toEqual([]);
  expect(await contrastProblemsScrolling(page, '.course-panels')).toEqual([]);
});

test('forward mode\'s trace table (tangents, a selected row), the table view and practice mode are readable in the dark theme', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Forward').check();
  await button(page, 'Trace table').click();
  await button(page, 'Next step').click();
  const table = page.locator('.trace-table');
  await expect(table.locator('td.tangent').first()).toBeVisible();
  await table.locator('tbody th button').first().click();
  await expect(table.locator('tr.selected')).toHaveCount(1);
  await button(page, 'Table view').click();
  await expect(button(page, 'Table view')).toHaveAttribute('aria-pressed', 'true');
  expect(await contrastProblems(page)).toEqual([]);
  await button(page, 'Table view').click();
  await page.getByLabel('Reverse').check();
  await page.getByRole('switch', { name: 'Practice' }).click();
  await expect(page.locator('.practice')).toBeVisible();
  await page.screenshot({ path: screenshotPath('dark-theme-practice-1280x720') });
  expect(await contrastProblems(page)).toEqual([]);
});

test('a parse error is readable and set apart from the Inputs heading, in the dark theme', async ({ page }) => {
  await openApp(page);
  await setProgram(page, 'f = x +');
  await expect(alert(page)).toContainText('Line 1, column 8');
  const gap = await page.evaluate(() => {
    const error = document.querySelector('#program-error')?.getBoundingClientRect();
    const heading = document.querySelector('.inputs-panel .panel-title')?.getBoundingClientRect();
    return error && heading ? heading.top - error.bottom : null;
  });
  // At least ~0.75rem between the error's last line and the heading under it.
  expect(gap).toBeGreaterThanOrEqual(12);
  await page.locator('.left').screenshot({ path: screenshotPath('dark-theme-error') });
  expect(await contrastProblems(page)).toEqual([]);
});
