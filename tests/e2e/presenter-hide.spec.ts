/**
 * "Hide numbers" (issue 20, the lecture hall): in presenter mode the button and key H blank the
 * numbers the current step introduces, on the graph and in the step panel, to ask the class; the
 * next step reveals them (and blanks its own); earlier steps' numbers stay. H again shows all.
 */
import { expect, test, type Page } from './fixtures.ts';
import { button, edgeId, edgeLabels, engine, focusPage, graph, openApp, outputLabel, screenshotPath, shownStep } from './helpers.ts';
import { presetById } from '../../src/presets/index.ts';
import { cameraSettled, expectCounter, presentPreset } from './presenterHall.ts';
import { formatNumber } from '../../src/core/index.ts';

test.use({ viewport: { width: 1280, height: 720 } });

const formulasText = (page: Page) => shownStep(page).locator('.formula .fit-formula > div:first-child').allTextContents();

test('H and "Hide numbers" blank the current step\'s numbers; the next step reveals them; H again shows all', async ({ page }) => {
  const a = await presentPreset(page, 'cs231n');
  const count = a.schedule.steps.length;
  const f = a.graph.output;
  const q = a.graph.nodes.findIndex((n) => n.name === 'q');
  const qf = edgeId(a, 'q', 'f');
  // Step 2 computes f = q · z; q was computed at step 1.
  expect(a.schedule.steps[1]).toMatchObject({ kind: 'forward', node: f });
  await page.keyboard.press('PageDown');
  await expectCounter(page, 2, count);
  await expect(button(page, 'Hide numbers')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await outputLabel(page)).value).toBe(formatNumber(a.trace.values[f]));

  await page.keyboard.press('h');
  await expect(button(page, 'Hide numbers')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await outputLabel(page)).value).toBe('?');
  expect((await edgeLabels(page))[qf].value).toBe(formatNumber(a.trace.values[q]));
  await expect(graph(page).locator('g.node title').filter({ hasText: /^f: / })).toHaveText(/\?/);
  // The explanation keeps the symbolic formula and blanks the numbers.
  await expect.poll(() => formulasText(page)).toEqual([expect.stringMatching(/^[^0-9]*\?[^0-9]*$/)]);
  expect((await formulasText(page))[0]).toContain('q');
  await cameraSettled(page);
  await page.screenshot({ path: screenshotPath('presenter-hide-numbers') });

  // → reveals step 2's value; step 3 (the seed ∂f/∂f) is blank in turn.
  await page.keyboard.press('ArrowRight');
  await expectCounter(page, 3, count);
  await expect.poll(async () => outputLabel(page)).toEqual({ value: formatNumber(a.trace.values[f]), grad: '∂ ?' });
  await expect.poll(async () => (await formulasText(page)).join('\n')).toMatch(/^∂f\/∂f=\?[^0-9]*$/);

  // The button toggles it off as well as H: every number is back.
  await page.keyboard.press('H');
  await expect(button(page, 'Hide numbers')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => outputLabel(page)).toEqual({ value: formatNumber(a.trace.values[f]), grad: '∂ 1' });
  await expect.poll(async () => (await formulasText(page)).join('\n')).toMatch(/^∂f\/∂f=1.*-4/s);
  await button(page, 'Hide numbers').click();
  await expect(button(page, 'Hide numbers')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await outputLabel(page)).grad).toBe('∂ ?');
});

test('in Korean the button reads "숫자 숨기기", and the shortcuts list H', async ({ page }) => {
  await presentPreset(page, 'cs231n');
  await button(page, 'Inputs').click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  const hide = button(page, '숫자 숨기기');
  await expect(hide).toHaveAttribute('aria-pressed', 'false');
  await expect(hide).toHaveAttribute('aria-keyshortcuts', 'H');
  await hide.click();
  await expect(hide).toHaveAttribute('aria-pressed', 'true');
  await focusPage(page);
  await page.keyboard.press('?');
  const table = page.getByRole('dialog', { name: '키보드 단축키' }).locator('table.keys').filter({ has: page.locator('caption', { hasText: /^발표 모드$/ }) });
  await expect(table.getByRole('row').filter({ has: page.locator('kbd', { hasText: /^H$/ }) })).toContainText('숫자 숨기기');
});

