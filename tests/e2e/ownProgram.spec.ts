/**
 * The own program is never lost (issue 21): two links in a row, two tabs, an opened or dropped
 * file, an unreadable save — and a seeded random walk over all of it across two pages of one
 * browser context (ownProgramWalk.ts).
 */
import { expect, test, type Page } from './fixtures.ts';
import { presetById } from '../../src/presets/index.ts';
import { UNREADABLE_KEY } from '../../src/store/persistence.ts';
import { editor, openApp, screenshotPath, setProgram } from './helpers.ts';
import { foundByReload, linkTo, savedLesson, storage } from './ownProgramStorage.ts';
import { walk, WALK_SEED, WALK_STEPS } from './ownProgramWalk.ts';

const OWN = 'own = 2\nf = own * own\n';

// Several pages and reloads each: room for a machine loaded by other test runs.
test.describe.configure({ timeout: 90_000 });
const picker = (page: Page) => page.getByLabel('Example');
const backToOwn = (page: Page) => picker(page).selectOption({ label: '↩ Back to your program' });

/** Until the address holds this page's lesson (so a program switch pushes after it). */
async function addressCaughtUp(page: Page, source: string): Promise<void> {
  // The page opens with an address of its own (the example's): wait for the one that holds `source`.
  const { decodeShareHash } = await import('../../src/store/shareLink.ts');
  await expect.poll(async () => {
    const now = await decodeShareHash(new URL(page.url()).hash);
    return now.ok && now.value.source === source;
  }).toBe(true);
}

test('two links in a row, each in a new tab, never take the own program\'s place', async ({ page, context }) => {
  await openApp(page);
  await setProgram(page, OWN);
  const first = await context.newPage();
  await first.goto(await linkTo('l = 1\nf = l + 1\n'));
  await expect(editor(first)).toHaveValue('l = 1\nf = l + 1\n');
  await first.close();
  const second = await context.newPage();
  await second.goto(await linkTo('m = 2\nf = m * 3\n'));
  await expect(editor(second)).toHaveValue('m = 2\nf = m * 3\n');
  await expect.poll(async () => savedLesson(await storage(second))?.ownText).toBe(OWN);
  await expect(picker(second).locator('option:checked')).toHaveText('Opened program');
  await second.screenshot({ path: screenshotPath('own-program-second-link'), clip: { x: 0, y: 0, width: 700, height: 400 } });
  await backToOwn(second);
  await expect(editor(second)).toHaveValue(OWN);
});

test('a tab closed after another saved over it keeps its own text, kept behind an example', async ({ page, context }) => {
  await openApp(page);
  const other = await context.newPage();
  await other.goto('/');
  await setProgram(other, OWN);
  await picker(other).selectOption('fanout'); // its own text moves behind the example
  await expect(editor(other)).toHaveValue(presetById('fanout')!.source);
  await setProgram(page, 'a = 1\nf = a * 5\n'); // this tab saves over the other's record
  await other.close();
  await expect.poll(async () => foundByReload(await storage(page)).has(OWN)).toBe(true);
  await page.reload();
  const notice = page.getByRole('status', { name: 'Program from another tab' });
  await notice.getByRole('button', { name: 'Open it' }).click();
  await expect(editor(page)).toHaveValue(OWN);
  await backToOwn(page); // and this tab's own text is kept in turn
  await expect(editor(page)).toHaveValue('a = 1\nf = a * 5\n');
});

test('an opened or dropped file comes in as a link does: the own program one pick and one Back away, after a reload too', async ({ page }) => {
  await openApp(page);
  await setProgram(page, OWN);
  await addressCaughtUp(page, OWN);
  const opened = 'w = 3\nf = w * w\n';
  await page.getByLabel('Program file to open').setInputFiles({ name: 'w.txt', mimeType: 'text/plain', buffer: Buffer.from(opened) });
  await expect(editor(page)).toHaveValue(opened);
  await page.reload();
  await expect(editor(page)).toHaveValue(opened);
  await expect(picker(page).getByRole('option', { name: '↩ Back to your program' })).toHaveCount(1);
  await page.goBack();
  await expect(editor(page)).toHaveValue(OWN);
  await page.goForward();
  await expect(editor(page)).toHaveValue(opened);
  const dropped = 'v = 4\nf = v + v\n';
  await editor(page).evaluate((area, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    area.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    area.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, dropped);
  await expect(editor(page)).toHaveValue(dropped);
  await page.reload();
  await backToOwn(page);
  await expect(editor(page)).toHaveValue(OWN);
});

test('a save that cannot be read is kept under its own key until its message is dismissed', async ({ page }) => {
  await openApp(page);
  const newer = JSON.stringify({ v: 99, source: 'f = from_a_newer_version', more: true });
  await page.evaluate((text) => localStorage.setItem('chainrule.lesson', text), newer);
  await page.reload();
  const notice = page.locator('.storage-notice[role="alert"]');
  await expect(notice).toContainText('Your saved program could not be read (the saved lesson has version 99, not 1)');
  await setProgram(page, OWN); // the first keystroke saves over the slot
  await expect.poll(async () => savedLesson(await storage(page))?.source).toBe(OWN);
  expect(JSON.parse((await storage(page))[UNREADABLE_KEY] ?? '[]')).toEqual([newer]);
  await page.reload();
  await expect(notice).toContainText('kept in this browser until you dismiss this message');
  await page.screenshot({ path: screenshotPath('own-program-unreadable-kept'), clip: { x: 0, y: 0, width: 700, height: 560 } });
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveText('');
  expect(JSON.parse((await storage(page))[UNREADABLE_KEY] ?? '[]')).toEqual([]);
});

test(`a seeded walk of ${WALK_STEPS} actions across two tabs loses nothing typed (seed ${WALK_SEED})`, async ({ page, context }) => {
  test.setTimeout(60_000 + WALK_STEPS * 8_000);
  await openApp(page);
  const log = await walk(context, page, WALK_SEED, WALK_STEPS);
  test.info().annotations.push({ type: 'walk', description: log.join(' → ') });
});
