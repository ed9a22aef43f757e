/**
 * Keyboard, screen readers and help: ? opens "Keyboard shortcuts" (Esc closes it, focus comes
 * back), arrow keys step from any focused control that is not a text field, the legend explains
 * the marks, the table view reads every node out, the last step lists the "Gradients", and the
 * inputs panel shows each input's gradient once reached.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { DEFAULT_PRESET } from '../../src/presets/index.ts';
import { button, editor, engine, expectStep, focusPage, nodeMark, openApp, screenshotPath } from './helpers.ts';

test.describe.configure({ timeout: 60_000 });

const count = engine(DEFAULT_PRESET.source).schedule.steps.length;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('? opens "Keyboard shortcuts", which lists every key; Esc closes it and focus comes back', async ({ page }) => {
  await openApp(page);
  const tableToggle = button(page, 'Table view');
  await tableToggle.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  // Presenter mode's own table repeats the stepping keys it gives another meaning (Space steps there).
  const presenterTable = dialog.locator('table.keys').filter({ has: page.locator('caption', { hasText: /^Presenter mode$/ }) });
  const general = dialog.locator('table.keys').filter({ hasNot: page.locator('caption', { hasText: /^Presenter mode$/ }) });
  const kbd = (where: typeof dialog, key: string) => where.locator('kbd', { hasText: new RegExp(`^${key.replace(/[+?.]/g, '\\$&')}$`) });
  for (const key of ['→', '←', 'Space', 'Home', 'End', 'PageUp', 'PageDown', '?', 'Esc', '+', '−', '0', 'Shift+←', 'Shift+↑']) {
    await expect(kbd(general, key)).toHaveCount(key.startsWith('Shift+←') ? 2 : 1); // Shift+← pans the graph and scrolls a formula
  }
  for (const key of ['P', 'PageDown', 'PageUp', 'Space', 'B', '.', 'L', 'Esc']) await expect(kbd(presenterTable, key)).toHaveCount(1);
  // Keys inside the dialog do not step the lesson behind it.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 1, count);
  await page.screenshot({ path: screenshotPath('help-shortcuts') });
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(tableToggle).toBeFocused();

  // The header's ? button opens it too; its Close button closes it.
  await button(page, 'Keyboard shortcuts').click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(button(page, 'Keyboard shortcuts')).toBeFocused();
});

test('? typed in the program is text, not a shortcut', async ({ page }) => {
  await openApp(page);
  await editor(page).focus();
  await page.keyboard.press('End');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  expect(await editor(page).inputValue()).toContain('?');
});

test('arrow keys step from a focused button or the legend; Shift+arrows are left to the graph', async ({ page }) => {
  await openApp(page);
  await button(page, 'Table view').focus();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2, count);
  await page.getByText('Legend', { exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3, count);
  // Space on the legend opens it rather than playing.
  await page.keyboard.press(' ');
  await expect(page.locator('details.legend')).toHaveAttribute('open', '');
  await expect(button(page, 'Play')).toBeVisible();
  await button(page, 'Next step').focus();
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 2, count);
  await focusPage(page);
  await page.keyboard.press('Shift+ArrowRight');
  await expectStep(page, 2, count);
});

test('PageDown and PageUp jump across the turn from the forward to the backward pass', async ({ page }) => {
  await openApp(page);
  // The forward pass computes the two gates q and f (steps 1–2); the backward pass starts at 3.
  expect(engine(DEFAULT_PRESET.source).schedule.forwardCount).toBe(2);
  await focusPage(page);
  await page.keyboard.press('PageDown');
  await expectStep(page, 3, count);
  await page.keyboard.press('PageDown');
  await expectStep(page, count, count);
  await page.keyboard.press('PageUp');
  await expectStep(page, 3, count);
  await page.keyboard.press('PageUp');
  await expectStep(page, 1, count);
});

test('the legend explains values, ∂ gradients, node kinds and highlights', async ({ page }) => {
  await openApp(page);
  const legend = page.locator('details.legend');
  await expect(legend.getByText('value, forward pass (above an edge)')).toBeHidden();
  await page.getByText('Legend', { exact: true }).click();
  for (const text of ['value, forward pass (above an edge)', 'gradient, backward pass (below an edge, bold)', 'the current step’s node', 'not reached yet', 'input', 'constant']) {
    await expect(legend.getByText(text, { exact: true })).toBeVisible();
  }
  await page.screenshot({ path: screenshotPath('help-legend') });
  expect(await seriousViolations(page)).toEqual([]);
});

test('the table view reads every node\'s value, and its gradient only once reached', async ({ page }) => {
  await openApp(page);
  await button(page, 'Table view').click();
  await expect(button(page, 'Table view')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('table', { name: `Nodes at step 1 of ${count}` })).toBeVisible();
  const table = page.getByRole('table', { name: /^Nodes at step/ });
  const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}\\b`) });
  // Step 1 computes q = x + y = -2 + 5 = 3; f = q·z is still to come.
  await expect(row('q').locator('td.value')).toHaveText('3');
  await expect(row('f').locator('td.value')).toHaveText('not computed yet');
  await expect(row('x').locator('td.grad')).toHaveText('not reached yet');
  expect(await seriousViolations(page)).toEqual([]);
  await focusPage(page);
  await page.keyboard.press('End');
  await expect(page.getByRole('table', { name: `Nodes at step ${count} of ${count}` })).toBeVisible();
  // f = 3·(−4) = −12; ∂f/∂x = ∂f/∂q · 1 = z = −4.
  await expect(row('f').locator('td.value')).toHaveText('-12');
  await expect(row('x').locator('td.grad')).toHaveText('-4');
  await page.screenshot({ path: screenshotPath('help-table-view') });
});

test('the last step lists the "Gradients" of every input and named node; the inputs show theirs once reached', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('table', { name: 'Gradients' })).toHaveCount(0);
  await expect(page.locator('.input-grad')).toHaveCount(0);
  await focusPage(page);
  await page.keyboard.press('End');
  const table = page.getByRole('table', { name: 'Gradients' });
  await expect(table).toBeVisible();
  // By hand: q = x + y = 3, f = q·z = −12; ∂f/∂f = 1, ∂f/∂q = z = −4, ∂f/∂z = q = 3,
  // ∂f/∂x = ∂f/∂y = ∂f/∂q · 1 = −4.
  const expected = [['x', '-2', '-4'], ['y', '5', '-4'], ['z', '-4', '3'], ['q', '3', '-4'], ['f', '-12', '1']];
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [
    tr.querySelector('th .sr-only')?.textContent ?? '', ...[...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  ]));
  expect(rows).toEqual(expected);
  const inputs = page.getByRole('region', { name: 'Inputs' });
  await expect(inputs.locator('.input-grad')).toHaveText(['gradient ∂ -4', 'gradient ∂ -4', 'gradient ∂ 3']);
  await page.screenshot({ path: screenshotPath('help-gradients-table') });
  expect(await seriousViolations(page)).toEqual([]);

  // One step back the table goes; x's gradient (the last one formed) leaves the inputs panel.
  await page.keyboard.press('ArrowLeft');
  await expect(table).toHaveCount(0);
  await expect(inputs.locator('.input-grad')).toHaveCount(2);
});

test('the header offers the language reference; a selected node with its actions passes axe', async ({ page, request }) => {
  await openApp(page);
  // The reference itself is words-reference.spec's; here, that the header offers it and the raw
  // file is still served for anyone who links to it.
  await expect(button(page, 'Language reference')).toBeVisible();
  expect((await request.get('./language.md')).status()).toBe(200);
  await focusPage(page);
  await page.keyboard.press('End');
  await nodeMark(page, 'q').click();
  await expect(page.getByRole('button', { name: 'Go to step' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
