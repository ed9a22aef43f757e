/**
 * What the engine and the course say, in Korean: in a ko-KR browser the editor's error, a NaN
 * warning, the example picker and the course panels speak Korean (from the catalogs), with the
 * same numbers and formulas. Elements other specs find by English names are found here by
 * their Korean names, or by id where the name is another component's.
 */
import { expect, test, type Page } from './fixtures.ts';
import { readFile } from 'node:fs/promises';
import { explainMarkdown } from '../../src/cli/explain.ts';
import { analyze } from '../../src/core/index.ts';
import { presetSource } from '../../src/presets/index.ts';
import { screenshotPath } from './helpers.ts';

test.use({ locale: 'ko-KR' });

const HANGUL = /\p{Script=Hangul}/u;
const program = (page: Page) => page.locator('#program');

async function open(page: Page) {
  await page.goto('/');
  await expect(page.locator('svg.graph-svg')).toBeVisible();
}

test('a typo and a NaN are explained in Korean, at the same place as in English', async ({ page }) => {
  await open(page);
  await program(page).fill('x = 2\nf = 3x');
  const error = page.locator('#program-error');
  // "3x": the lexer stops at x, line 2, column 6 (after "f = 3").
  await expect(error).toContainText('숫자 바로 뒤에 이름이 올 수 없습니다');
  await expect(error).toContainText('3*x');
  await expect(error).not.toContainText('cannot be followed');

  await program(page).fill('x = -1\nf = log(x)');
  await expect(error).toHaveText('');
  const warnings = page.getByRole('list', { name: '경고', exact: true });
  // log(-1) is NaN; the gate stands at line 2, column 5 (after "f = ").
  await expect(warnings).toContainText('NaN (2행 5열)');
  await expect(warnings).toContainText('log(x), 이때 x = -1');
  await expect(warnings).not.toContainText(' at line ');
  await warnings.screenshot({ path: screenshotPath('i18n-nan-warning-ko') });

  await program(page).fill('f = w * 2');
  await expect(warnings).toContainText('1행: w — 값을 주지 않고 사용했으므로 기본값 1인 입력입니다.');
  await expect(page.getByRole('button', { name: 'w 선언', exact: true })).toBeVisible();
});

test('the example picker names every example in Korean and says what it teaches', async ({ page }) => {
  await open(page);
  const picker = page.getByRole('combobox', { name: '예제', exact: true });
  await expect(picker).toBeVisible();
  const options = await picker.locator('option').allTextContents();
  expect(options).toContain('깊은 시그모이드 사슬: 기울기 소실');
  expect(options).toContain('2-3-2-1 ReLU MLP, MSE');
  expect(options.filter((o) => HANGUL.test(o)).length).toBeGreaterThan(5);
  await picker.selectOption('fanout');
  await expect(page.locator('.preset-picker .teaches')).toHaveText('값 하나가 게이트 두 개로 들어가면, 그 기울기는 돌아오는 두 항의 합입니다.');
  // The program is the same in every language; its comments are in the app's.
  await expect(program(page)).toHaveValue(presetSource('fanout', 'ko'));
});

test('the course panels speak Korean: gradient check, SGD step and vanishing gradients on the MLP', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page);
  await page.getByRole('combobox', { name: '예제', exact: true }).selectOption('mlp-2321');
  const buttons = page.getByRole('group', { name: '역전파 한 번, 그다음', exact: true });
  await buttons.getByRole('button', { name: '기울기 검사', exact: true }).click();
  const check = page.getByRole('region', { name: '기울기 검사', exact: true });
  await expect(check).toBeVisible();
  await expect(check.getByRole('columnheader', { name: '중심 차분', exact: true }).first()).toBeVisible();
  await expect(check.locator('.verdict').first()).toHaveText('✓ 통과');
  await expect(check).toContainText('실패하는 검사: 꺾이는 점의 relu');
  await expect(check.getByRole('img', { name: '기울기 계산 비용', exact: true })).toBeVisible();
  await expect(check).not.toContainText('gate evaluation');
  await check.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('i18n-check-ko') });

  await buttons.getByRole('button', { name: '학습', exact: true }).click();
  const training = page.getByRole('region', { name: '학습', exact: true });
  await expect(training.getByRole('group', { name: '학습할 매개변수' })).toBeVisible();
  await training.getByRole('button', { name: 'SGD 한 단계', exact: true }).click();
  await expect(training.locator('.loss-change')).toContainText(/^손실 \S+ → \S+$/);
  await expect(training.getByRole('img', { name: '손실 곡선', exact: true })).toBeVisible();

  await training.getByRole('button', { name: 'SGD 한 단계', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('i18n-training-ko') });

  await buttons.getByRole('button', { name: '기울기 소실', exact: true }).click();
  const vanishing = page.getByRole('region', { name: '기울기 소실', exact: true });
  await expect(vanishing.getByRole('img', { name: '깊이별 기울기 크기', exact: true })).toBeVisible();
  await expect(vanishing.getByRole('img', { name: '활성화 함수', exact: true })).toBeVisible();
  await expect(vanishing).toContainText('“깊은 시그모이드 사슬” 예제를 불러오면');
  await vanishing.getByRole('img', { name: '깊이별 기울기 크기', exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('i18n-vanishing-ko') });
});

test('practice asks, hints and complains in Korean, and its hint keeps the formula', async ({ page }) => {
  await open(page);
  await page.getByRole('switch', { name: '연습', exact: true }).click();
  const practice = page.getByRole('region', { name: '연습', exact: true });
  await expect(practice).toContainText('계산해 보세요');
  const answer = practice.getByRole('textbox', { name: '내 답', exact: true });
  // Not a number: the parser's reason, nested in the practice message, both in Korean.
  await answer.fill('2 +');
  await practice.getByRole('button', { name: '확인', exact: true }).click();
  await expect(practice.getByRole('status')).toHaveText("수가 아닙니다: '+' 뒤에 식이 필요합니다.");
  // Two hints: the rule (a formula), then the gate pattern in Korean.
  await practice.getByRole('button', { name: '힌트', exact: true }).click();
  await expect(practice.locator('.practice-hint .katex').first()).toBeVisible();
  await practice.getByRole('button', { name: '힌트', exact: true }).click();
  await expect(practice.locator('.practice-hint .pattern')).toHaveText('덧셈 게이트: 상류 기울기를 모든 입력에 똑같이, 그대로 전달합니다.');
});

test('the handout downloads in Korean: the CLI’s explain --lang ko, the same formulas', async ({ page }) => {
  await open(page);
  const source = 'x = 3\nf = x * x';
  await program(page).fill(source);
  await expect(page.locator('#program-error')).toHaveText('');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '유인물 내려받기', exact: true }).click()]);
  const text = (await readFile(await file.path())).toString('utf8');
  const analysis = analyze(source);
  if (!analysis.ok) throw new Error(analysis.error.message);
  expect(text).toBe(explainMarkdown(analysis.value, 'ko'));
  expect(text).toContain('## 역전파');
  expect(text).toContain('분기: 모든 사용처에서 돌아온 기울기를 더합니다');
});
