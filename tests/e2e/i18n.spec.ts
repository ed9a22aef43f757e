/**
 * Korean and English (issue 11): the app follows the browser's language, the header's select
 * "Language" / "언어" switches it (with `<html lang>`), the choice survives a reload, and a
 * ko-KR browser finds no English UI text.
 */
import { expect, test, type Page } from './fixtures.ts';
import { screenshotPath } from './helpers.ts';

/**
 * Latin words that may stay in Korean: the brand, file formats, key caps as printed on keys,
 * and the program language's own function names (they are code, in both languages).
 */
const ALLOWED = new Set([
  'Chainrule', 'SVG', 'PNG', 'LaTeX', 'Markdown',
  'Home', 'End', 'Space', 'Esc', 'Shift', 'Ctrl', 'PageUp', 'PageDown',
  'sigmoid', 'tanh', 'softplus', 'relu', 'exp', 'log', 'sqrt', 'max', 'min', 'abs',
]);

/** Regions this change localizes; the rest of the page is checked by the whole-page test. */
const OWN_REGIONS = [
  '.app-header', '.editor-block', '.inputs-panel', '.lesson-controls', '.step-panel', '.trace-table-slot',
  '.timeline', '.graph-toolbar', '.panel-toggles', '.graph-extras', '.share-toolbar', '.gradients-table',
  '.node-details', '.shortcuts-dialog',
];
/**
 * Inside those, what other helpers localize: the preset picker (in the header), and the engine's
 * own sentences in the step panel (the gate's pattern, the live region's plain-text step).
 */
const NOT_OWN = ['.preset-picker', '.step-panel .pattern', '.step-panel [aria-live]'];

/**
 * Every piece of UI text in `roots` (visible text, sr-only text, aria-label, title, placeholder,
 * aria-valuetext), minus what is not UI: the program (editor, its mirror, the drawn graph's
 * marks), typeset math (.katex) and elements in another language (the select's "English").
 */
async function uiText(page: Page, roots: string[], skip: string[]): Promise<string[]> {
  return page.evaluate(({ roots, skip }) => {
    const notUi = ['textarea', '.editor-backdrop', 'svg.graph-svg > *', '.katex', '[lang]:not(html):not([lang="ko"])', ...skip].join(', ');
    const out: string[] = [];
    for (const root of roots.flatMap((r) => [...document.querySelectorAll(r)])) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
        const el = n instanceof Element ? n : n.parentElement;
        if (!el || el.closest(notUi) || !el.checkVisibility()) continue;
        if (n instanceof Element) {
          for (const a of ['aria-label', 'title', 'placeholder', 'aria-valuetext']) {
            const v = n.getAttribute(a);
            if (v) out.push(v);
          }
        } else if (n.textContent?.trim()) out.push(n.textContent.trim());
      }
    }
    return out;
  }, { roots, skip });
}

/** The strings with a Latin word of 3+ letters left, once program words and allowed words are dropped. */
async function englishLeft(page: Page, roots: string[], skip: string[] = []): Promise<string[]> {
  const program = new Set((await page.locator('textarea#program').inputValue()).match(/\p{L}[\p{L}\p{N}_]*/gu) ?? []);
  const texts = await uiText(page, roots, skip);
  return [...new Set(texts.filter((t) =>
    (t.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []).some((w) => /[A-Za-z]{3}/.test(w) && !ALLOWED.has(w) && !program.has(w))))];
}

const languageSelect = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });

test.describe('in a ko-KR browser', () => {
  test.use({ locale: 'ko-KR', viewport: { width: 1280, height: 720 } });

  test('the app opens in Korean, with no English left in the core UI', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('img', { name: '계산 그래프' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveTitle('Chainrule — 역전파를 눈으로 보기');
    const select = languageSelect(page, '언어');
    await expect(select).toHaveValue('ko');
    await expect(select.locator('option:checked')).toHaveText('한국어');
    await expect(page.getByRole('region', { name: '단계 설명' })).toContainText('순전파');
    expect(await englishLeft(page, OWN_REGIONS, NOT_OWN), 'English left at the first step').toEqual([]);
    await page.getByText('범례', { exact: true }).click();
    await expect(page.locator('.legend dl')).toBeVisible();
    await page.screenshot({ path: screenshotPath('i18n-ko-first-step') });

    // A backward step, then the last (the final gradients table appears).
    await page.getByRole('button', { name: '다음 단계', exact: true }).click();
    const region = page.getByRole('region', { name: '단계 설명' });
    while (!(await region.innerText()).includes('역전파')) await page.getByRole('button', { name: '다음 단계', exact: true }).click();
    await page.getByRole('button', { name: '다음 단계', exact: true }).click();
    await expect(region).toContainText('상류 기울기');
    expect(await englishLeft(page, OWN_REGIONS, NOT_OWN), 'English left at a backward step').toEqual([]);
    await page.screenshot({ path: screenshotPath('i18n-ko-backward-step') });
    await page.getByRole('button', { name: '마지막 단계', exact: true }).click();
    await expect(page.getByRole('table', { name: '기울기' })).toBeVisible();
    expect(await englishLeft(page, OWN_REGIONS, NOT_OWN), 'English left at the last step').toEqual([]);

    // A node's details, then the shortcuts dialog.
    await page.locator('svg.graph-svg g.node').first().click();
    await expect(page.getByRole('region', { name: '선택한 노드' })).toBeVisible();
    expect(await englishLeft(page, OWN_REGIONS, NOT_OWN), 'English left in node details').toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: '키보드 단축키' })).toBeVisible();
    expect(await englishLeft(page, OWN_REGIONS, NOT_OWN), 'English left in the shortcuts').toEqual([]);
    await page.screenshot({ path: screenshotPath('i18n-ko-shortcuts') });
  });

  test('the whole page has no English UI text', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('img', { name: '계산 그래프' })).toBeVisible();
    expect(await englishLeft(page, ['body']), 'English left on the page').toEqual([]);
    await page.getByRole('button', { name: '마지막 단계', exact: true }).click();
    expect(await englishLeft(page, ['body']), 'English left at the last step').toEqual([]);
  });
});

test('the select switches the language and <html lang>, and the choice survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('img', { name: 'Computational graph' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await languageSelect(page, 'Language').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('img', { name: '계산 그래프' })).toBeVisible();
  await expect(page.getByRole('button', { name: '링크 복사' })).toBeVisible();
  await languageSelect(page, '언어').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Step explanation' })).toContainText('Forward pass');

  await languageSelect(page, 'Language').selectOption('ko');
  await expect(page.getByRole('button', { name: '링크 복사' })).toBeVisible();
  // The lesson record is saved at once; the address follows within its debounce: wait for both.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('chainrule.lesson') ?? '')).toContain('"language":"ko"');
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.getByRole('img', { name: '계산 그래프' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(languageSelect(page, '언어')).toHaveValue('ko');
});

test.describe('in an en-US browser', () => {
  test.use({ locale: 'en-US' });

  test('the app stays in English', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('img', { name: 'Computational graph' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(languageSelect(page, 'Language')).toHaveValue('en');
    await expect(page.getByRole('region', { name: 'Step explanation' })).toContainText('Step 1 of');
    await expect(page.getByRole('toolbar', { name: 'Share and export' })).toBeVisible();
  });
});
