/**
 * Formulas a student can follow (issue 8): partial derivatives inline, never a tower of
 * fractions; each formula at most two lines tall in the step panel; the seed at the output.
 */
import { expect, test, type Page } from './fixtures.ts';
import { PRESETS } from '../../src/presets/index.ts';
import { engine, expectStep, focusPage, goToStep as scrubTo, openApp, screenshotPath, sharedAppTest, shownStep, stepPanel } from './helpers.ts';
import { chooseView } from './detailViews.ts';

/** The per-preset checks share one page per worker at 1280×720; each picks its preset, Gates and its step. */
const atLaptop = sharedAppTest({ width: 1280, height: 720 });

async function goToStep(page: Page, presetId: string, step: number): Promise<number> {
  const count = engine(PRESETS.find((p) => p.id === presetId)?.source ?? '').schedule.steps.length;
  await page.getByLabel('Example').selectOption(presetId);
  await chooseView(page, 'Gates');
  await focusPage(page);
  // Straight there with the scrubber: what a step's panel shows does not depend on the way there.
  await scrubTo(page, step - 1, count);
  await expectStep(page, step, count);
  return count;
}

/** Per formula in the panel: how many lines it takes, and whether a fraction holds a ∂. */
const formulaShapes = (page: Page) =>
  shownStep(page).locator('.formula').evaluateAll((formulas) => formulas.map((f) => ({
    // Lines on screen: the visible pieces of KaTeX, grouped where their heights overlap.
    lines: [...f.querySelectorAll('.katex-html > span')]
      .map((b) => b.getBoundingClientRect()).filter((r) => r.height > 0)
      .sort((a, b) => a.top - b.top)
      .reduce<{ bottom: number; n: number }>((acc, r) => (r.top >= acc.bottom - 2 ? { bottom: r.bottom, n: acc.n + 1 } : { bottom: Math.max(acc.bottom, r.bottom), n: acc.n }), { bottom: -Infinity, n: 0 }).n,
    partialFraction: [...f.querySelectorAll('.mfrac')].some((m) => (m.textContent ?? '').includes('∂')),
    text: f.textContent ?? '',
  })));

// The 2-2-2 net's step 47 and the MLP's step 66 once stacked ∂ fractions into towers.
for (const [presetId, step] of [['net-222', 47], ['mlp-2321', 66]] as const) {
  atLaptop(`${presetId} step ${step}: every formula is one inline line (at most two when it breaks), with no ∂ fraction`, async ({ app: page }) => {
    await goToStep(page, presetId, step);
    const shapes = await formulaShapes(page);
    expect(shapes.length).toBeGreaterThan(2);
    for (const s of shapes) {
      expect(s.partialFraction, s.text).toBe(false);
      expect(s.lines, s.text).toBeGreaterThanOrEqual(1);
      expect(s.lines, s.text).toBeLessThanOrEqual(2);
    }
    await page.screenshot({ path: screenshotPath(`notation-${presetId}-step-${step}`) });
  });
}

test('the output\'s own backward step starts from the seed ∂f/∂f = 1', async ({ page }) => {
  await openApp(page);
  await goToStep(page, 'cs231n', 3);
  await expect(stepPanel(page).getByText(/^Seed/)).toBeVisible();
  await expect(stepPanel(page).locator('[aria-live="polite"]')).toContainText('Backward: ∂f/∂f = 1;');
});