test('"Hide numbers" blanks forward mode and Layers too, and a reload keeps it', async ({ page }) => {
  await openApp(page);
  const a = engine(presetById('cs231n')!.source);
  const pressed = () => expect(button(page, 'Hide numbers')).toHaveAttribute('aria-pressed', 'true');
  const present = async () => {
    await focusPage(page);
    await button(page, 'Presenter mode').click();
    await expect(page.locator('.app.presenter')).toHaveCount(1);
  };
  // Forward mode by x: step 2 computes q and its tangent q̇ = ∂q/∂x · ẋ = 1 (q = x + y).
  await page.getByRole('radiogroup', { name: 'Mode' }).getByRole('radio', { name: 'Forward' }).check();
  await present();
  await page.keyboard.press('ArrowRight');
  await expectCounter(page, 2, 3);
  const qf = edgeId(a, 'q', 'f');
  await expect.poll(async () => (await edgeLabels(page))[qf].grad).toBe('d/dx 1');
  await page.keyboard.press('h');
  await pressed();
  await expect.poll(async () => (await edgeLabels(page))[qf]).toEqual({ value: '?', grad: 'd/dx ?' });
  const forwardFormulas = page.locator('.forward-panel .formula');
  await expect(forwardFormulas.first()).toContainText('?');
  // Each formula keeps its left side; no number is left on the right of an equals sign.
  for (const text of await forwardFormulas.allInnerTexts()) expect(text.replace(/\s/g, '').split('=').slice(1).join('=')).not.toMatch(/\d/);
  await cameraSettled(page);
  await page.screenshot({ path: screenshotPath('presenter-hide-forward') });

  // A reload finds the lesson as it was: presenter mode, forward mode, numbers hidden.
  await page.reload();
  await pressed();
  await expect.poll(async () => (await edgeLabels(page))[qf]?.grad).toBe('d/dx ?');

  // Layers: the statement's cells are blanks, and its matrices' entries in the formula too.
  await button(page, 'Exit presenter mode').click();
  await page.getByRole('radiogroup', { name: 'Mode' }).getByRole('radio', { name: 'Reverse' }).check();
  await page.getByLabel('Example').selectOption('cs231n-vectorised');
  await page.getByRole('radiogroup', { name: 'Detail' }).getByRole('radio', { name: 'Layers' }).check();
  const q = page.locator('.layer-node[data-name="q"]');
  await expect(q.locator('.layer-cell text')).toHaveText(['0.22', '0.26']);
  await present();
  await pressed();
  await expect(q.locator('.layer-cell text')).toHaveText(['?', '?']);
  await expect(page.locator('.layer-node[data-name="W"] .layer-cell text').first()).toHaveText('0.1');
  // q = W x, then = [[?, ?], [?, ?]] [?, ?] = [?, ?]: the entries are blanks, the shapes stay.
  await expect(page.locator('.layers-step .formula').nth(1)).toContainText('?');
  expect((await page.locator('.layers-step .formula .katex-html').allInnerTexts()).join('').replace(/\s/g, '')).not.toMatch(/\d\./);
  await page.screenshot({ path: screenshotPath('presenter-hide-layers') });
  await button(page, 'Hide numbers').click();
  await expect(q.locator('.layer-cell text')).toHaveText(['0.22', '0.26']);

  // Forward mode in Layers: the tangents the step computes are blanks too, in its cells and its formulas.
  await button(page, 'Exit presenter mode').click();
  await page.getByRole('radiogroup', { name: 'Mode' }).getByRole('radio', { name: 'Forward' }).check();
  await present();
  await button(page, 'Hide numbers').click();
  await pressed();
  const current = page.locator('.layer-node.current .layer-cell text');
  await expect(current.first()).toHaveText('?');
  expect(new Set(await current.allTextContents())).toEqual(new Set(['?']));
  expect((await page.locator('.layers-step .formula .katex-html').allInnerTexts()).join('').replace(/\s/g, '')).not.toMatch(/\d\./);
  await page.screenshot({ path: screenshotPath('presenter-hide-layers-forward') });
});
