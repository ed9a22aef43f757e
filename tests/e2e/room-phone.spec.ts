/**
 * Issue 20, "The laptop and the phone", on a 390×844 phone with touch, in English and Korean:
 * the graph, the step buttons and the step's explanation share the first screen; an open course
 * panel leaves the graph ≥ 240 px; one finger scrolls the page while two pan the graph; the
 * practice answer takes a minus sign.
 */
import { expect, test, type Page } from './fixtures.ts';
import { focusPage, screenshotPath } from './helpers.ts';
import { courseButton, graphHeight, graphSvg, openRoom, pickPreset, viewTransform } from './room.ts';

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
test.describe.configure({ timeout: 90_000 });

const HEIGHT = 844;

for (const locale of ['en-US', 'ko-KR']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test('the graph, the step buttons and the explanation are on the first screen; panels leave the graph ≥ 240 px', async ({ page }) => {
      await openRoom(page);
      for (const id of ['cs231n', 'mlp-2321']) {
        await pickPreset(page, id);
        await page.evaluate(() => window.scrollTo(0, 0));
        const buttons = page.locator('.timeline .buttons button');
        await expect(buttons).toHaveCount(5);
        for (let i = 0; i < 5; i++) await expect(buttons.nth(i)).toBeInViewport();
        // The explanation's heading and its first lines: at least 100 px of it above the step buttons.
        const panel = await page.locator('.step-panel').boundingBox();
        const timeline = await page.locator('.timeline').boundingBox();
        if (!panel || !timeline) throw new Error('no step panel or timeline');
        expect(panel.y, `${id}: explanation starts`).toBeLessThan(timeline.y - 100);
        expect(timeline.y + timeline.height).toBeLessThanOrEqual(HEIGHT + 0.5);
        expect(await graphHeight(page)).toBeGreaterThanOrEqual(240);
        await expect(graphSvg(page)).toBeInViewport({ ratio: 0.9 });
        await page.screenshot({ path: screenshotPath(`room-phone-${id}-${locale}`) });
      }
      for (const id of ['check', 'training', 'vanishing']) {
        await courseButton(page, id).click();
        await expect(page.locator(`#course-${id} .course-title`)).toBeInViewport();
        expect(await graphHeight(page), `graph with ${id} open`).toBeGreaterThanOrEqual(240);
      }
      await page.screenshot({ path: screenshotPath(`room-phone-panels-${locale}`) });
    });
  });
}

/** One touch gesture through the DevTools protocol: each finger moves by (dx, dy) in `steps` moves. */
async function swipe(page: Page, fingers: { x: number; y: number }[], dx: number, dy: number, steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const at = (i: number) => fingers.map((f, id) => ({ x: f.x + (dx * i) / steps, y: f.y + (dy * i) / steps, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('one finger on the graph scrolls the page; two fingers pan the graph', async ({ page }) => {
  await openRoom(page);
  await pickPreset(page, 'mlp-2321');
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await graphSvg(page).boundingBox();
  if (!box) throw new Error('no graph');
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const before = await viewTransform(page);
  await swipe(page, [middle], 0, -200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
  expect(await viewTransform(page)).toBe(before);
  // A one-finger swipe may fling on: let the page come to rest before the next gesture starts.
  const scrollY = () => page.evaluate(() => window.scrollY);
  await expect.poll(async () => {
    const at = await scrollY();
    await new Promise((rest) => setTimeout(rest, 150));
    return (await scrollY()) === at;
  }).toBe(true);

  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  const fresh = await graphSvg(page).boundingBox();
  if (!fresh) throw new Error('no graph');
  const y = fresh.y + fresh.height / 2;
  await swipe(page, [{ x: fresh.x + 120, y }, { x: fresh.x + 220, y }], -90, -40);
  await expect.poll(() => viewTransform(page)).not.toBe(before);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(10);
});

test('the practice answer field takes a minus sign from a phone keyboard', async ({ page }) => {
  await openRoom(page);
  await page.getByRole('switch', { name: 'Practice' }).click();
  const answer = page.getByRole('textbox', { name: 'Your answer' });
  await expect(answer).toBeVisible();
  // iOS's decimal and numeric pads (and the phone pad) have no minus key.
  const mode = await answer.getAttribute('inputmode');
  expect(['decimal', 'numeric', 'tel']).not.toContain(mode);
  expect(await answer.getAttribute('type')).not.toBe('tel');
  await answer.tap();
  await focusPage(page);
  await answer.focus();
  await page.keyboard.type('-12');
  await expect(answer).toHaveValue('-12');
});
