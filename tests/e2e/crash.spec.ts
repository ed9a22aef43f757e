/** Crash recovery: `?crash=<panel>` makes one panel throw once on its first render. */
import { expect, test } from './fixtures.ts';
import { button, editor, graph, nodeMark, screenshotPath } from './helpers.ts';

test.use({ allowedErrors: [/test crash in/] });

test('a crash in the graph leaves the rest working, keeps the text and recovers with Reset view', async ({ page }) => {
  await page.goto('/?crash=graph');
  const alert = page.getByRole('alert').filter({ hasText: 'The graph stopped working' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Copy program' })).toBeVisible();
  // The rest of the app still works: the editor has the text, stepping moves the step panel.
  const text = await editor(page).inputValue();
  expect(text.length).toBeGreaterThan(0);
  await button(page, 'Next step').click();
  await expect(page.getByText(/Step 2 of/)).toBeVisible();
  await page.screenshot({ path: screenshotPath('crash-panel') });
  await alert.getByRole('button', { name: 'Reset view' }).click();
  await expect(graph(page)).toBeVisible();
  await expect(page.getByText(/Step 1 of/)).toBeVisible();
});

test('a crash of the whole app shows the program text and the two buttons', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?crash=app');
  const alert = page.getByRole('alert').filter({ hasText: 'The app stopped working' });
  await expect(alert).toBeVisible();
  const kept = await alert.getByRole('textbox', { name: 'Your program' }).inputValue();
  expect(kept.length).toBeGreaterThan(0);
  await alert.getByRole('button', { name: 'Copy program' }).click();
  await expect(alert.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(kept);
  await page.screenshot({ path: screenshotPath('crash-app') });
  await alert.getByRole('button', { name: 'Reset view' }).click();
  await expect(nodeMark(page, 'x').first()).toBeVisible();
});
