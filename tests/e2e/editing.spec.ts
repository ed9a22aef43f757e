/**
 * The text is the source of truth: typing redraws the graph, a typo keeps the last graph on
 * screen (marked stale) with a positioned message, and fixing it brings everything back.
 */
import { expect, test } from './fixtures.ts';
import {
  alert, button, edgeId, edgeLabels, editor, engine, expectStep, graph, nodeMark, openApp, outputLabel, setProgram,
} from './helpers.ts';

test('typing a new program redraws the graph and a value used twice sums its two gradient terms', async ({ page }) => {
  const problems = await openApp(page);
  const program = 'a = 2; b = 3; f = a * b + a';
  await editor(page).clear();
  await editor(page).pressSequentially(program);
  await expect(editor(page)).toHaveValue(program);

  // By hand: a·b = 6, f = 6 + 2 = 8. Backward: the add gate sends ∂ 1 to a·b and ∂ 1 to a;
  // the multiply gate sends b = 3 to a and a = 2 to b; so ∂f/∂a = 3 + 1 = b + 1 = 4.
  // The anonymous a·b is called g₁ in formulas and by the helpers.
  const a = engine(program);
  const count = a.schedule.steps.length;
  await expect(graph(page).locator('g.node')).toHaveCount(4);
  await expect(graph(page).locator('g.node-input')).toHaveCount(2);
  await expect(graph(page).locator('g.node-gate')).toHaveCount(2);
  await expect(graph(page).locator('g.edges > g.edge')).toHaveCount(4);
  await expect(nodeMark(page, 'a')).toHaveCount(1);
  await expect(nodeMark(page, 'f')).toContainText('+');

  await button(page, 'Last step').click();
  await expectStep(page, count, count);
  const labels = await edgeLabels(page);
  expect(labels[edgeId(a, 'a', 'g₁')]).toEqual({ value: '2', grad: '∂ 3' });
  expect(labels[edgeId(a, 'b', 'g₁')]).toEqual({ value: '3', grad: '∂ 2' });
  expect(labels[edgeId(a, 'g₁', 'f')]).toEqual({ value: '6', grad: '∂ 1' });
  expect(labels[edgeId(a, 'a', 'f')]).toEqual({ value: '2', grad: '∂ 1' });
  expect(await outputLabel(page)).toEqual({ value: '8', grad: '∂ 1' });
  // The fan-out sum is written under a, and only a fans out.
  await expect(graph(page).locator('.fanout-sum')).toHaveCount(1);
  await expect(nodeMark(page, 'a').locator('.fanout-sum')).toHaveText('Σ∂ 4');
  expect(problems.errors).toEqual([]);
});

test('the fan-out sum appears only once the backward pass reaches the node that fans out', async ({ page }) => {
  await openApp(page);
  const program = 'a = 2; b = 3; f = a * b + a';
  await setProgram(page, program);
  // The backward pass reaches a at its very last step; one step earlier only b·… terms are back.
  const count = engine(program).schedule.steps.length;
  await expectStep(page, 1, count);
  await expect(graph(page).locator('.fanout-sum')).toHaveCount(0);
  await page.getByRole('slider', { name: 'Step' }).fill(String(count - 2));
  await expectStep(page, count - 1, count);
  await expect(graph(page).locator('.fanout-sum')).toHaveCount(0);
  await button(page, 'Last step').click();
  await expect(nodeMark(page, 'a').locator('.fanout-sum')).toHaveText('Σ∂ 4');
});

test('a typo is announced with its position, keeps the last graph marked stale, and loses no text', async ({ page }) => {
  const problems = await openApp(page);
  await setProgram(page, 'x = 3; y = 4; f = x * y');
  const edges = graph(page).locator('g.edges > g.edge');
  await expect(edges).toHaveCount(2);
  await expect(alert(page)).toHaveText('');
  await page.waitForTimeout(2000); // left standing past the 1 s settle time: a finished program

  await setProgram(page, 'f = x * y +');
  await expect(alert(page)).toHaveText("Line 1, column 12: expected an expression after '+'");
  await expect(editor(page)).toHaveValue('f = x * y +');
  await expect(editor(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.graph-view.stale')).toBeVisible();
  await expect(page.getByText('Showing the last finished program')).toBeVisible();
  await expect(edges).toHaveCount(2); // the previous graph is still drawn
  await expect(nodeMark(page, 'x')).toHaveCount(1);

  await editor(page).press('End');
  await editor(page).pressSequentially(' 1');
  await expect(alert(page)).toHaveText('');
  await expect(editor(page)).toHaveValue('f = x * y + 1');
  await expect(editor(page)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.graph-view.stale')).toHaveCount(0);
  await expect(edges).toHaveCount(4); // x→·, y→·, (x·y)→f, 1→f
  expect(problems.errors).toEqual([]);
});

test('the step shown is kept within the new schedule when an edit makes the program shorter', async ({ page }) => {
  await openApp(page);
  await button(page, 'Last step').click();
  await setProgram(page, 'x = 3; f = x * x');
  const count = engine('x = 3; f = x * x').schedule.steps.length;
  await expectStep(page, count, count);
  expect(await outputLabel(page)).toEqual({ value: '9', grad: '∂ 1' });
});
