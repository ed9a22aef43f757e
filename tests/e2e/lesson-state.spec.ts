/**
 * Nothing the student types is lost: autosave across reloads, crashes and Back/Forward; the
 * example picker hands the keys to the graph and keeps the student's own text; half-typed text
 * keeps the last finished graph; app edits are Ctrl+Z steps; undeclared names are one warning.
 */
import { expect, test, type Page } from './fixtures.ts';
import { DEFAULT_PRESET, presetById } from '../../src/presets/index.ts';
import { editor, engine, expectStep, focusPage, graph, nodeMark, openApp, screenshotPath, setProgram } from './helpers.ts';

const program = 'x = 3\ny = 4\nf = x * y\n';
// Forward: the gate f; backward: f, then its inputs y and x (reverse creation order) — 4 steps.
const count = engine(program).schedule.steps.length;
const picker = (page: Page) => page.getByLabel('Example');
const source = (id: string) => presetById(id)?.source ?? '';

/** Types the program and steps to step 3, away from the text field. */
async function programAtStep3(page: Page) {
  await setProgram(page, program);
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3, count);
}

test('a reload brings back the program exactly, at its step', async ({ page }) => {
  const problems = await openApp(page);
  await programAtStep3(page);
  await page.reload();
  await expect(editor(page)).toHaveValue(program);
  await expectStep(page, 3, count);
  expect(problems.errors).toEqual([]);
});

test('a killed tab loses nothing: a new tab opens on the program and step', async ({ page, context }) => {
  await openApp(page);
  await programAtStep3(page);
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto('/');
  await expect(editor(again)).toHaveValue(program);
  await expectStep(again, 3, count);
});

test('Back and then Forward keep the program and the step', async ({ page }) => {
  await openApp(page);
  await programAtStep3(page);
  await page.goto('about:blank');
  await page.goBack();
  await expect(editor(page)).toHaveValue(program);
  await expectStep(page, 3, count);
  await page.goForward();
  await expect(page).toHaveURL('about:blank');
  await page.goBack();
  await expect(editor(page)).toHaveValue(program);
  await expectStep(page, 3, count);
  // And the other way round: Back to the page before the app, then Forward into it.
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
  await page.goForward();
  await expect(editor(page)).toHaveValue(program);
  await expectStep(page, 3, count);
});

test('a corrupted save opens the default program with a message, never a crash', async ({ page }) => {
  const problems = await openApp(page);
  await page.evaluate(() => localStorage.setItem('chainrule.lesson', '{"v":1,"source":'));
  await page.reload();
  await expect(editor(page)).toHaveValue(DEFAULT_PRESET.source);
  const notice = page.locator('.storage-notice[role="alert"]');
  await expect(notice).toContainText('Your saved program could not be read (the saved lesson is not readable), so the default example is open.');
  await page.screenshot({ path: screenshotPath('lesson-unreadable-save'), clip: { x: 0, y: 0, width: 700, height: 450 } });
  await setProgram(page, program); // the next save replaces the broken one, which is kept until dismissed
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveText('');
  await page.reload();
  await expect(editor(page)).toHaveValue(program);
  expect(problems.errors).toEqual([]);
});

