/**
 * Issue 20, "Words": the table view agrees with the graph, and the Korean app's screens and
 * panels hold none of the English the issue found (add/mul 게이트, "(LANGUAGE.md)",
 * |∂out/∂node|, 역방향/순방향).
 */
import { expect, test, type Page } from './fixtures.ts';
import { button, openApp, screenshotPath } from './helpers.ts';

// The machine is shared with other builds and browser runs: room for a slow first paint.
test.describe.configure({ timeout: 90_000 });

const cell = (page: Page, name: string) => page.locator('#node-table tr', { has: page.getByRole('rowheader', { name, exact: true }) }).locator('td.grad');

test('at CS231n step 4 the table view shows the gradients the graph already shows', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Example').selectOption('cs231n');
  for (let i = 0; i < 3; i++) await button(page, 'Next step').click();
  await expect(page.locator('.timeline .counter')).toContainText('4');
  await button(page, 'Table view').click();
  await expect(cell(page, 'x')).toHaveText('-4');
  await expect(cell(page, 'y')).toHaveText('-4');
  await expect(cell(page, 'z')).toHaveText('3');
});

test.describe('the Korean app', () => {
  test.use({ locale: 'ko-KR' });
  test('names gates, the kink, the depth chart and the modes in Korean', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await page.getByRole('combobox', { name: '예제', exact: true }).selectOption('cs231n');
    await button(page, '표로 보기').click();
    const table = page.locator('#node-table');
    await expect(table).toContainText('덧셈 게이트');
    await expect(table).toContainText('곱셈 게이트');
    await expect(table).not.toContainText(/add|mul/);

    await button(page, '기울기 검사').click();
    const check = page.getByRole('region', { name: '기울기 검사', exact: true });
    await expect(check).toContainText('이 앱은 x = 0에서 기울기를 0으로 정했지만');
    await expect(check).not.toContainText('LANGUAGE.md');

    await button(page, '기울기 소실').click();
    const vanishing = page.getByRole('region', { name: '기울기 소실', exact: true });
    await expect(vanishing).toContainText('|∂출력/∂노드|');
    await expect(vanishing).not.toContainText('∂out');
    await expect(page.locator('body')).not.toContainText(/역방향|순방향|add 게이트|mul 게이트/);
    await page.screenshot({ path: screenshotPath('words-ko-panels'), fullPage: true });
  });
});
