/**
 * Keyboard stepping: ←/→ step, Home/End jump, Space plays and pauses — and none of them
 * touches the step while the student is typing in the editor.
 */
import { expect, test } from './fixtures.ts';
import { DEFAULT_PRESET, PRESETS } from '../../src/presets/index.ts';
import { button, counter, editor, engine, expectStep, focusPage, openApp } from './helpers.ts';

const count = engine(DEFAULT_PRESET.source).schedule.steps.length;

test('arrow keys, Home and End move through the steps', async ({ page }) => {
  await openApp(page);
  await expectStep(page, 1, count);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2, count);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3, count);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 2, count);
  await page.keyboard.press('End');
  await expectStep(page, count, count);
  await page.keyboard.press('ArrowRight'); // already at the end: stays
  await expectStep(page, count, count);
  await page.keyboard.press('Home');
  await expectStep(page, 1, count);
  await page.keyboard.press('ArrowLeft'); // already at the start: stays
  await expectStep(page, 1, count);
});

test('Space plays the steps and Space again pauses them', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press(' ');
  await expect(button(page, 'Pause')).toBeVisible();
  await expect(counter(page)).not.toHaveText(`1 / ${count}`); // it advances on its own
  await page.keyboard.press(' ');
  await expect(button(page, 'Play')).toBeVisible();
  const paused = await counter(page).textContent();
  await page.waitForTimeout(1200); // longer than one step at the default 2 steps per second
  await expect(counter(page)).toHaveText(paused ?? '');
});

test('playing stops by itself at the last step', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Speed').selectOption('8');
  await focusPage(page);
  await page.keyboard.press(' ');
  await expectStep(page, count, count);
  await expect(button(page, 'Play')).toBeVisible();
});

test('keys typed in the editor edit the text and leave the step alone', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2, count);

  await editor(page).focus();
  await page.keyboard.press('Control+Home'); // the caret to the very start; shortcuts ignore Ctrl
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'End', 'Home', 'ArrowRight']) {
    await page.keyboard.press(key);
  }
  await expectStep(page, 2, count);
  await page.keyboard.press('End');
  await page.keyboard.press(' '); // a space is text here, not play
  await expectStep(page, 2, count);
  await expect(button(page, 'Play')).toBeVisible();
  // The space went into the text (where depends on how the comment line wraps).
  expect(await editor(page).inputValue()).toHaveLength(DEFAULT_PRESET.source.length + 1);

  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3, count);
});

test('on a focused formula, arrow keys step as everywhere and Shift+arrows scroll it', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Example').selectOption('net-222');
  await focusPage(page);
  await page.keyboard.press('End');
  const steps = engine(PRESETS.find((p) => p.id === 'net-222')?.source ?? '').schedule.steps.length;
  await expectStep(page, steps, steps);
  const formula = page.locator('.step-panel .formula').first();
  await formula.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expectStep(page, steps, steps);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, steps - 1, steps);
});
