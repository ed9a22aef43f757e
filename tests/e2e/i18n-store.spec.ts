/**
 * Korean and English (issue 11) for the store's messages: a damaged share link and a corrupted
 * saved lesson open the app with a message (role=alert) in the browser's language, and the
 * message follows a switch of the language. The decoders return codes; the words are the
 * catalogs' (src/i18n/<lang>/storeMessages.ts).
 */
import { expect, test, type Page } from './fixtures.ts';
import { screenshotPath } from './helpers.ts';
import { DEFAULT_PRESET, presetSource } from '../../src/presets/index.ts';
import { STORAGE_KEY } from '../../src/store/persistence.ts';

const program = 'x = 3\ny = 4\nf = x * y\n';

const editor = (page: Page) => page.locator('textarea#program');
const graph = (page: Page) => page.getByRole('img', { name: '계산 그래프' });
const linkAlert = (page: Page) => page.locator('.share-problem[role="alert"]');
const storageAlert = (page: Page) => page.locator('.storage-notice[role="alert"]');

/** Latin words of 3+ letters in a text, less the brand: what a Korean reader would meet as English. */
const englishWords = (text: string) =>
  (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((w) => /[A-Za-z]{3}/.test(w) && w !== 'Chainrule');

/** Korean, with no English word left in it. */
async function expectKorean(alert: ReturnType<typeof linkAlert>) {
  await expect(alert).toHaveText(/\p{Script=Hangul}/u);
  const text = await alert.innerText();
  expect(englishWords(text), text).toEqual([]);
}

/** The app still steps: the next-step button moves the counter on. */
async function stillSteps(page: Page) {
  const counter = page.locator('.timeline .counter');
  const before = await counter.innerText();
  await page.getByRole('button', { name: '다음 단계', exact: true }).click();
  await expect(counter).not.toHaveText(before);
  await expect(counter).toHaveText(/^2 \/ \d+$/);
}

test.describe('in a ko-KR browser', () => {
  test.use({ locale: 'ko-KR', viewport: { width: 1280, height: 720 } });

  test('a tampered link opens the autosaved program with a Korean message, and the app works', async ({ page }) => {
    await page.goto('/');
    await expect(graph(page)).toBeVisible();
    await editor(page).fill(program);
    await expect(page.locator('.timeline .counter')).toHaveText(/^1 \//);
    await page.goto('about:blank'); // so the link is a page load, not a hash change
    await page.goto('/#l1.garbage');
    await expect(linkAlert(page)).toContainText('링크를 열 수 없어');
    await expectKorean(linkAlert(page));
    await expect(editor(page)).toHaveValue(program);
    await expect(graph(page)).toBeVisible();
    await page.screenshot({ path: screenshotPath('i18n-ko-bad-link'), clip: { x: 0, y: 0, width: 1280, height: 720 } });
    await stillSteps(page);

    // The message is rendered, not stored: it follows the language.
    await page.getByRole('combobox', { name: '언어', exact: true }).selectOption('en');
    await expect(linkAlert(page)).toHaveText(/^The link could not be opened: .+\. Your last program is open instead\.$/);
  });

  test('another Chainrule version\'s link says so in Korean', async ({ page }) => {
    await page.goto('/#l9.whatever');
    await expect(graph(page)).toBeVisible();
    await expect(linkAlert(page)).toContainText('더 새로운 버전');
    await expectKorean(linkAlert(page));
  });

  for (const [what, saved, words] of [
    ['corrupted', '{"v":1,"source":', '저장된 수업 기록을 읽을 수 없음'],
    // Version 7: the number is named as written.
    ['newer', JSON.stringify({ v: 7, source: program }), '버전이 1이 아니라 7임'],
  ] as const) {
    test(`a ${what} saved lesson opens the default program with a Korean message, and the app works`, async ({ page }) => {
      await page.goto('/');
      await expect(graph(page)).toBeVisible();
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, saved]);
      await page.reload();
      await expect(graph(page)).toBeVisible();
      await expect(editor(page)).toHaveValue(presetSource(DEFAULT_PRESET, 'ko'));
      await expect(storageAlert(page)).toContainText(words);
      await expect(storageAlert(page)).toContainText('기본 예제를 열었습니다');
      await expectKorean(storageAlert(page));
      if (what === 'corrupted') await page.screenshot({ path: screenshotPath('i18n-ko-unreadable-save'), clip: { x: 0, y: 0, width: 700, height: 450 } });
      await stillSteps(page);
      // Typing saves the new program beside the unreadable record, which stays (and so does its
      // notice) until the user dismisses it.
      await editor(page).fill(program);
      await expect(storageAlert(page)).toContainText(words);
      await storageAlert(page).getByRole('button', { name: '닫기' }).click();
      await expect(storageAlert(page)).toHaveText('');
      await page.reload();
      await expect(editor(page)).toHaveValue(program);
    });
  }
});
