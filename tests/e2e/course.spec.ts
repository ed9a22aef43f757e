/**
 * The rest of the course in the browser: the "Gradient check", "Training" and "Vanishing
 * gradients" panels, each opened by its button, with their controls and charts. Expected
 * numbers come from the engine run in Node (core's gradCheck/train), not from the page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { compile } from '../../src/core/index.ts';
import { gradCheck } from '../../src/core/course/gradcheck.ts';
import { train } from '../../src/core/course/train.ts';
import { deepChain, presetById, PRESETS } from '../../src/presets/index.ts';
import { button, editor, openApp, screenshotPath, setProgram } from './helpers.ts';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const chart = (page: Page, name: string) => page.getByRole('img', { name, exact: true });
const sig6 = (v: number) => String(Number(v.toPrecision(6)));

test('panels start closed and open from their buttons; the gradient check passes CS231n and fails at relu’s kink', async ({ page }) => {
  const problems = await openApp(page);
  for (const name of ['Gradient check', 'Training', 'Vanishing gradients']) {
    await expect(region(page, name)).toHaveCount(0);
    await expect(button(page, name)).toHaveAttribute('aria-expanded', 'false');
  }
  await button(page, 'Gradient check').click();
  const check = region(page, 'Gradient check');
  await expect(check).toBeVisible();
  await expect(button(page, 'Gradient check')).toHaveAttribute('aria-expanded', 'true');

  const rows = check.getByRole('table').first().locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('x');
  await expect(rows.nth(0).locator('td').nth(0)).toHaveText('-4');
  await expect(rows.nth(2).locator('td').nth(0)).toHaveText('3');
  await expect(rows.locator('.verdict')).toHaveText(['✓ pass', '✓ pass', '✓ pass']);
  // The kink: backprop 0 against (relu(h) − relu(−h))/2h = 0.5.
  const kink = check.getByRole('table').nth(1).locator('tbody tr');
  await expect(kink.locator('td')).toHaveText(['0', '0.5', '1', '✗ fail']);
  // Cost: 3 inputs → 6 forward passes; 2 gates → 12 gate evaluations.
  await expect(check).toContainText('1 forward + 1 backward pass = 2 gate evaluations');
  await expect(check).toContainText('= 6 forward passes = 12 gate evaluations');
  const cost = chart(page, 'Cost of gradients');
  await expect(cost).toBeVisible();
  await expect(cost.locator('path.curve')).toHaveCount(2);
  await expect(cost).toContainText('GPT-3: 175 B');

  // h is editable: on x³ at x = 1 the central difference is 3 + h², visibly off at h = 0.1.
  await setProgram(page, 'x = 1\nf = x^3');
  const h = check.getByRole('spinbutton', { name: 'h', exact: true });
  await expect(h).toHaveValue('0.00001');
  await h.fill('0.1');
  const c = compile('x = 1\nf = x^3');
  if (!c.ok) throw new Error('x^3 does not compile');
  const expected = gradCheck(c.value.graph, c.value.inputValues, 0.1).inputs[0];
  const cells = check.getByRole('table').first().locator('tbody tr td');
  await expect(cells.nth(0)).toHaveText('3');
  await expect(cells.nth(1)).toHaveText(sig6(expected.numeric)); // 3 + h² = 3.01
  await expect(cells.nth(3)).toHaveText('✗ fail');
  await h.fill('-1');
  await expect(check.getByRole('alert')).toContainText('positive');

  // The graph comes first on the page, the charts after it.
  const order = await page.evaluate(() => {
    const graph = document.querySelector('[aria-label="Computational graph"]');
    const cost = document.querySelector('[aria-label="Cost of gradients"]');
    return graph && cost ? graph.compareDocumentPosition(cost) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeTruthy();
  await page.setViewportSize({ width: 1440, height: 2400 }); // the panel scrolls inside a short window
  await check.screenshot({ path: screenshotPath('course-gradient-check') });
  expect(problems.errors).toEqual([]);
});

test('training: trainable marks, learning rate, one SGD step on the MLP, then a run with a live loss curve', async ({ page }) => {
  const problems = await openApp(page);
  const mlp = presetById('mlp-2321')!;
  await page.getByLabel('Example').selectOption(mlp.id);
  await button(page, 'Training').click();
  const panel = region(page, 'Training');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: 'Train W1_11' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Train b3_1' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Train x1' })).not.toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Train y_true' })).not.toBeChecked();
  const rate = panel.getByRole('spinbutton', { name: 'Learning rate' });
  await expect(rate).toHaveValue('0.01');

  const c = compile(mlp.source);
  if (!c.ok) throw new Error('the MLP preset does not compile');
  const trained = c.value.graph.inputs.map((id) => mlp.trainable.includes(c.value.graph.nodes[id].name as string));
  const oneStep = train(c.value.graph, c.value.inputValues, trained, 0.01, 1);
  await panel.getByRole('button', { name: 'SGD step', exact: true }).click();
  await expect(panel.locator('.update-lines li')).toHaveCount(20);
  await expect(panel.locator('.loss-change')).toHaveText(`loss ${sig6(oneStep.losses[0])} → ${sig6(oneStep.losses[1])}`);
  await expect(panel.locator('.loss-now')).toContainText(sig6(oneStep.losses[1]));
  const w3 = oneStep.values[c.value.graph.inputs.findIndex((id) => c.value.graph.nodes[id].name === 'W3_11')];
  await expect(editor(page)).toHaveValue(new RegExp(`W3_11 = ${String(w3).replace('.', '\\.')}\\n`));
  await expect(editor(page)).toHaveValue(/x1 = 1\n/);
  // One Ctrl+Z takes every value back; redo brings the step again.
  const stepped = await editor(page).inputValue();
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toHaveValue(mlp.source);
  await page.keyboard.press('Control+Shift+z');
  await expect(editor(page)).toHaveValue(stepped);
  // The edited text is no longer the preset's, yet data and target stay untrained.
  await expect(panel.getByRole('checkbox', { name: 'Train x1' })).not.toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Train y_true' })).not.toBeChecked();
  await page.setViewportSize({ width: 1440, height: 2400 });
  await panel.screenshot({ path: screenshotPath('course-sgd-step') });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Untrain everything but b3_1: a step moves only the output bias.
  await rate.fill('0.001');
  await panel.getByRole('checkbox', { name: 'Train W3_11' }).uncheck();
  await expect(panel.getByRole('checkbox', { name: 'Train W3_11' })).not.toBeChecked();

  const steps = panel.getByRole('spinbutton', { name: 'Training steps' });
  await steps.fill('3000');
  await panel.getByRole('button', { name: 'Train', exact: true }).click();
  const pause = panel.getByRole('button', { name: 'Pause', exact: true });
  await expect(pause).toBeEnabled();
  await pause.click();
  await expect(panel.getByRole('button', { name: 'Resume', exact: true })).toBeEnabled();
  await panel.getByRole('button', { name: 'Resume', exact: true }).click();
  await panel.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(panel.getByRole('button', { name: 'Stop', exact: true })).toBeDisabled();
  await steps.fill('40');
  await panel.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(panel.getByText(/^step 40 of 40, loss/)).toBeVisible();
  const curve = chart(page, 'Loss curve');
  await expect(curve.locator('path.curve')).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){40}$/);
  await expect(editor(page)).not.toHaveValue(/W3_11 = 1\.3\n/);
  await page.setViewportSize({ width: 1440, height: 2400 });
  await panel.screenshot({ path: screenshotPath('course-training') });

  // Matrix form: one box trains or freezes a whole W (mixed while only some entries train), and an
  // SGD step leaves a frozen W1 as it was while W2 moves as the engine's step moves it.
  await page.setViewportSize({ width: 1440, height: 900 });
  const matrix = presetById('mlp-2321-matrix')!;
  await page.getByLabel('Example').selectOption(matrix.id);
  await expect(editor(page)).toHaveValue(matrix.source);
  // The scalar MLP's run was another program's: its progress and curve are gone.
  await expect(panel.getByText(/^step \d+ of \d+, loss/)).toHaveCount(0);
  await expect(curve.locator('path.curve')).not.toHaveAttribute('d', /(L[\d.]+,[\d.]+){40}$/);
  const w1 = panel.getByRole('checkbox', { name: 'Train W1 (3×2)', exact: true });
  const w1Entries = ['W1_11', 'W1_12', 'W1_21', 'W1_22', 'W1_31', 'W1_32'].map((name) => panel.getByRole('checkbox', { name: `Train ${name}`, exact: true }));
  await expect(w1).toBeChecked();
  await expect(panel.getByRole('group', { name: 'W1 (3×2)', exact: true }).getByRole('checkbox')).toHaveCount(7);
  await w1.uncheck();
  for (const entry of w1Entries) await expect(entry).not.toBeChecked();
  await w1Entries[2].check();
  await expect(w1).toBeChecked({ indeterminate: true });
  await w1Entries[2].uncheck();
  await expect(w1).not.toBeChecked();
  await expect(w1).toHaveJSProperty('indeterminate', false);
  await expect(panel.getByRole('checkbox', { name: 'Train W2 (2×3)', exact: true })).toBeChecked();
  await panel.getByRole('button', { name: 'Entries of W1', exact: true }).click();
  await expect(w1Entries[0]).toHaveCount(0);
  await panel.getByRole('button', { name: 'Entries of W1', exact: true }).click();
  await rate.fill('0.01');
  const m = compile(matrix.source);
  if (!m.ok) throw new Error('the matrix-form MLP does not compile');
  const names = m.value.graph.inputs.map((id) => m.value.graph.nodes[id].name as string);
  const frozen = names.map((name) => matrix.trainable.includes(name) && !name.startsWith('W1_'));
  const expected = train(m.value.graph, m.value.inputValues, frozen, 0.01, 1).values;
  await panel.getByRole('button', { name: 'SGD step', exact: true }).click();
  await expect(panel.locator('.update-lines li')).toHaveCount(14);
  await expect(editor(page)).not.toHaveValue(matrix.source);
  const after = compile(await editor(page).inputValue());
  if (!after.ok) throw new Error('the stepped program does not compile');
  names.forEach((name, i) => {
    const now = after.value.inputValues[i];
    if (name.startsWith('W1_')) expect(now, name).toBe(m.value.inputValues[i]);
    if (name.startsWith('W2_')) {
      expect(now, name).not.toBe(m.value.inputValues[i]);
      expect(now, name).toBeCloseTo(expected[i], 12);
    }
  });
  await page.setViewportSize({ width: 1440, height: 2400 });
  await panel.screenshot({ path: screenshotPath('course-training-matrix') });
  expect(problems.errors).toEqual([]);
});

test('vanishing gradients: bars by depth for any program, the deep chain with four activations, and the activation chart', async ({ page }) => {
  const problems = await openApp(page);
  await button(page, 'Vanishing gradients').click();
  const panel = region(page, 'Vanishing gradients');
  const depth = chart(page, 'Gradient magnitude by depth');
  // CS231n: f at distance 0; z, q at 1; x, y at 2 — one bar per distance.
  await expect(depth.locator('rect')).toHaveCount(3);

  await page.getByLabel('Example').selectOption('sigmoid-chain');
  await expect(depth.locator('g.bars')).toHaveCount(4);
  const sigmoidBars = depth.locator('g.bars.current rect');
  expect(await sigmoidBars.count()).toBeGreaterThan(8);
  const switcher = panel.getByRole('radio', { name: 'ReLU' });
  await switcher.check();
  await expect(editor(page)).toHaveValue(deepChain('relu'));
  await expect(panel.getByRole('radio', { name: 'ReLU' })).toBeChecked();
  await panel.getByRole('radio', { name: 'sigmoid' }).check();
  await expect(editor(page)).toHaveValue(deepChain('sigmoid'));
  for (const name of ['tanh', 'softplus']) await expect(panel.getByRole('radio', { name })).toBeVisible();

  const act = chart(page, 'Activation functions');
  await expect(act.locator('path.curve')).toHaveCount(8);
  await expect(act.locator('circle.peak')).toHaveCount(4);
  await expect(act).toContainText('σ′ peaks at 0.25 at x = 0');
  await expect(act).toContainText('tanh′ peaks at 1');
  await page.setViewportSize({ width: 1440, height: 2400 });
  await panel.screenshot({ path: screenshotPath('course-vanishing') });
  expect(problems.errors).toEqual([]);
});

test('a typed program: every input trains, all three panels open at once with no serious accessibility violations', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = await openApp(page);
  await setProgram(page, 'w = 0.5\nb = 0\nloss = (w*2 + b - 3)^2');
  for (const name of ['Gradient check', 'Training', 'Vanishing gradients']) await button(page, name).click();
  const panel = region(page, 'Training');
  await expect(panel.getByRole('checkbox', { name: 'Train w' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Train b' })).toBeChecked();
  // loss = (2w + b − 3)² = (1 − 3)² = 4; ∂/∂w = 2·(−2)·2 = −8, ∂/∂b = −4:
  // w ← 0.5 + 0.08 = 0.58, b ← 0 + 0.04 = 0.04, loss = (1.16 + 0.04 − 3)² = 3.24.
  await expect(panel.locator('.loss-now')).toContainText('4');
  await panel.getByRole('button', { name: 'SGD step', exact: true }).click();
  await expect(panel.locator('.loss-change')).toHaveText('loss 4 → 3.24');
  await expect(editor(page)).toHaveValue('w = 0.58\nb = 0.04\nloss = (w*2 + b - 3)^2');
  await expect(chart(page, 'Gradient magnitude by depth').locator('rect').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('course-all-panels') });
  const results = await new AxeBuilder({ page }).include('.course').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
  expect(problems.errors).toEqual([]);
});

test('every example opens all three panels with their charts, and its check passes', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = await openApp(page);
  for (const name of ['Gradient check', 'Training', 'Vanishing gradients']) await button(page, name).click();
  for (const preset of PRESETS) {
    await page.getByLabel('Example').selectOption(preset.id);
    await expect(editor(page)).toHaveValue(preset.source);
    // One row per input; a matrix example's entries sit under a heading row per vector (tr.group).
    const rows = region(page, 'Gradient check').getByRole('table').first().locator('tbody tr:not(.group)');
    const c = compile(preset.source);
    if (!c.ok) throw new Error(`${preset.id} does not compile`);
    await expect(rows).toHaveCount(c.value.graph.inputs.length);
    await expect(rows.locator('.verdict', { hasText: 'fail' })).toHaveCount(0);
    await expect(region(page, 'Gradient check').locator('tr.group')).toHaveCount(c.value.shapes.filter((s) => s.input).length);
    for (const name of ['Cost of gradients', 'Loss curve', 'Gradient magnitude by depth', 'Activation functions']) {
      await expect(chart(page, name)).toBeVisible();
    }
    expect(await chart(page, 'Gradient magnitude by depth').locator('rect').count()).toBeGreaterThan(1);
    // The entries' boxes: a vector's or matrix's own box (Train W1 (3×2)) is not an input.
    const trainable = region(page, 'Training').getByRole('checkbox', { checked: true, name: /^Train [^ ]+$/ });
    await expect(trainable).toHaveCount(preset.trainable.length);
  }
  expect(problems.errors).toEqual([]);
});

test('trainable marks and the learning rate are part of the saved lesson: a reload keeps them', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Example').selectOption('net-222');
  await button(page, 'Training').click();
  const panel = region(page, 'Training');
  await panel.getByRole('checkbox', { name: 'Train w11' }).uncheck();
  await panel.getByRole('checkbox', { name: 'Train x1' }).check();
  await panel.getByRole('spinbutton', { name: 'Learning rate' }).fill('0.5');
  await page.reload();
  await button(page, 'Training').click();
  await expect(panel.getByRole('checkbox', { name: 'Train w11' })).not.toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Train x1' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Train w12' })).toBeChecked();
  await expect(panel.getByRole('spinbutton', { name: 'Learning rate' })).toHaveValue('0.5');
});

test('the gradient check groups a vector\'s and a matrix\'s entries under their name and shape', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByLabel('Example').selectOption('cs231n-vectorised');
  await button(page, 'Gradient check').click();
  const table = region(page, 'Gradient check').getByRole('table').first();
  // f = sum((W @ x)^2): every entry of W (2×2) and of x (2) is an input, checked under its own heading.
  const headings = table.locator('tr.group th[scope="rowgroup"]');
  await expect(headings).toHaveText(['W (2×2): 4 of 4 pass', 'x (2): 2 of 2 pass']);
  const w = table.locator('tbody.check-group').first().locator('tr:not(.group) th');
  await expect(w).toHaveText(['W_11', 'W_12', 'W_21', 'W_22']);
  // ∂f/∂W = 2q xᵀ with q = W x = [0.22, 0.26], x = [0.2, 0.4]: ∂f/∂W_11 = 2 · 0.22 · 0.2 = 0.088.
  await expect(table.locator('tbody.check-group').first().locator('tr:not(.group)').first().locator('td').first()).toHaveText('0.088');
  expect(problems.errors).toEqual([]);
});
