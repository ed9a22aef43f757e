/**
 * Practice mode, forward mode and the trace table, through the page as a student uses them:
 * the switch "Practice", the textbox "Your answer", Check/Retry/Hint/Reveal and the score;
 * the radio group "Mode" with "With respect to"; the "Trace table" and its row → node link.
 * Expected numbers are worked out by hand in the comments.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { PRESETS } from '../../src/presets/index.ts';
import { button, counter, edgeId, edgeLabels, engine, expectStep, focusPage, graph, nodeMark, openApp, screenshotPath, setProgram, stepPanel } from './helpers.ts';

// CS231n: x = -2, y = 5, z = -4; q = x + y = 3; f = q·z = -12.
// Steps: 1 fwd q, 2 fwd f, 3 bwd f, 4 bwd q, 5 bwd z, 6 bwd y, 7 bwd x.
const practiceSwitch = (page: Page) => page.getByRole('switch', { name: 'Practice' });
const answerBox = (page: Page) => page.getByRole('textbox', { name: 'Your answer' });
const practice = (page: Page) => page.getByRole('region', { name: 'Practice' });
const status = (page: Page) => practice(page).getByRole('status');

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Types an answer and presses the button "Check" (Enter is tested on its own below). */
async function answer(page: Page, text: string) {
  await answerBox(page).fill(text);
  await button(page, 'Check').click();
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => { if (!sessionStorage.getItem('kept')) { localStorage.clear(); sessionStorage.setItem('kept', '1'); } });
});

test('practice asks for the value before it tells, and takes a right answer', async ({ page }) => {
  const problems = await openApp(page);
  await practiceSwitch(page).click();
  await expect(practiceSwitch(page)).toHaveAttribute('aria-checked', 'true');
  const a = engine(PRESETS[0].source);
  // Until answered: no q = 3 in the step panel, and the graph does not yet write 3 on q → f.
  await expect(stepPanel(page)).toContainText('Answer the question above');
  await expect(stepPanel(page).locator('.katex')).toHaveCount(0);
  expect((await edgeLabels(page))[edgeId(a, 'q', 'f')].value).toBeNull();
  await expect(graph(page).locator('g.node title').first()).toContainText('numbers hidden');

  await answerBox(page).fill('3');
  // Space in the answer box types; it does not play the steps.
  await answerBox(page).press('Space');
  await expect(counter(page)).toHaveText('1 / 7');
  await answerBox(page).fill('6/2');
  await answerBox(page).press('Enter'); // Enter checks
  await expect(status(page)).toHaveText('Right: 3.');
  // Hint and Reveal stay on screen, disabled.
  await expect(button(page, 'Hint')).toBeDisabled();
  await expect(button(page, 'Reveal')).toBeDisabled();
  await expect(stepPanel(page)).toContainText('Forward');
  expect((await edgeLabels(page))[edgeId(a, 'q', 'f')].value).toBe('3');
  await page.screenshot({ path: screenshotPath('practice-right') });
  expect(problems.errors).toEqual([]);
});

test('a wrong answer names the mistake; Retry, Hint (rule, then pattern) and Reveal', async ({ page }) => {
  await openApp(page);
  await practiceSwitch(page).click();
  await answer(page, '3'); // q = 3
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await answer(page, '−12'); // f = 3·(-4), typed with U+2212
  await expect(status(page)).toHaveText('Right: -12.');
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3, 7);
  // ∂f/∂q = z = -4; answering q's own value 3 is the multiply swap missed.
  await answer(page, '3');
  await expect(status(page)).toContainText('wrong operand');
  await expect(status(page)).toContainText('multiply gate swaps');
  await button(page, 'Retry').click();
  await expect(answerBox(page)).toHaveValue('');
  await expect(answerBox(page)).toBeFocused();
  await answer(page, 'x');
  await expect(status(page)).toHaveText('Use numbers only: x is a name, not a number.');
  await button(page, 'Hint').click();
  await expect(practice(page).locator('.practice-hint .katex')).toHaveCount(1);
  await button(page, 'Hint').click();
  await expect(practice(page).locator('.practice-hint .pattern')).toContainText('multiply gate: swaps');
  await page.screenshot({ path: screenshotPath('practice-hint') });
  await answer(page, '-4');
  await expect(status(page)).toHaveText('Right: -4.');
  await button(page, 'Next question').click();
  // The product ∂f/∂f · ∂f/∂q = 1 · (-4): Reveal gives it.
  await button(page, 'Reveal').click();
  await expect(status(page)).toHaveText('The answer is -4.');
  await expect(button(page, 'Reveal')).toBeDisabled();
  await expect(button(page, 'Hint')).toBeDisabled();
});

