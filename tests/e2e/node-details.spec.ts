/**
 * Clicking a node opens the "Selected node" panel with its value and, once the backward pass
 * has reached it (here: at the last step), its gradient.
 */
import { expect, test, type Page } from './fixtures.ts';
import { focusPage, nodeMark, openApp } from './helpers.ts';

const toLastStep = async (page: Page) => { await focusPage(page); await page.keyboard.press('End'); };

test('clicking the add gate q shows its value 3 and its gradient -4', async ({ page }) => {
  const problems = await openApp(page);
  await expect(page.getByRole('region', { name: 'Selected node' })).toHaveCount(0);
  await toLastStep(page);
  await nodeMark(page, 'q').click();
  const details = page.getByRole('region', { name: 'Selected node' });
  await expect(details).toBeVisible();
  await expect(details.locator('dd.value')).toHaveText('3');
  await expect(details.locator('dd.grad')).toHaveText('-4');
  await expect(nodeMark(page, 'q')).toHaveClass(/\bselected\b/);
  expect(problems.errors).toEqual([]);
});

test('clicking an input shows its own value and gradient, and the close button hides the panel', async ({ page }) => {
  await openApp(page);
  await toLastStep(page);
  await nodeMark(page, 'z').click();
  const details = page.getByRole('region', { name: 'Selected node' });
  await expect(details.locator('dd.value')).toHaveText('-4');
  await expect(details.locator('dd.grad')).toHaveText('3'); // ∂f/∂z = q = 3
  await details.getByRole('button', { name: 'Close selected node' }).click();
  await expect(details).toHaveCount(0);
});

test('clicking the selected node again deselects it', async ({ page }) => {
  await openApp(page);
  await nodeMark(page, 'f').click();
  await expect(page.getByRole('region', { name: 'Selected node' })).toBeVisible();
  await nodeMark(page, 'f').click();
  await expect(page.getByRole('region', { name: 'Selected node' })).toHaveCount(0);
});
