/**
 * Issue 20, "Words" and "Smaller fixes", in Chromium as a student meets them:
 * - an example's comments come from the catalog, in the app's language: in ko-KR the editor
 *   holds the Korean comments (and no English one) around the very same program lines, and
 *   switching the language shows the English text with the example still unedited;
 * - the deep chain's ReLU note (the Vanishing gradients switch) is Korean; the table view's
 *   gates, the gradient check's kink note and the depth chart say no English;
 * - the header's tagline (what the example teaches) is readable whole at 1280×720, en and ko;
 * - practice mode's feedback stays inside its card after a wrong answer.
 */
import { expect, test, type Locator, type Page } from './fixtures.ts';
import { presets as enWords } from '../../src/i18n/en/presets.ts';
import { presets as koWords } from '../../src/i18n/ko/presets.ts';
import { deepChain, presetById, presetSource, PRESETS } from '../../src/presets/index.ts';
import { screenshotPath } from './helpers.ts';

// A shared machine with other builds and browser runs: room for a slow first paint.
test.describe.configure({ timeout: 90_000 });

const HANGUL = /\p{Script=Hangul}/u;
const program = (page: Page) => page.locator('#program');
const picker = (page: Page) => page.locator('.preset-picker select');
const languageSelect = (page: Page) => page.locator('.header-tools select').first();
const commentLines = (text: string) => text.split('\n').filter((l) => l.trimStart().startsWith('#'));
/** Every English comment line of every example and deep chain. */
const ENGLISH_COMMENTS = new Set([
  ...PRESETS.flatMap((p) => commentLines(p.source)),
  ...(['sigmoid', 'tanh', 'relu', 'softplus'] as const).flatMap((a) => commentLines(deepChain(a))),
]);

async function open(page: Page) {
  await page.goto('/');
  await expect(page.locator('svg.graph-svg')).toBeVisible();
}

test.describe('in a ko-KR browser', () => {
  test.use({ locale: 'ko-KR' });

  test('an example shows Korean comments around the same program; back in English it is the English text, unedited', async ({ page }) => {
    await open(page);
    // The default example, first visit: already Korean.
    await expect(program(page)).toHaveValue(presetSource('cs231n', 'ko'));
    await expect(picker(page)).toHaveValue('cs231n');

    for (const id of ['net-222', 'fanout', 'survey', 'mlp-2321-matrix', 'cs231n-vectorised'] as const) {
      await picker(page).selectOption(id);
      const text = presetSource(id, 'ko');
      await expect(program(page)).toHaveValue(text);
      const comments = commentLines(await program(page).inputValue());
      expect(comments.length, id).toBeGreaterThan(0);
      for (const line of comments) {
        expect(line, `${id}: a Korean comment`).toMatch(HANGUL);
        expect(ENGLISH_COMMENTS.has(line), `${id}: no English comment line`).toBe(false);
      }
      // Only the comments differ from the English text.
      const code = (t: string) => t.split('\n').filter((l) => !l.trimStart().startsWith('#'));
      expect(code(await program(page).inputValue())).toEqual(code(presetById(id)!.source));
      await expect(picker(page)).toHaveValue(id); // the example, not "(내가 고친 것)"
    }
    await page.screenshot({ path: screenshotPath('words-preset-ko'), clip: { x: 0, y: 0, width: 1280, height: 520 } });

    // net-222 at a later step, then English: the English text, the same example and step, not edited.
    await picker(page).selectOption('net-222');
    await page.locator('svg.graph-svg').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const counter = page.locator('.timeline .counter');
    const at = await counter.innerText();
    await languageSelect(page).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(program(page)).toHaveValue(presetById('net-222')!.source);
    await expect(picker(page)).toHaveValue('net-222');
    await expect(picker(page).locator('option', { hasText: 'your edit' })).toHaveCount(0);
    await expect(page.locator('.preset-picker .teaches')).toHaveText(enWords.examples['net-222'].teaches);
    await expect(counter).toHaveText(at);
    // Nothing was kept as an edit or an own program by the switch.
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('chainrule.lesson') ?? '{}'));
    expect(kept.edits ?? []).toEqual([]);
    expect(kept.presetId).toBe('net-222');

    // And back: Korean again, still the example.
    await languageSelect(page).selectOption('ko');
    await expect(program(page)).toHaveValue(presetSource('net-222', 'ko'));
    await expect(picker(page)).toHaveValue('net-222');
    await expect(page.locator('.preset-picker .teaches')).toHaveText(koWords.examples['net-222'].teaches);
  });

  test('the deep chain’s ReLU note, the table’s gates, the kink note and the depth chart speak Korean', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page);
    await picker(page).selectOption('sigmoid-chain');
    await expect(program(page)).toHaveValue(deepChain('sigmoid', 8, 'ko'));
    await page.getByRole('button', { name: '기울기 소실', exact: true }).click();
    const vanishing = page.getByRole('region', { name: '기울기 소실', exact: true });
    await vanishing.getByRole('radio', { name: 'ReLU', exact: true }).check();
    // The ReLU chain's first line: the catalog's note, in Korean.
    await expect(program(page)).toHaveValue(deepChain('relu', 8, 'ko'));
    const first = (await program(page).inputValue()).split('\n')[0];
    expect(first).toBe(`# ${koWords.comments.chain.relu}`);
    expect(first).not.toContain('passes the gradient');
    await expect(vanishing).toContainText('|∂출력/∂노드|');
    await expect(vanishing).not.toContainText('∂out');

    await picker(page).selectOption('cs231n');
    await page.getByRole('button', { name: '표로 보기', exact: true }).click();
    const table = page.locator('#node-table');
    await expect(table).toContainText('덧셈 게이트');
    await expect(table).toContainText('곱셈 게이트');
    await expect(table).not.toContainText(/add 게이트|mul 게이트|\badd\b|\bmul\b/);
    await page.getByRole('button', { name: '표로 보기', exact: true }).click();

    await page.getByRole('button', { name: '기울기 검사', exact: true }).click();
    const check = page.getByRole('region', { name: '기울기 검사', exact: true });
    await expect(check).toContainText('이 앱은 x = 0에서 기울기를 0으로 정했지만');
    await expect(check).not.toContainText('LANGUAGE.md');
  });
});

