/**
 * The page opens on CS231n's f(x, y, z) = (x + y) z at x = -2, y = 5, z = -4, and the
 * numbers written on the graph's edges are the lecture's numbers.
 */
import { expect, test } from './fixtures.ts';
import { formatNumber } from '../../src/core/index.ts';
import { DEFAULT_PRESET } from '../../src/presets/index.ts';
import { button, edgeId, edgeLabels, editor, engine, expectStep, openApp, outputLabel, stepPanel } from './helpers.ts';

// By hand: q = x + y = -2 + 5 = 3, f = q · z = 3 · (-4) = -12.
// Backward: ∂f/∂f = 1; at the multiply gate ∂f/∂q = z = -4 and ∂f/∂z = q = 3;
// the add gate passes ∂f/∂q on unchanged, so ∂f/∂x = ∂f/∂y = -4.
const byHand = {
  values: { 'x→q': '-2', 'y→q': '5', 'q→f': '3', 'z→f': '-4' },
  grads: { 'x→q': '∂ -4', 'y→q': '∂ -4', 'q→f': '∂ -4', 'z→f': '∂ 3' },
  output: { value: '-12', grad: '∂ 1' },
} as const;

const cs231n = engine(DEFAULT_PRESET.source);
const stepCount = cs231n.schedule.steps.length; // 2 forward (q, f) + 5 backward (f, q, z, y, x)
const edgeOf = (arrow: string) => {
  const [from, to] = arrow.split('→');
  return edgeId(cs231n, from, to);
};

test('the hand-derived numbers agree with the engine', () => {
  const { trace } = cs231n;
  for (const [arrow, value] of Object.entries(byHand.values)) {
    const e = cs231n.graph.edges[edgeOf(arrow)];
    expect(formatNumber(trace.values[e.from]), arrow).toBe(value);
  }
  for (const [arrow, grad] of Object.entries(byHand.grads)) {
    expect(`∂ ${formatNumber(trace.contributions[edgeOf(arrow)])}`, arrow).toBe(grad);
  }
  expect(formatNumber(trace.values[cs231n.graph.output])).toBe(byHand.output.value);
  expect(stepCount).toBe(7);
});

test('the default preset loads at step 1 with the forward values of the inputs and no gradients', async ({ page }) => {
  const problems = await openApp(page);
  await expect(editor(page)).toHaveValue(DEFAULT_PRESET.source);
  await expect(page.getByLabel('Example')).toHaveValue(DEFAULT_PRESET.id);
  await expectStep(page, 1, stepCount);
  await expect(stepPanel(page).locator('[aria-live="polite"]')).toHaveText(/q = x \+ y = -2 \+ 5 = 3/);

  const labels = await edgeLabels(page);
  expect(labels).toHaveLength(cs231n.graph.edges.length);
  expect(labels[edgeOf('x→q')].value).toBe('-2');
  expect(labels[edgeOf('y→q')].value).toBe('5');
  expect(labels[edgeOf('z→f')].value).toBe('-4');
  expect(labels[edgeOf('q→f')].value).toBe('3'); // step 1 computes q
  expect(labels.every((l) => l.grad === null)).toBe(true);
  expect((await outputLabel(page)).value).toBeNull(); // f comes at step 2
  expect(problems.errors).toEqual([]);
});

test('stepping to the end with "Next step" writes every value above and every gradient below its edge', async ({ page }) => {
  const problems = await openApp(page);
  for (let step = 2; step <= stepCount; step++) {
    await button(page, 'Next step').click();
    await expectStep(page, step, stepCount);
  }
  await expect(button(page, 'Next step')).toBeDisabled();
  await expect(button(page, 'Last step')).toBeDisabled();

  const labels = await edgeLabels(page);
  for (const [arrow, value] of Object.entries(byHand.values)) expect(labels[edgeOf(arrow)].value, arrow).toBe(value);
  for (const [arrow, grad] of Object.entries(byHand.grads)) expect(labels[edgeOf(arrow)].grad, arrow).toBe(grad);
  expect(await outputLabel(page)).toEqual(byHand.output);
  await expect(stepPanel(page).getByText('Backward pass')).toBeVisible();
  expect(problems.errors).toEqual([]);
});

test('the first backward step shows the output gradient 1 and the terms the multiply gate sends back', async ({ page }) => {
  await openApp(page);
  await button(page, 'Next step').click();
  await button(page, 'Next step').click();
  await expectStep(page, 3, stepCount);
  const labels = await edgeLabels(page);
  expect((await outputLabel(page)).grad).toBe('∂ 1');
  expect(labels[edgeOf('q→f')].grad).toBe('∂ -4');
  expect(labels[edgeOf('z→f')].grad).toBe('∂ 3');
  expect(labels[edgeOf('x→q')].grad).toBeNull(); // the add gate has not been reached yet
  await expect(stepPanel(page).locator('[aria-live="polite"]')).toContainText('∂f/∂f = 1; ∂f/∂q = ∂f/∂f · ∂(q * z)/∂q = 1 · (-4) = -4');
});
