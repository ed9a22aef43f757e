/**
 * Big programs stay live (issue 21): typing into a 5,000-line program loses no character, the
 * page says so while its analysis lags behind the text, and a reload right after finds every
 * character; the DOM stays bounded over many opened programs (the formula cache holds detached
 * KaTeX trees). Timings live in `npm run bench:browser` (bench/liveness.ts).
 */
import { expect, test, type Page } from './fixtures.ts';
import { manyInputs } from '../../bench/liveness.ts';
import { randomProgram } from '../../bench/programs.ts';
import { PRESETS } from '../../src/presets/index.ts';
import { editor, openApp, paste, screenshotPath } from './helpers.ts';

/** From now on, every status text the page announces, kept in order (read with `statusesSeen`). */
async function recordStatuses(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { statuses_: string[] };
    w.statuses_ = [];
    new MutationObserver(() => {
      for (const s of document.querySelectorAll('[role="status"]')) {
        const text = s.textContent ?? '';
        if (text && !w.statuses_.includes(text)) w.statuses_.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const statusesSeen = (page: Page) => page.evaluate(() => (window as unknown as { statuses_: string[] }).statuses_);

test('typing into 5,000 lines: every character kept, the lag behind the text shown as a status, and a reload finds it all', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  const source = manyInputs();
  await paste(page, source);
  const note = page.getByRole('region', { name: 'Graph not drawn' });
  await expect(note).toContainText('This program has 8,999 nodes', { timeout: 90_000 });

  // Every status the page announces from here on, with the text it held.
  await recordStatuses(page);
  await editor(page).focus();
  await page.evaluate(() => { const a = document.querySelector('textarea') as HTMLTextAreaElement; a.setSelectionRange(a.value.length, a.value.length); });
  // A new last line: each key changes the program (8,999 → 9,001 nodes once it reads z = t999 * 2).
  const typed = '\nz = t999 * 2';
  await page.keyboard.type(typed, { delay: 30 });
  await expect(editor(page)).toHaveValue(source + typed);
  const busy = page.getByRole('status').filter({ hasText: 'Analysing the program…' });
  await expect(note).toContainText('This program has 9,001 nodes', { timeout: 90_000 });
  await expect(busy).toHaveCount(0);
  const statuses = await statusesSeen(page);
  // While the analysis followed the typing, the page said it was behind.
  expect(statuses).toContain('Analysing the program…');
  await page.screenshot({ path: screenshotPath('live-typed-5000-lines') });

  // Reload at once: the autosave of a big text waits for a pause in the typing, and leaving the page is one.
  await page.reload();
  await expect(editor(page)).toHaveValue(source + typed, { timeout: 60_000 });
});

test('on a Korean page the status that the analysis lags is Korean', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['ko-KR', 'ko'] }));
  await page.goto('/');
  await expect(page.getByRole('img').first()).toBeVisible();
  const source = manyInputs();
  await recordStatuses(page);
  await paste(page, source);
  await expect(page.locator('.big-graph-message')).toContainText('8,999', { timeout: 90_000 });
  const statuses = await statusesSeen(page);
  expect(statuses).toContain('프로그램을 분석하는 중…');
  await expect(page.locator('textarea')).toHaveValue(source);
});

/**
 * 16 programs (the 12 presets and 4 random ones) rather than 24: the bounded page sits at about
 * 7,000 extra nodes from the second program on (measured per program), while the formulas typeset,
 * and with them an unbounded cache, keep growing: 16 programs show 63 % of the 24's formulas, so
 * an unbounded cache would add about 15,000 nodes (25,000 on 24, below), still well past 10,000.
 */
const PROGRAMS = 16;

test(`${PROGRAMS} opened programs, each stepped through: the page's DOM stays bounded`, async ({ page }) => {
  test.setTimeout(300_000);
  await openApp(page);
  const cdp = await page.context().newCDPSession(page);
  const domNodes = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'Nodes')?.value ?? NaN;
  };
  const before = await domNodes();
  expect(before).toBeGreaterThan(500);
  const programs = [...PRESETS.map((p) => p.source), ...Array.from({ length: PROGRAMS - PRESETS.length }, (_, k) => randomProgram(30 + k, 100 + k).source)];
  expect(PRESETS.length).toBeLessThan(PROGRAMS);
  let formulas = 0;
  for (const source of programs) {
    await paste(page, source);
    // Step back from the end, so each step's formulas are typeset; count those shown.
    formulas += await page.evaluate(async () => {
      let shown = 0;
      const press = async (name: string) => {
        const b = document.querySelector(`button[aria-label="${name}"]`) as HTMLButtonElement | null;
        if (b && !b.disabled) b.click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        shown += document.querySelectorAll('.step-body:not(.staged) .katex').length;
      };
      await press('Last step');
      for (let k = 0; k < 6; k++) await press('Previous step');
      return shown;
    });
  }
  // The walk did typeset formulas: the measure below saw a cache at work.
  expect(formulas).toBeGreaterThan(50);
  const after = await domNodes();
  console.log(`DOM nodes: ${before} → ${after} over ${programs.length} programs, ${formulas} formulas shown`);
  // Before the formula cache was bounded by its DOM: 1,259 → 42,817 nodes on a walk of 40
  // programs (about 25,000 on these 24); now 1,259 → 8,622 on 40 (the cache holds ≤ 5,000, the
  // rest is the page's own).
  expect(after - before).toBeLessThan(10_000);
  await page.screenshot({ path: screenshotPath('live-40-programs') });
});
