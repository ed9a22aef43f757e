/**
 * The lecture hall's tools in presenter mode (issue 20), at a projector's 1024×768: the overview
 * (key O, the button "Overview" and "Fit to screen") shows the whole network with the current
 * node ringed and returns to the view it left; the Inputs drawer edits values and the language
 * live; Copy link and the QR code (key Q) give the students' link (no presenter mode, each
 * student's own language); Export PNG saves a 1920×1080 slide; a clicker key leaves no focus
 * ring round the graph.
 */
import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test, type Locator, type Page } from './fixtures.ts';
import { button, counter, edgeLabels, graph, screenshotPath } from './helpers.ts';
import { cameraSettled, expectCounter, presentPreset } from './presenterHall.ts';

test.use({ viewport: { width: 1024, height: 768 } });
test.describe.configure({ timeout: 90_000 });

/** What a phone's camera reads off the QR code as drawn: a screenshot of it, decoded by jsQR. */
async function decodeQr(code: Locator): Promise<string | null> {
  const png = PNG.sync.read(await code.screenshot());
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

const overview = (page: Page) => page.getByRole('img', { name: 'Overview', exact: true });

/** Steps forward to `step` (1-based) and waits for the camera. */
async function goTo(page: Page, step: number, count: number): Promise<void> {
  for (let i = 1; i < step; i++) await page.keyboard.press('PageDown');
  await expectCounter(page, step, count);
  await cameraSettled(page);
}

/** How the overview shows the network: nodes drawn, nodes wholly inside its box, and whether the ring is round the current node. */
const readOverview = (svg: Element) => {
  const box = svg.getBoundingClientRect();
  const nodes = [...svg.querySelectorAll('g.node')];
  const inside = nodes.filter((n) => {
    const r = n.getBoundingClientRect();
    return r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
  }).length;
  const ring = svg.querySelector('.overview-ring')?.getBoundingClientRect();
  const current = svg.querySelector('g.node.current > circle, g.node.current > rect')?.getBoundingClientRect();
  const ringed = Boolean(ring && current && ring.width >= 40 && current.left >= ring.left && current.right <= ring.right && current.top >= ring.top && current.bottom <= ring.bottom);
  return { nodes: nodes.length, inside, ringed };
};

const zoomOf = (page: Page) => graph(page).evaluate((svg) => svg.querySelector(':scope > g')?.getAttribute('transform'));

test('O, "Overview" and "Fit to screen" show the whole MLP with the current node ringed, and return to the same view', async ({ page }) => {
  const analysis = await presentPreset(page, 'mlp-2321');
  const count = analysis.schedule.steps.length;
  await goTo(page, 20, count);
  const before = await zoomOf(page);
  for (const open of [() => page.keyboard.press('o'), () => button(page, 'Overview').click(), () => button(page, 'Fit to screen').click()]) {
    await open();
    await expect(overview(page)).toBeVisible();
    await expect.poll(() => overview(page).evaluate(readOverview)).toEqual({ nodes: analysis.graph.nodes.length, inside: analysis.graph.nodes.length, ringed: true });
    await expect(button(page, 'Overview')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('O');
    await expect(overview(page)).toHaveCount(0);
    expect(await zoomOf(page)).toBe(before);
  }
  // Stepping on under the overview moves the ring; Esc returns without leaving presenter mode.
  await page.keyboard.press('o');
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText(`21 / ${count}`);
  await expect.poll(() => overview(page).evaluate(readOverview)).toMatchObject({ ringed: true });
  await page.waitForTimeout(300); // the labels' fade-in, for the picture only
  await page.screenshot({ path: screenshotPath('presenter-overview-1024x768') });
  await page.keyboard.press('Escape');
  await expect(overview(page)).toHaveCount(0);
  await expect(button(page, 'Exit presenter mode')).toBeVisible();
});

test('the Inputs drawer changes values (number field and slider) and the language while presenting', async ({ page }) => {
  const analysis = await presentPreset(page, 'cs231n');
  const count = analysis.schedule.steps.length;
  await goTo(page, 2, count);
  await button(page, 'Inputs').click();
  const drawer = page.getByRole('region', { name: 'Input values and language, without leaving presenter mode' });
  await expect(drawer).toBeVisible();
  const field = drawer.getByRole('textbox', { name: 'x value' });
  await field.fill('5');
  await expect.poll(async () => (await edgeLabels(page)).map((l) => l.value)).toContain('5');
  const slider = drawer.getByRole('slider', { name: 'y slider' });
  const y = await slider.inputValue();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).not.toHaveValue(y);
  await expect(counter(page)).toHaveText(`2 / ${count}`);
  await page.screenshot({ path: screenshotPath('presenter-drawer-1024x768') });
  await drawer.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(button(page, '발표 모드 끝내기')).toBeVisible();
  await button(page, '입력값').click();
  await expect(drawer).toHaveCount(0);
});

test.describe('links for students', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy link and the QR code give a link without presenter mode, in the student\'s own language', async ({ page, browser }) => {
    const analysis = await presentPreset(page, 'cs231n');
    const count = analysis.schedule.steps.length;
    await goTo(page, 3, count);
    await button(page, 'Copy link').click();
    await expect(page.getByRole('status').filter({ hasText: 'Students\' link copied.' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#l1\./);

    await page.keyboard.press('q');
    const qr = page.getByRole('dialog', { name: 'QR code' });
    await expect(qr).toBeVisible();
    const code = qr.getByRole('img', { name: 'QR code' });
    await expect(code).toBeVisible();
    const drawn = await code.evaluate((svg) => {
      const r = svg.getBoundingClientRect();
      const modules = (svg.querySelector('path')?.getAttribute('d')?.match(/M/g) ?? []).length;
      return { side: Math.min(r.width, r.height), size: Number(svg.getAttribute('viewBox')?.split(' ')[2]), modules, link: svg.getAttribute('data-link') };
    });
    // Big: most of the screen's height, each module several pixels (read from the back row).
    expect(drawn.side).toBeGreaterThanOrEqual(0.7 * 768);
    expect(drawn.side / drawn.size).toBeGreaterThanOrEqual(4);
    expect(drawn.modules).toBeGreaterThan(100);
    expect(drawn.link).toBe(link);
    // The code a student's camera reads is the link itself, not just an attribute beside it.
    expect(await decodeQr(code)).toBe(link);
    await page.screenshot({ path: screenshotPath('presenter-qr-1024x768') });
    await page.keyboard.press('Escape');
    await expect(qr).toHaveCount(0);
    await expect(button(page, 'Exit presenter mode')).toBeVisible();

    // A Korean student opens it: their language, not presenting, at the step.
    const student = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 720 } });
    const other = await student.newPage();
    await other.goto(link);
    await expect(other.getByRole('img', { name: '계산 그래프' })).toBeVisible();
    await expect(other.getByRole('button', { name: '발표 모드', exact: true })).toHaveAttribute('aria-pressed', 'false');
    await expect(other.locator('.timeline .counter')).toHaveText(`3 / ${count}`);

    // Unless the instructor keeps theirs: the same Korean student then reads the link in English.
    await button(page, 'Inputs').click();
    await page.getByRole('checkbox', { name: 'Keep my language in the link' }).check();
    await button(page, 'Copy link').click();
    const kept = await page.evaluate(() => navigator.clipboard.readText());
    expect(kept).not.toBe(link);
    await button(page, 'QR code').click();
    await expect(page.getByRole('dialog', { name: 'QR code' }).getByRole('img', { name: 'QR code' })).toHaveAttribute('data-link', kept);
    await page.keyboard.press('Escape');
    await other.goto(kept);
    await expect(other.getByRole('img', { name: 'Computational graph' })).toBeVisible();
    await expect(other.locator('.timeline .counter')).toHaveText(`3 / ${count}`);
    await student.close();
  });
});

