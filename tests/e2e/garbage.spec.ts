/**
 * Whatever is typed, the page never goes blank: the text stays in the editor and the alert
 * says what is wrong and where.
 */
import { expect, test } from './fixtures.ts';
import { alert, button, editor, graph, nodeMark, openApp, outputLabel, setProgram } from './helpers.ts';

/** A deterministic 5,000-character line of symbols, digits, names and brackets. */
function junkLine(length: number): string {
  const chars = ')(*&^%$#@!+-/=.,;:<>?[]{}|~`\'"0123456789abcxyz_ ';
  let seed = 12345;
  let out = '';
  while (out.length < length) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31; // a small LCG: same junk every run
    out += chars[seed % chars.length];
  }
  return out;
}

const cases: [string, string][] = [
  ['punctuation junk', ')(*&^%$#@!'],
  ['a 5,000-character line of junk', junkLine(5000)],
  ['a 5,000-character expression with a dangling operator', `f = ${'x + '.repeat(1249)}`],
  ['unbalanced brackets', 'f = ((((((x'],
  ['implicit multiplication', 'f = 2x'],
];

test('no garbage typed into the editor blanks the page: the text stays and the alert says what is wrong', async ({ page }) => {
  const problems = await openApp(page);
  // One page for every case: each edit replaces the last, as a student's pastes would.
  for (const [what, text] of cases) {
    await test.step(what, async () => {
      await setProgram(page, text);
      await expect(editor(page)).toHaveValue(text);
      await expect(alert(page)).toHaveText(/^Line \d+, column \d+: \S/);
      await expect(page.getByRole('heading', { name: 'Chainrule' })).toBeVisible();
      await expect(graph(page)).toBeVisible(); // the last good graph, marked stale
      await expect(page.locator('.graph-view.stale')).toBeVisible();
    });
  }
  expect(problems.errors).toEqual([]);
});

test('the implicit-multiplication error suggests the fix', async ({ page }) => {
  await openApp(page);
  await setProgram(page, 'f = 2x');
  await expect(alert(page)).toContainText('2*x');
});

test('a valid 5,000-character line (x added to itself 1,250 times) draws, and x sums 1,250 gradient terms', async ({ page }) => {
  test.slow(); // 2,500 SVG nodes and edges: seconds on a busy 2-core machine
  const problems = await openApp(page);
  const text = `f = ${'x + '.repeat(1249)}x`;
  expect(text).toHaveLength(5001);
  await setProgram(page, text);
  // 1,249 add gates and one input x (used but not declared: it defaults to 1).
  await expect(graph(page).locator('g.node')).toHaveCount(1250, { timeout: 30_000 });
  await expect(alert(page)).toHaveText('');
  await button(page, 'Last step').click();
  expect(await outputLabel(page)).toEqual({ value: '1250', grad: '∂ 1' });
  await expect(nodeMark(page, 'x').locator('.fanout-sum')).toHaveText('Σ∂ 1250');
  expect(problems.errors).toEqual([]);
});
