/**
 * Every worked example loads from the picker, plays to its last step without a console
 * error, and writes the engine's output value on the graph. A screenshot of each at its
 * last step goes to artifacts/screenshots/<id>.png (and <id>-fit.png, zoomed to fit) for a
 * human to look at.
 */
import { expect, test } from './fixtures.ts';
import { formatNumber } from '../../src/core/index.ts';
import { PRESETS } from '../../src/presets/index.ts';
import { alert, editor, engine, expectStep, focusPage, graph, openApp, outputLabel, screenshotPath } from './helpers.ts';

test('the picker offers every preset, in order, and starts on the default one', async ({ page }) => {
  await openApp(page);
  const picker = page.getByLabel('Example');
  const options = await picker.locator('option').evaluateAll((els) => els.map((o) => (o as HTMLOptionElement).value));
  expect(options).toEqual(PRESETS.map((p) => p.id));
  await expect(picker).toHaveValue(PRESETS[0].id);
});

for (const preset of PRESETS) {
  test(`preset "${preset.id}" loads, steps to the end and shows the engine's output value`, async ({ page }) => {
    const problems = await openApp(page);
    const analysis = engine(preset.source);
    const count = analysis.schedule.steps.length;
    const { graph: g, trace } = analysis;

    await page.getByLabel('Example').selectOption(preset.id);
    await expect(editor(page)).toHaveValue(preset.source);
    await expectStep(page, 1, count);
    await expect(graph(page).locator('g.node')).toHaveCount(g.nodes.length);
    await expect(graph(page).locator('g.edges > g.edge')).toHaveCount(g.edges.length);

    await focusPage(page); // the picker keeps focus after a choice, and a select eats End
    await page.keyboard.press('End');
    await expectStep(page, count, count);

    const output = await outputLabel(page);
    expect(output.value).toBe(formatNumber(trace.values[g.output]));
    expect(output.grad).toBe('∂ 1');
    await expect(alert(page)).toHaveText('');
    await page.mouse.move(0, 0); // no hover highlight in the picture
    await page.screenshot({ path: screenshotPath(preset.id), fullPage: true });
    // Big graphs open at a readable zoom that follows the step; the whole picture is one click away.
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.screenshot({ path: screenshotPath(`${preset.id}-fit`), fullPage: true });
    expect(problems.errors).toEqual([]);
  });
}

test('choosing a preset keeps the student\'s own program as a draft to come back to', async ({ page }) => {
  await openApp(page);
  await editor(page).fill('x = 1; f = x * x');
  await expect(page.getByLabel('Example')).toHaveValue('');
  await page.getByLabel('Example').selectOption('fanout');
  await expect(editor(page)).toHaveValue(PRESETS.find((p) => p.id === 'fanout')?.source ?? '');
  await page.getByLabel('Example').selectOption({ label: '↩ Back to your program' });
  await expect(editor(page)).toHaveValue('x = 1; f = x * x');
});
