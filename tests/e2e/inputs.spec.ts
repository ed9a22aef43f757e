/**
 * The inputs panel edits values through the program text: the input's line is rewritten,
 * the numbers on the graph follow, and the graph keeps its layout.
 */
import { expect, test, type Page } from './fixtures.ts';
import { DEFAULT_PRESET } from '../../src/presets/index.ts';
import { button, edgeId, edgeLabels, editor, engine, graph, openApp, outputLabel, setProgram } from './helpers.ts';

const cs231n = engine(DEFAULT_PRESET.source);
const nodeTransforms = (page: Page) =>
  graph(page).locator('g.node').evaluateAll((gs) => gs.map((g) => g.getAttribute('transform')));

test('changing x in the inputs panel rewrites its line and updates the values without moving a node', async ({ page }) => {
  const problems = await openApp(page);
  const before = await nodeTransforms(page);
  expect(before).toHaveLength(cs231n.graph.nodes.length);

  const field = page.getByRole('textbox', { name: 'x value' });
  await expect(field).toHaveValue('-2');
  await field.fill('3');

  // x = 3: q = 3 + 5 = 8, f = 8 · (-4) = -32; ∂f/∂z = q = 8, ∂f/∂x stays z = -4.
  await expect(editor(page)).toHaveValue(DEFAULT_PRESET.source.replace('x = -2', 'x = 3'));
  await expect.poll(async () => (await edgeLabels(page))[edgeId(cs231n, 'x', 'q')].value).toBe('3');
  expect((await edgeLabels(page))[edgeId(cs231n, 'q', 'f')].value).toBe('8');
  expect(await nodeTransforms(page)).toEqual(before);

  await button(page, 'Last step').click();
  const labels = await edgeLabels(page);
  expect(labels[edgeId(cs231n, 'z', 'f')].grad).toBe('∂ 8');
  expect(labels[edgeId(cs231n, 'x', 'q')].grad).toBe('∂ -4');
  expect(await outputLabel(page)).toEqual({ value: '-32', grad: '∂ 1' });
  expect(await nodeTransforms(page)).toEqual(before);
  expect(problems.errors).toEqual([]);
});

test('a half-typed number ("-") waits in the field and the program changes once it reads as a number', async ({ page }) => {
  await openApp(page);
  const field = page.getByRole('textbox', { name: 'y value' });
  await field.clear();
  await field.pressSequentially('-');
  await expect(field).toHaveValue('-');
  await expect(editor(page)).toHaveValue(DEFAULT_PRESET.source); // "" and "-" are not numbers yet
  await field.pressSequentially('7');
  await expect(editor(page)).toHaveValue(DEFAULT_PRESET.source.replace('y = 5', 'y = -7'));
  await expect.poll(async () => (await edgeLabels(page))[edgeId(cs231n, 'y', 'q')].value).toBe('-7');
});

test('while the program has an error the value fields are disabled', async ({ page }) => {
  await openApp(page);
  await setProgram(page, DEFAULT_PRESET.source + 'g = f +\n');
  await expect(page.getByRole('textbox', { name: 'x value' })).toBeDisabled();
  await expect(page.getByText("Fix the program's error to change values.")).toBeVisible();
});

test('an input used but never declared can be declared with one click', async ({ page }) => {
  await openApp(page);
  await setProgram(page, 'f = w * 2');
  await page.getByRole('button', { name: 'declare', exact: true }).click();
  await expect(editor(page)).toHaveValue(/^w = 1$/m);
  await expect(page.getByRole('button', { name: 'declare', exact: true })).toHaveCount(0);
});
