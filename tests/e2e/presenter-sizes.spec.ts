/**
 * Presenter mode read from the back of a lecture hall (issue 20), at a projector's 1024×768 on
 * every step of the 2-3-2-1 MLP: the explanation never scrolls and neither does the page (before,
 * 9 of 95 steps hid 32–82 px); formula captions ("Local gradient for W2_13") are ≥ 20 px (16
 * before); gate subscripts (g₁₇) are ≥ 14 px on screen (the Unicode subscripts were 8 px); nodes
 * not yet reached keep ≥ 4.5:1 contrast on white (about 3.2:1 before).
 *
 * A property over steps, sampled: the presenter steps through all 95 with PageDown, and a seeded,
 * stratified third of them (one of every three consecutive steps, plus 54 and the last) is
 * measured; subscripts and contrast on every other measured step. E2E_SEED=n draws another sample.
 */
import { expect, test } from './fixtures.ts';
import { graph, sampleSeed, screenshotPath, stepPanel, stratifiedSteps } from './helpers.ts';
import { expectCounter, presentPreset } from './presenterHall.ts';

test.use({ viewport: { width: 1024, height: 768 } });

/** How much of the explanation and of the page lies past their boxes, in px. */
const overflow = () => {
  const panel = document.getElementById('panel-right') as HTMLElement;
  const page = document.scrollingElement as HTMLElement;
  return {
    panel: Math.max(panel.scrollHeight - panel.clientHeight, panel.scrollWidth - panel.clientWidth),
    page: Math.max(page.scrollHeight - innerHeight, page.scrollWidth - innerWidth),
    below: Math.max(0, panel.getBoundingClientRect().bottom - innerHeight),
  };
};

/** The on-screen px of every gate subscript (font size × the zoom's scale). */
const subscriptPx = (svg: Element) =>
  [...svg.querySelectorAll<SVGTSpanElement>('text.gate-name tspan')].map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1));

/**
 * WCAG contrast on white of every text and shape outline of the nodes not yet reached: each colour
 * composited over white with the opacity of it and all its ancestors.
 */
const pendingContrast = (svg: Element) => {
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]) => {
    const lin = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratios: number[] = [];
  for (const el of svg.querySelectorAll<SVGElement>('g.node.pending text, g.node.pending circle, g.node.pending rect')) {
    let alpha = 1;
    for (let e: Element | null = el; e && e !== svg; e = e.parentElement) alpha *= Number(getComputedStyle(e).opacity);
    const style = getComputedStyle(el);
    const paint = el instanceof SVGTextElement ? style.fill : style.stroke;
    const [r, g, b, a = 1] = rgb(paint);
    const k = alpha * a;
    ratios.push(1.05 / (lum([r, g, b].map((v) => v * k + 255 * (1 - k))) + 0.05));
  }
  return ratios;
};

test('sampled MLP steps: the explanation and the page never scroll, captions ≥ 20 px, subscripts ≥ 14 px, pending nodes ≥ 4.5:1', async ({ page }) => {
  test.setTimeout(120_000); // a third of 95 steps, each waited for
  const analysis = await presentPreset(page, 'mlp-2321');
  const count = analysis.schedule.steps.length;
  const sample = stratifiedSteps(count, { every: 3, seed: sampleSeed(54), always: [54, count] });
  console.log(`1024×768: measuring steps ${sample.join(' ')}`);
  const clipped: string[] = [];
  let captions = 0;
  let minCaption = Infinity;
  let minSubscript = Infinity;
  let minContrast = Infinity;
  let subscripts = 0;
  let pending = 0;
  let measured = 0;
  for (let step = 1; step <= count; step++) {
    if (step > 1) await page.keyboard.press('PageDown');
    if (!sample.includes(step)) continue;
    measured++;
    await expectCounter(page, step, count);
    if (step === count) await expect(page.locator('.gradients-table')).toBeVisible();
    const over = await page.evaluate(overflow);
    if (over.panel > 0 || over.page > 0 || over.below > 0) clipped.push(`step ${step}: panel +${over.panel}px, page +${over.page}px`);
    const sizes = await stepPanel(page).locator('.step-body:not(.staged) .formula-label').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    captions += sizes.length;
    minCaption = Math.min(minCaption, ...sizes);
    if (measured % 2 === 0) {
      const subs = await graph(page).evaluate(subscriptPx);
      subscripts += subs.length;
      minSubscript = Math.min(minSubscript, ...subs);
      const ratios = await graph(page).evaluate(pendingContrast);
      pending += ratios.length;
      minContrast = Math.min(minContrast, ...ratios);
    }
    if (step === 54) await page.screenshot({ path: screenshotPath('presenter-mlp-step54-1024x768') });
  }
  await page.screenshot({ path: screenshotPath('presenter-mlp-last-1024x768') });
  console.log(`1024×768 mlp-2321: ${clipped.length} of ${measured} measured steps (of ${count}) clip the explanation or scroll; captions ≥ ${minCaption} px (${captions}); subscripts ≥ ${minSubscript.toFixed(1)} px (${subscripts}); pending contrast ≥ ${minContrast.toFixed(2)}:1 (${pending})${clipped.length ? `\n  ${clipped.join('\n  ')}` : ''}`);
  // What was measured was found: captions, subscripts and pending nodes.
  expect(measured).toBeGreaterThanOrEqual(Math.floor(count / 3));
  expect(captions).toBeGreaterThan(50);
  expect(subscripts).toBeGreaterThan(10);
  expect(pending).toBeGreaterThan(10);
  expect(clipped).toEqual([]);
  expect(minCaption).toBeGreaterThanOrEqual(20);
  expect(minSubscript).toBeGreaterThanOrEqual(14);
  expect(minContrast).toBeGreaterThanOrEqual(4.5);
});
