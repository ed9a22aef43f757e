/**
 * Every screen: a laptop with folding side panels, a laptop at 150 % zoom, a 390 px phone,
 * print, reduced motion and the dark theme — and names shown exactly as typed everywhere.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { button, focusPage, graph, nodeMark, openApp, screenshotPath, setProgram, stepPanel } from './helpers.ts';

test.describe.configure({ timeout: 120_000 });

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};

test('at 1280×720 the side panels fold away and give the graph their room', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.screenshot({ path: screenshotPath('screens-1280x720') });
  const before = (await box(page, '.graph-svg')).width;
  await button(page, 'Program panel').click();
  await expect(page.getByRole('complementary', { name: 'Program and inputs' })).toBeHidden();
  await expect(button(page, 'Program panel')).toHaveAttribute('aria-expanded', 'false');
  await button(page, 'Explanation panel').click();
  await expect(page.getByRole('complementary', { name: 'Explanation' })).toBeHidden();
  const after = (await box(page, '.graph-svg')).width;
  // Both panels (≥ 260 + 300 px) go to the graph.
  expect(after).toBeGreaterThan(before + 500);
  expect(after).toBeGreaterThan(1250);
  await page.screenshot({ path: screenshotPath('screens-1280x720-panels-folded') });
  await button(page, 'Program panel').click();
  await expect(page.getByRole('textbox', { name: 'Program' })).toBeVisible();
});

// 1440×900 and 1280×720 screens at 150 % zoom: 960×600 and 853×480 CSS pixels.
for (const [width, height] of [[960, 600], [853, 480]]) {
  test(`at 150 % zoom (a ${width}×${height} CSS viewport) the graph stays on screen, beside or above the editor`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1.5 });
    const page = await context.newPage();
    await openApp(page);
    const g = await box(page, '.graph-svg');
    const editorBox = await box(page, 'textarea');
    expect(g.y + g.height).toBeLessThanOrEqual(height);
    expect(g.height).toBeGreaterThan(height / 3);
    // Beside or above the editor, never below it.
    expect(g.y + g.height <= editorBox.y + 1 || g.x + g.width <= editorBox.x + 1 || editorBox.x + editorBox.width <= g.x + 1).toBe(true);
    await expect(page.getByRole('textbox', { name: 'Program' })).toBeInViewport();
    await expect(stepPanel(page)).toBeInViewport();
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(sideways).toBe(false);
    await page.screenshot({ path: screenshotPath(`screens-${width}x${height}-zoom150`) });
    await context.close();
  });
}

test('on a 390 px phone the page is one column without sideways scroll, and the graph takes two-finger touch', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await openApp(page);
  for (const id of ['cs231n', 'net-222']) {
    await page.getByLabel('Example').selectOption(id);
    await expect(graph(page)).toBeVisible();
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth }));
    expect(widths.doc).toBeLessThanOrEqual(widths.view);
    expect(widths.body).toBeLessThanOrEqual(widths.view);
    await page.screenshot({ path: screenshotPath(`screens-390-${id}`), fullPage: true });
    // The last step adds the Gradients table and the longest formulas; the table view is wide.
    await focusPage(page);
    await page.keyboard.press('End');
    await button(page, 'Table view').click();
    await expect(page.getByRole('table', { name: 'Gradients' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath(`screens-390-${id}-end`), fullPage: true });
    await button(page, 'Table view').click();
  }
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // One column: graph, explanation and editor are stacked, each the page's full width.
  const header = await box(page, '.app-header');
  const g = await box(page, '.graph-svg');
  const step = await box(page, '.right');
  const left = await box(page, '.left');
  expect(header.height).toBeLessThan(200);
  expect(g.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  expect(step.y).toBeGreaterThan(g.y + g.height - 1);
  expect(left.y).toBeGreaterThan(step.y);
  expect(g.width).toBeGreaterThan(380);
  // One finger scrolls the page (the browser keeps its pans); pinching is left to d3-zoom…
  expect(await graph(page).evaluate((el) => getComputedStyle(el).touchAction)).toBe('pan-x pan-y');
  // …which pans the drawing when two fingers drag it, as maps do (room-phone.spec.ts tests one finger).
  const transformOf = () => page.locator('.graph-svg > g').first().getAttribute('transform');
  const before = await transformOf();
  const cdp = await context.newCDPSession(page);
  const x = g.x + g.width / 2;
  const y = g.y + g.height / 2;
  const fingers = (dx: number, dy: number) => [{ x: x - 50 + dx, y: y + dy, id: 0 }, { x: x + 50 + dx, y: y + dy, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(0, 0) });
  for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(-20 * i, -10 * i) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(transformOf).not.toBe(before);
  // …and zooms it when they spread apart (60 px apart, then 210: about 3.5×, as a map does).
  const scaleOf = async () => Number(/scale\(([-\d.e]+)\)/.exec((await transformOf()) ?? '')?.[1] ?? 1);
  const unpinched = await scaleOf();
  const spread = (d: number) => [{ x: x - 30 - d, y, id: 0 }, { x: x + 30 + d, y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: spread(0) });
  for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: spread(15 * i) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(scaleOf).toBeGreaterThan(2 * unpinched);
  await context.close();
});

test('print shows the graph and the current step, not the interface', async ({ page }) => {
  await openApp(page);
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await page.emulateMedia({ media: 'print' });
  await expect(graph(page)).toBeVisible();
  await expect(stepPanel(page)).toBeVisible();
  for (const hidden of ['.app-header', '.left', '.timeline', '.graph-toolbar', '.graph-extras']) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  await page.screenshot({ path: screenshotPath('screens-print'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.timeline')).toBeVisible();
});

test('with reduced motion asked for, labels and nodes appear without transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  const durations = await page.locator('.edge-value, .node').evaluateAll((els) => els.map((el) => getComputedStyle(el).transitionDuration));
  expect(durations.length).toBeGreaterThan(0);
  expect(new Set(durations)).toEqual(new Set(['0s']));
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.locator('.edge-value').first().evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
});

test('the dark theme follows the system and keeps values and gradients readable', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await focusPage(page);
  await page.keyboard.press('End');
  const paper = await page.locator('.center').evaluate((el) => getComputedStyle(el.closest('.app') as Element).getPropertyValue('--paper').trim());
  expect(paper).toBe('#14181d');
  await expect(page.locator('.edge-grad.on').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('screens-dark-1280x720') });
  await nodeMark(page, 'q').click();
  await page.getByText('Legend', { exact: true }).click();
  await page.screenshot({ path: screenshotPath('screens-dark-1280x720-legend') });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

// (KaTeX's MathML <mi> keeps the browser's own `math-auto`: italics, never capitals.)
test('names are shown as typed: nothing on the page is set in capitals by CSS', async ({ page }) => {
  await openApp(page);
  await setProgram(page, 'x = 3\nf = x * x + x');
  await nodeMark(page, 'x').click();
  await expect(page.getByRole('region', { name: 'Selected node' })).toBeVisible();
  const transformed = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => !['none', '', 'math-auto'].includes(getComputedStyle(el).textTransform))
      .map((el) => `${el.tagName}.${el.className}: ${getComputedStyle(el).textTransform}`));
  expect(transformed).toEqual([]);
  await expect(page.getByRole('region', { name: 'Selected node' }).getByRole('heading')).toContainText('x');
});
