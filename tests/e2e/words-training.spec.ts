/**
 * Issue 20, "Messages": Train on an output with no minimum says so and stops, instead of
 * walking CS231n's f down to −3644 in silence; a loss with a floor trains every step.
 */
import { expect, test, type Page } from './fixtures.ts';
import { button, editor, openApp } from './helpers.ts';

// The machine is shared with other builds and browser runs: room for a slow first paint.
test.describe.configure({ timeout: 90_000 });

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('Train on CS231n’s f, which has no minimum, stops and says so; the MLP trains every step', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Example').selectOption('cs231n');
  await button(page, 'Training').click();
  const panel = region(page, 'Training');
  await panel.getByRole('button', { name: 'Train', exact: true }).click();
  const said = panel.getByRole('alert');
  await expect(said).toContainText('f has no minimum to find');
  await expect(said).toContainText('training stopped');
  await expect(panel.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  // It stopped early: far from −3644, at the step the loss went past ten times its start.
  const progress = await panel.getByText(/^step \d+ of 200, loss/).textContent();
  const [, done, loss] = /^step (\d+) of 200, loss (\S+)$/.exec(progress ?? '') ?? [];
  expect(Number(done)).toBeLessThan(200);
  expect(Number(loss)).toBeGreaterThan(-200);
  await expect(editor(page)).toHaveValue(/z = -?\d/);

  await page.getByLabel('Example').selectOption('mlp-2321');
  await panel.getByRole('spinbutton', { name: 'Training steps' }).fill('40');
  await panel.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(panel.getByText(/^step 40 of 40, loss/)).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
});