test('Export PNG saves the view as a 1920×1080 slide', async ({ page }) => {
  const analysis = await presentPreset(page, 'mlp-2321');
  await goTo(page, 20, analysis.schedule.steps.length);
  const [file] = await Promise.all([page.waitForEvent('download'), button(page, 'Export PNG').click()]);
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  const bytes = await readFile(await file.path());
  // The PNG signature, then the IHDR chunk: width and height, big-endian.
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({ width: 1920, height: 1080 });
  // What is on it: a white slide, and dark ink (labels, edges) spread across it, not a blank or a postage stamp.
  const slide = PNG.sync.read(bytes);
  const ink = { count: 0, left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  for (let y = 0; y < slide.height; y += 2) {
    for (let x = 0; x < slide.width; x += 2) {
      const i = 4 * (y * slide.width + x);
      if (0.299 * slide.data[i] + 0.587 * slide.data[i + 1] + 0.114 * slide.data[i + 2] >= 96) continue;
      ink.count++;
      ink.left = Math.min(ink.left, x);
      ink.right = Math.max(ink.right, x);
      ink.top = Math.min(ink.top, y);
      ink.bottom = Math.max(ink.bottom, y);
    }
  }
  expect([...slide.data.subarray(0, 3)]).toEqual([255, 255, 255]);
  expect(ink.count).toBeGreaterThan(2000);
  expect(ink.right - ink.left).toBeGreaterThan(0.6 * slide.width);
  expect(ink.bottom - ink.top).toBeGreaterThan(0.4 * slide.height);
  await expect(page.getByRole('status').filter({ hasText: 'Slide saved' })).toBeVisible();
});

test('a clicker key after a click on the graph draws no focus ring round it', async ({ page }) => {
  const analysis = await presentPreset(page, 'cs231n');
  await graph(page).click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('PageDown');
  await expectCounter(page, 2, analysis.schedule.steps.length);
  const ring = await graph(page).evaluate((svg) => ({ focused: document.activeElement === svg, focusVisible: svg.matches(':focus-visible'), outline: getComputedStyle(svg).outlineStyle }));
  expect(ring.focused).toBe(true);
  expect(ring.focusVisible && ring.outline !== 'none').toBe(false);
});