test('the score shows at the end, keeps across a reload, and resets', async ({ page }) => {
  await openApp(page);
  // f = -x at x = 2: forward f = -2; backward ∂f/∂x = -1, product 1·(-1) = -1; then x (nothing to ask).
  await setProgram(page, 'x = 2\nf = -x');
  await practiceSwitch(page).click();
  await answer(page, '-2');
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await answer(page, '1'); // sign slip: the local gradient of a negation is -1
  await expect(status(page)).toContainText('sign');
  await answer(page, '-1');
  await button(page, 'Next question').click();
  await button(page, 'Reveal').click();
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3, 3);
  const score = page.getByRole('region', { name: 'Score' });
  // value first try; local right after a retry; product revealed
  await expect(score.locator('[data-score="first-try"]')).toHaveText('1');
  await expect(score.locator('[data-score="retried"]')).toHaveText('1');
  await expect(score.locator('[data-score="revealed"]')).toHaveText('1');
  await page.screenshot({ path: screenshotPath('practice-score') });

  await page.reload();
  // the saved lesson brings back the program and the Practice switch
  await expect(practiceSwitch(page)).toHaveAttribute('aria-checked', 'true');
  await setProgram(page, 'x = 2\nf = -x');
  await focusPage(page);
  await page.keyboard.press('End');
  await expect(score.locator('[data-score="first-try"]')).toHaveText('1');
  await expect(score.locator('[data-score="revealed"]')).toHaveText('1');
  await button(page, 'Reset score').click();
  await expect(score.locator('[data-score="first-try"]')).toHaveText('0');
  await expect(score.locator('[data-score="revealed"]')).toHaveText('0');
});

test('practice asks on every preset without an error', async ({ page }) => {
  const problems = await openApp(page);
  await practiceSwitch(page).click();
  for (const preset of PRESETS) {
    await page.getByLabel('Example').selectOption(preset.id);
    await expect(answerBox(page)).toBeVisible();
    await button(page, 'Reveal').click();
    await expect(status(page)).toContainText('The answer is');
  }
  expect(problems.errors).toEqual([]);
});

test('forward mode steps tangents and ends on reverse mode’s gradient, with the passes counted', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByRole('radiogroup', { name: 'Mode' }).getByRole('radio', { name: 'Forward' }).check();
  const wrt = page.getByRole('combobox', { name: 'With respect to' });
  await expect(wrt.locator('option')).toHaveText(['x', 'y', 'z']);
  await wrt.selectOption('x');
  // seed ẋ = 1, then q, then f: 3 steps
  await expectStep(page, 1, 3);
  await expect(stepPanel(page)).toContainText('Forward mode');
  const a = engine(PRESETS[0].source);
  expect((await edgeLabels(page))[edgeId(a, 'x', 'q')].grad).toBe('d/dx 1');
  await focusPage(page);
  await page.keyboard.press('End');
  await expectStep(page, 3, 3);
  // ∂f/∂x = z·q̇ = -4·1 = -4 forward; backprop gives the same -4
  const result = page.getByRole('region', { name: 'The gradient, both ways' });
  await expect(result.locator('[data-mode="forward"] .sr-only')).toHaveText('-4');
  await expect(result.locator('[data-mode="reverse"] .sr-only')).toHaveText('-4');
  await expect(page.getByRole('region', { name: 'Cost of the whole gradient' })).toContainText('Forward mode: 3 passes, one per input.');
  await page.screenshot({ path: screenshotPath('forward-mode') });

  // w.r.t. z: ḟ = q·ż = 3
  await wrt.selectOption('z');
  await focusPage(page);
  await page.keyboard.press('End');
  await expect(result.locator('[data-mode="forward"] .sr-only')).toHaveText('3');

  // The MLP: 23 inputs, so 23 forward passes against 1 backward.
  await page.getByLabel('Example').selectOption('mlp-2321');
  await expect(page.getByRole('region', { name: 'Cost of the whole gradient' })).toContainText('Forward mode: 23 passes');
  await page.getByRole('radio', { name: 'Reverse' }).check();
  await expect(stepPanel(page)).toContainText('Forward pass');
  expect(problems.errors).toEqual([]);
});

