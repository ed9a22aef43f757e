/**
 * Edge labels never overlap each other or sit on a node, checked in Chromium with the boxes the
 * browser really draws: a property over the geometry presets × every view × a sample of steps (the
 * end of the forward pass, two backward steps, the last). The presets share one page load per
 * worker (sharedAppTest): each test picks its own preset, then every view and step it measures.
 */
import { expect, type Page } from './fixtures.ts';
import { chooseView, views } from './detailViews.ts';
import { editor, engine, focusPage, GEOMETRY_PRESETS, goToStep, graph, sharedAppTest } from './helpers.ts';

const test = sharedAppTest();

/** Boxes may touch: sub-pixel rounding of glyph boxes is not an overlap a reader sees. */
const TOUCH = 0.5;

interface Found {
  readonly labels: number;
  readonly problems: string[];
}

/** Every visible label's box against every other label and every node shape, in screen pixels. */
function findOverlaps(svg: Element, touch: number): Found {
  type Rect = { left: number; right: number; top: number; bottom: number; what: string };
  const rect = (el: Element, what: string): Rect => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, what };
  };
  const nodeOf = (el: Element) => el.closest('g.node')?.querySelector('title')?.textContent?.split(':')[0] ?? '?';
  const labels: Rect[] = [];
  for (const el of svg.querySelectorAll('text.edge-value, text.edge-grad, text.fanout-sum')) {
    const text = (el.textContent ?? '').trim();
    if (!text || getComputedStyle(el).opacity === '0') continue;
    labels.push(rect(el, el.classList.contains('fanout-sum') ? `sum "${text}" at ${nodeOf(el)}` : `label "${text}"`));
  }
  const shapes = [...svg.querySelectorAll('g.node')].flatMap((g) =>
    [...g.querySelectorAll(':scope > circle, :scope > rect, :scope > text.node-name')].map((el) => rect(el, `node ${nodeOf(el)}`)),
  );
  const hit = (a: Rect, b: Rect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > touch && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > touch;
  const problems: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (hit(a, b)) problems.push(`${a.what} overlaps ${b.what}`);
    for (const s of shapes) if (hit(a, s)) problems.push(`${a.what} sits on ${s.what}`);
  });
  return { labels: labels.length, problems };
}

/** The end of the forward pass (every value out), the start and the middle of the backward pass, and the last step. */
function sampleSteps(count: number, forwardCount: number): number[] {
  const backward = count - forwardCount;
  const picks = [forwardCount - 1, forwardCount, forwardCount + Math.floor(backward / 2), count - 1];
  return [...new Set(picks.filter((s) => s >= 0 && s < count))].sort((a, b) => a - b);
}

for (const preset of GEOMETRY_PRESETS) {
  test(`preset "${preset.id}": no label overlaps another label or a node, in any view, at sampled steps`, async ({ app: page }) => {
    await page.getByLabel('Example').selectOption(preset.id);
    await expect(editor(page)).toHaveValue(preset.source);
    // Boxes as drawn in the graph's web font (graphFont.css: values 500, gradients 800), not a fallback awaiting it.
    await expect.poll(() => page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans' && f.status === 'loaded').map((f) => f.weight).sort();
    })).toEqual(expect.arrayContaining(['500', '800']));
    const problems: string[] = [];
    const shown = await views(page);
    for (const view of shown) {
      await chooseView(page, view);
      // Each view has its own schedule; the counter says how long it is.
      const counterText = (await page.locator('.timeline .counter').textContent()) ?? '';
      const count = Number(counterText.split('/')[1]);
      const forwardCount = view === 'Gates' ? engine(preset.source).schedule.forwardCount : await forwardSteps(page);
      for (const step of sampleSteps(count, forwardCount)) {
        await goToStep(page, step, count);
        const found = await graph(page).evaluate(findOverlaps, TOUCH);
        expect(found.labels).toBeGreaterThan(0);
        problems.push(...found.problems.map((p) => `${view}, step ${step + 1}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });
}

/** How many forward steps the current view has: PageDown from the first step lands on the first backward step. */
async function forwardSteps(page: Page): Promise<number> {
  const slider = page.getByRole('slider', { name: 'Step' });
  const count = Number(await slider.getAttribute('max')) + 1;
  await goToStep(page, 0, count);
  await focusPage(page);
  await page.keyboard.press('PageDown');
  await expect(slider).toHaveAttribute('aria-valuetext', /backward/);
  return Number(await slider.inputValue());
}