/** The tagline's box and its text's box: the text must not run past the box, nor the box past the window. */
async function taglineFit(tagline: Locator) {
  return tagline.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight,
      textRight: text.right, boxRight: box.right, textBottom: text.bottom, boxBottom: box.bottom, window: window.innerWidth,
      ellipsis: style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap',
    };
  });
}

for (const locale of ['en-US', 'ko-KR'] as const) {
  test.describe(`at 1280×720 in ${locale}`, () => {
    test.use({ locale, viewport: { width: 1280, height: 720 } });

    test('the header’s tagline is readable whole, on every example', async ({ page }) => {
      await open(page);
      const tagline = page.locator('.preset-picker .teaches');
      const lang = locale === 'ko-KR' ? 'ko' : 'en';
      for (const preset of PRESETS) {
        await picker(page).selectOption(preset.id);
        const words = (lang === 'ko' ? koWords : enWords).examples[preset.id].teaches;
        await expect(tagline).toHaveText(words);
        await expect(tagline).toBeVisible();
        const fit = await taglineFit(tagline);
        expect(fit.clientWidth, `${preset.id}: the tagline has room`).toBeGreaterThan(0);
        expect(fit.scrollWidth, `${preset.id}: ${JSON.stringify(fit)}`).toBeLessThanOrEqual(fit.clientWidth);
        expect(fit.scrollHeight, `${preset.id}: ${JSON.stringify(fit)}`).toBeLessThanOrEqual(fit.clientHeight + 1);
        expect(fit.textRight, preset.id).toBeLessThanOrEqual(Math.min(fit.boxRight, fit.window) + 0.5);
        expect(fit.ellipsis, preset.id).toBe(false);
      }
      await picker(page).selectOption('mlp-2321-matrix'); // the longest tagline
      await page.screenshot({ path: screenshotPath(`words-tagline-${lang}`), clip: { x: 0, y: 0, width: 1280, height: 140 } });
    });

    test('practice feedback stays inside its card after a wrong answer', async ({ page }) => {
      await open(page);
      await picker(page).selectOption('mlp-2321');
      const ko = locale === 'ko-KR';
      await page.getByRole('switch', { name: ko ? '연습' : 'Practice', exact: true }).click();
      const card = page.getByRole('region', { name: ko ? '연습' : 'Practice', exact: true });
      const field = card.getByRole('textbox');
      const feedback = card.locator('.practice-feedback');
      // A wrong number, the sign slipped (step 1 asks for W1_11·x1 = 0.1: a named mistake's message),
      // a long wrong number, a name that is not a number (its message repeats it).
      for (const wrong of ['7', '-0.1', '-123456789012345678901234567890.123456789', 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz']) {
        await field.fill(wrong);
        await card.getByRole('button', { name: ko ? '확인' : 'Check', exact: true }).click();
        await expect(feedback).not.toBeEmpty();
        if (wrong === '-0.1') await expect(feedback).toContainText(ko ? '부호' : 'sign');
        const m = await feedback.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const text = range.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          const c = (el.closest('.practice') as HTMLElement).getBoundingClientRect();
          return { box: [box.left, box.right, box.bottom], text: [text.left, text.right, text.bottom], card: [c.left, c.right, c.bottom], scroll: el.scrollWidth - el.clientWidth };
        });
        const [left, right, bottom] = m.card;
        const inside = (edges: number[]) => edges[0] >= left && edges[1] <= right - 2 && edges[2] <= bottom;
        expect(inside(m.box), `${wrong}: the box ${JSON.stringify(m)}`).toBe(true);
        expect(inside(m.text), `${wrong}: the text ${JSON.stringify(m)}`).toBe(true);
        expect(m.scroll, wrong).toBeLessThanOrEqual(0);
        const retry = card.getByRole('button', { name: ko ? '다시' : 'Retry', exact: true });
        if (await retry.count()) await retry.click();
      }
      await card.screenshot({ path: screenshotPath(`words-practice-feedback-${ko ? 'ko' : 'en'}`) });
    });
  });
}