test('practice asks for tangents in forward mode, and Play stops at a step that asks', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'Forward' }).check();
  await practiceSwitch(page).click();
  // step 1 seeds ẋ = 1: nothing to ask; Play moves on and stops at q, which asks
  await button(page, 'Play').click();
  await expect(answerBox(page)).toBeVisible();
  await expect(counter(page)).toHaveText('2 / 3');
  await expect(button(page, 'Play')).toBeVisible();
  // q̇ = ∂q/∂x·ẋ = 1·1 = 1
  await answer(page, '1');
  await expect(status(page)).toHaveText('Right: 1.');
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  // ḟ = ∂f/∂q·q̇ = z·1 = -4; answering f's value times q̇ (-12) is using the value, not the partial
  await answer(page, '-12');
  await expect(status(page)).toContainText('used the value instead of the local gradient');
  await answer(page, '-4');
  await expect(page.getByRole('region', { name: 'The gradient, both ways' })).toBeVisible();
});

test('the trace table grows with the steps and selects a row’s node in the graph', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel('Example').selectOption('survey');
  await button(page, 'Trace table').click();
  const table = page.getByRole('table', { name: 'Trace table' });
  // step 1 computes v1 = ln x1: the inputs x1, x2 and v1
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await table.getByRole('button', { name: 'v2' }).click();
  await expect(nodeMark(page, 'v2')).toHaveClass(/selected/);
  // v2 = x1·x2 = 2·5 = 10
  await expect(table.locator('tr.selected td.value')).toHaveText('10');
  await focusPage(page);
  await page.keyboard.press('End');
  // ∂f/∂x1 = 1/x1 + x2 = 5.5 in the adjoint column
  await expect(table.locator('tbody tr').filter({ hasText: 'x1' }).first().locator('td.grad')).toHaveText('5.5');
  await page.getByRole('radio', { name: 'Forward' }).check();
  await focusPage(page);
  await page.keyboard.press('End');
  // forward, w.r.t. x1: ḟ = 5.5 too
  await expect(table.locator('tbody tr').last().locator('td.tangent')).toHaveText('5.5');
  await page.screenshot({ path: screenshotPath('trace-table') });
  expect(problems.errors).toEqual([]);
});

test('practice, forward mode and the trace table have no serious accessibility violations', async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page);
  await practiceSwitch(page).click();
  await answer(page, '7'); // wrong: q = 3
  await button(page, 'Hint').click();
  await button(page, 'Trace table').click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('radio', { name: 'Forward' }).check();
  await focusPage(page);
  await page.keyboard.press('End');
  await button(page, 'Reveal').click();
  await expect(page.getByRole('region', { name: 'The gradient, both ways' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('in a laptop window the answer row fits its card: Check stays inside the question box', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByLabel('Example').selectOption('mlp-2321');
  await practiceSwitch(page).click();
  const card = await practice(page).boundingBox();
  const check = await button(page, 'Check').boundingBox();
  const field = await answerBox(page).boundingBox();
  if (!card || !check || !field) throw new Error('practice not shown');
  // 2 px: the card's border.
  expect(check.x + check.width).toBeLessThanOrEqual(card.x + card.width - 2);
  expect(field.x + field.width).toBeLessThanOrEqual(check.x);
});
