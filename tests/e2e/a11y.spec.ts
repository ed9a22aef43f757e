/**
 * axe finds no serious or critical accessibility violations in the states a student meets:
 * the page as it opens, a backward step, a parse error on screen, and a formula too wide for
 * its panel.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { alert, button, focusPage, openApp, setProgram, stepPanel } from './helpers.ts';

// A full axe run takes seconds on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the page as it opens has no serious accessibility violations', async ({ page }) => {
  await openApp(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a backward step has no serious accessibility violations', async ({ page }) => {
  await openApp(page);
  for (let i = 0; i < 3; i++) await button(page, 'Next step').click();
  await expect(stepPanel(page).getByText('Backward pass')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a parse error on screen has no serious accessibility violations', async ({ page }) => {
  await openApp(page);
  await setProgram(page, 'f = x * y +');
  await expect(alert(page)).toContainText('Line 1, column 12');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a long fan-out sum (the 2-2-2 network\'s last step) wraps inside the step panel and stays accessible', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Example').selectOption('net-222');
  await focusPage(page);
  await page.keyboard.press('End');
  await expect(stepPanel(page).getByText('Upstream gradient: the sum of its terms')).toBeVisible();
  // ∂E/∂x1 sums two terms with long decimals: KaTeX breaks it after '+' or '=' rather than overflow.
  const formula = stepPanel(page).locator('.formula').first();
  expect(await formula.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  // …and it did have to break: its pieces sit on more than one line.
  const rows = await formula.locator('.katex-html > span').evaluateAll((bases) => new Set(bases.map((b) => Math.round(b.getBoundingClientRect().top))).size);
  expect(rows).toBeGreaterThan(1);
  expect(await seriousViolations(page)).toEqual([]);
});