test('after picking an example the arrow keys step through it instead of switching examples', async ({ page }) => {
  await openApp(page);
  await picker(page).selectOption('fanout');
  await expect(graph(page)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.screenshot({ path: screenshotPath('lesson-picked-example-focus') });
  await expectStep(page, 3, engine(source('fanout')).schedule.steps.length);
  await expect(picker(page)).toHaveValue('fanout');
  await expect(editor(page)).toHaveValue(source('fanout'));
});

test('the own program survives several picks, and an edited example never overwrites it', async ({ page }) => {
  await openApp(page);
  await setProgram(page, program);
  await expect(picker(page)).toHaveValue('');
  for (const id of ['fanout', 'neuron', 'patterns']) await picker(page).selectOption(id);
  await picker(page).selectOption({ label: '↩ Back to your program' });
  await expect(editor(page)).toHaveValue(program);

  // Edit an example, then pick another: both texts stay one choice away.
  await picker(page).selectOption('fanout');
  const edited = source('fanout').replace('x = 2', 'x = 7');
  await setProgram(page, edited);
  await expect(picker(page).locator('option:checked')).toHaveText('✎ Fan-out: a value used twice (your edit)');
  await picker(page).selectOption('neuron');
  await picker(page).selectOption({ label: '↩ Back to your program' });
  await expect(editor(page)).toHaveValue(program);
  await picker(page).selectOption({ label: '↩ Your edit of Fan-out: a value used twice' });
  await expect(editor(page)).toHaveValue(edited);

  // And all of it survives a reload.
  await page.reload();
  await expect(editor(page)).toHaveValue(edited);
  await picker(page).selectOption({ label: '↩ Back to your program' });
  await expect(editor(page)).toHaveValue(program);
});

test('half-typed text keeps the last finished graph on screen, not a passing one', async ({ page }) => {
  await openApp(page);
  await setProgram(page, program);
  await expect(nodeMark(page, 'x')).toHaveCount(1);
  await page.waitForTimeout(2000); // idle past the 1 s settle time (with room for a loaded machine): finished

  // `f = sgn` compiles on the way (an input called sgn) but is not what the student meant.
  await editor(page).selectText();
  await editor(page).pressSequentially('f = sgn(');
  await expect(page.locator('.graph-view.stale')).toBeVisible();
  await expect(nodeMark(page, 'sgn')).toHaveCount(0);
  await expect(nodeMark(page, 'x')).toHaveCount(1);
  await expect(nodeMark(page, 'y')).toHaveCount(1);

  // `f = 2` is complete, and drawn at once, but passing on the way to `f = 2 * x`.
  await editor(page).selectText();
  await editor(page).pressSequentially('f = 2 *');
  await expect(page.locator('.graph-view.stale')).toBeVisible();
  await expect(nodeMark(page, 'x')).toHaveCount(1);
  await page.screenshot({ path: screenshotPath('lesson-half-typed') });

  // Finishing the line draws the new program straight away.
  await editor(page).pressSequentially(' x');
  await expect(page.locator('.graph-view.stale')).toHaveCount(0);
  await expect(nodeMark(page, 'y')).toHaveCount(0);
});

test('Ctrl+Z undoes a slider, an example pick and typing, one step each, in order', async ({ page }) => {
  await openApp(page);
  const slider = page.getByRole('slider', { name: 'x slider' });
  await slider.focus();
  await page.keyboard.press('ArrowRight'); // the slider's range is ±5 in 200 steps of 0.025: x = -2 + 0.025
  const moved = DEFAULT_PRESET.source.replace('x = -2', 'x = -1.975');
  await expect(editor(page)).toHaveValue(moved);
  await expect(slider).toBeFocused(); // the edit borrowed the editor and gave the focus back

  await editor(page).focus();
  await page.keyboard.press('Control+End');
  // One character: Chromium ends a typing run whenever the page's DOM changes, and the graph
  // redraws on every keystroke, so typing undoes character by character here.
  await page.keyboard.type('#');
  await expect(editor(page)).toHaveValue(moved + '#');
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toHaveValue(moved);

  await slider.focus();
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toHaveValue(DEFAULT_PRESET.source);
  await page.keyboard.press('Control+Shift+z');
  await expect(editor(page)).toHaveValue(moved);

  await picker(page).selectOption('fanout');
  await expect(graph(page)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toHaveValue(moved);
  await expect(picker(page)).toHaveValue('');
});

test('several undeclared names are one warning, each line named once, with one Declare all', async ({ page }) => {
  const problems = await openApp(page);
  const typed = 'q = a * b + c\nf = q * d + k\n'; // not e: that is the constant
  await setProgram(page, typed);
  const warnings = page.getByRole('list', { name: 'Warnings' }).getByRole('listitem');
  await expect(warnings).toHaveCount(1);
  await expect(warnings).toContainText('Line 1: a, b, c; Line 2: d, k are used but never given a value');
  await page.screenshot({ path: screenshotPath('lesson-grouped-warning') });

  await page.getByRole('button', { name: 'Declare all' }).click();
  const declared = 'a = 1\nb = 1\nc = 1\nd = 1\nk = 1\n' + typed;
  await expect(editor(page)).toHaveValue(declared);
  await expect(page.getByRole('list', { name: 'Warnings' })).toHaveCount(0);
  await focusPage(page);
  await page.keyboard.press('Control+z'); // one step undoes all five declarations
  await expect(editor(page)).toHaveValue(typed);
  expect(problems.errors).toEqual([]);
});

test('a value typed in the inputs panel keeps its half-typed form ("0.") and each change is one undo step', async ({ page }) => {
  await openApp(page);
  const field = page.getByRole('textbox', { name: 'y value' });
  await field.selectText();
  await field.pressSequentially('0.5');
  await expect(field).toHaveValue('0.5'); // "0." is 0 to the program but stays "0." in the field
  await expect(field).toBeFocused();
  await expect(editor(page)).toHaveValue(DEFAULT_PRESET.source.replace('y = 5', 'y = 0.5'));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+z'); // the slider has the focus: undo reaches the program
  await expect(editor(page)).toHaveValue(DEFAULT_PRESET.source.replace('y = 5', 'y = 0'));
});

test('a whole slider drag is one Ctrl+Z step', async ({ page }) => {
  await openApp(page);
  const slider = page.getByRole('slider', { name: 'z slider' });
  const box = await slider.boundingBox();
  if (!box) throw new Error('no slider box');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  for (const share of [0.6, 0.7, 0.8, 0.9]) await page.mouse.move(box.x + box.width * share, y, { steps: 2 });
  await page.mouse.up();
  await expect(editor(page)).not.toHaveValue(DEFAULT_PRESET.source);
  await expect(editor(page)).toHaveValue(/^z = \d/m); // dragged right of 0, from z = -4
  await page.keyboard.press('Control+z');
  await expect(editor(page)).toHaveValue(DEFAULT_PRESET.source);
});
