/**
 * Presenter mode at a projector's 1024×768 and 1280×720: entered by the button "Presenter mode"
 * or the key P, it hides the editor and fills the screen with the graph and the explanation;
 * graph labels are at least 20 px and formulas at least 28 px on screen; PageDown/PageUp, Space
 * and the arrows step, the counter follows and the current node stays on screen; B blanks the
 * screen, L shows a laser dot that follows the mouse, Esc leaves; axe finds nothing serious, and
 * a link made while presenting opens presenting. Full screen and the wake lock are refused in
 * headless Chromium: the fixture fails on any console error, so that refusal must stay silent.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { presetById } from '../../src/presets/index.ts';
import { button, counter, editor, engine, focusPage, graph, openApp, screenshotPath, shownStep, stepPanel } from './helpers.ts';

test.describe.configure({ timeout: 90_000 });

const MIN_LABEL_PX = 20;
const MIN_FORMULA_PX = 28;
const SIZES = [{ width: 1024, height: 768 }, { width: 1280, height: 720 }] as const;

const presenterToggle = (page: Page) => button(page, 'Presenter mode');
const exitButton = (page: Page) => button(page, 'Exit presenter mode');
const laserButton = (page: Page) => button(page, 'Laser pointer');
const blankScreen = (page: Page) => page.locator('.presenter-blank');
const laserDot = (page: Page) => page.locator('.laser-dot');

async function openPreset(page: Page, id: string): Promise<number> {
  await openApp(page);
  const preset = presetById(id);
  if (!preset) throw new Error(`no preset ${id}`);
  await page.getByLabel('Example').selectOption(id);
  await expect(editor(page)).toHaveValue(preset.source);
  await focusPage(page);
  return engine(preset.source).schedule.steps.length;
}

async function expectPresenting(page: Page): Promise<void> {
  await expect(exitButton(page)).toBeVisible();
  await expect(page.locator('.app.presenter')).toHaveCount(1);
  await expect(editor(page)).toBeHidden();
  await expect(graph(page)).toBeVisible();
  await expect(stepPanel(page)).toBeVisible();
  await expect(counter(page)).toBeVisible();
}

async function expectNotPresenting(page: Page): Promise<void> {
  await expect(exitButton(page)).toHaveCount(0);
  await expect(editor(page)).toBeVisible();
  await expect(presenterToggle(page)).toHaveAttribute('aria-pressed', 'false');
  // Leaving presenter mode leaves the full screen it asked for (headless Chromium grants it).
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
}

interface Sizes {
  /** Smallest on-screen font size (computed px × the zoom's scale) of any shown graph text. */
  readonly minFontPx: number;
  /** Smallest on-screen box height (getBoundingClientRect) of any shown graph text. */
  readonly minBoxPx: number;
  readonly texts: number;
}

/** Every edge label, sum and node text the graph shows (hidden labels are empty text). */
function readLabelSizes(svg: Element): Sizes {
  let minFontPx = Infinity;
  let minBoxPx = Infinity;
  let texts = 0;
  for (const el of svg.querySelectorAll<SVGTextElement>('text')) {
    if (!(el.textContent ?? '').trim()) continue;
    texts++;
    minFontPx = Math.min(minFontPx, parseFloat(getComputedStyle(el).fontSize) * (el.getScreenCTM()?.a ?? 1));
    minBoxPx = Math.min(minBoxPx, el.getBoundingClientRect().height);
  }
  return { minFontPx, minBoxPx, texts };
}

/** The computed font size of every KaTeX formula in the step explanation. */
const formulaSizes = (page: Page) =>
  shownStep(page).locator('.katex').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));

/** Whether the current node's whole shape (with its name) lies inside the graph's box and the window. */
function currentInside(svg: Element): boolean {
  const node = svg.querySelector('g.node.current');
  if (!node) return true;
  const r = node.getBoundingClientRect();
  const view = svg.getBoundingClientRect();
  const inside = (b: { left: number; right: number; top: number; bottom: number }) =>
    r.left >= b.left - 0.5 && r.right <= b.right + 0.5 && r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5;
  return inside(view) && inside({ left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
}

async function expectProjectorSizes(page: Page): Promise<Sizes> {
  // The zoom settles after the layout changes: poll until the labels reach their size.
  await expect.poll(async () => (await graph(page).evaluate(readLabelSizes)).minFontPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
  const sizes = await graph(page).evaluate(readLabelSizes);
  expect(sizes.texts).toBeGreaterThan(0);
  expect(sizes.minBoxPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
  const formulas = await formulaSizes(page);
  expect(formulas.length).toBeGreaterThan(0);
  expect(Math.min(...formulas)).toBeGreaterThanOrEqual(MIN_FORMULA_PX);
  return sizes;
}

/** A screenshot once the labels' 220 ms fade-in has ended. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: screenshotPath(name) });
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const size of SIZES) {
  const at = `${size.width}×${size.height}`;
  test.describe(at, () => {
    test.use({ viewport: size });

    test(`${at}: the button and P enter presenter mode, labels ≥ ${MIN_LABEL_PX} px and formulas ≥ ${MIN_FORMULA_PX} px; Esc and the exit button leave`, async ({ page }) => {
      const count = await openPreset(page, 'cs231n');
      await expect(presenterToggle(page)).toHaveAttribute('aria-pressed', 'false');
      await presenterToggle(page).click();
      await expectPresenting(page);
      // Headless Chromium may grant or refuse full screen and the wake lock: either way, no error.
      console.log(`${at}: full screen ${await page.evaluate(() => (document.fullscreenElement ? 'granted' : 'refused'))}`);
      // A backward step: values above the edges, gradients below, and the chain rule's formulas.
      for (let i = 0; i < count - 1; i++) await page.keyboard.press('ArrowRight');
      await expect(counter(page)).toHaveText(`${count} / ${count}`);
      const sizes = await expectProjectorSizes(page);
      const formulas = await formulaSizes(page);
      test.info().annotations.push({ type: 'sizes', description: `${at} cs231n: labels ≥ ${sizes.minFontPx.toFixed(2)} px font (${sizes.minBoxPx.toFixed(1)} px box), formulas ≥ ${Math.min(...formulas).toFixed(1)} px` });
      console.log(`${at} cs231n: labels ≥ ${sizes.minFontPx.toFixed(2)} px font (${sizes.minBoxPx.toFixed(1)} px box), formulas ≥ ${Math.min(...formulas).toFixed(1)} px`);
      await page.keyboard.press('Escape');
      await expectNotPresenting(page);

      await page.keyboard.press('p');
      await expectPresenting(page);
      await page.keyboard.press('P');
      await expectNotPresenting(page);
      await page.keyboard.press('p');
      await exitButton(page).click();
      await expectNotPresenting(page);
    });

    test(`${at}: PageDown, PageUp, Space and the arrows step one at a time and never leave; B blanks; the laser follows the mouse`, async ({ page }) => {
      const count = await openPreset(page, 'cs231n');
      await page.keyboard.press('p');
      await expectPresenting(page);
      const expectAt = (step: number) => expect(counter(page)).toHaveText(`${step} / ${count}`);
      await expectAt(1);
      await page.keyboard.press('PageDown');
      await expectAt(2);
      await page.keyboard.press(' ');
      await expectAt(3);
      await expect(button(page, 'Play')).toBeVisible(); // Space stepped; it did not start playing
      await page.keyboard.press('ArrowRight');
      await expectAt(4);
      await page.keyboard.press('ArrowDown');
      await expectAt(5);
      await page.keyboard.press('PageUp');
      await expectAt(4);
      await page.keyboard.press('ArrowLeft');
      await expectAt(3);
      await page.keyboard.press('ArrowUp');
      await expectAt(2);
      await expectPresenting(page);

      // B blanks the whole screen black; B again shows it, on the same step.
      await page.keyboard.press('b');
      await expect(blankScreen(page)).toBeVisible();
      const cover = await blankScreen(page).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { w: r.width, h: r.height, bg: getComputedStyle(el).backgroundColor, top: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === el };
      });
      expect(cover).toEqual({ w: size.width, h: size.height, bg: 'rgb(0, 0, 0)', top: true });
      await page.keyboard.press('B');
      await expect(blankScreen(page)).toHaveCount(0);
      await expectAt(2);
      // A clicker's step key shows the screen again without stepping; so does its "." key's twin.
      await page.keyboard.press('.');
      await expect(blankScreen(page)).toBeVisible();
      await page.keyboard.press('PageDown');
      await expect(blankScreen(page)).toHaveCount(0);
      await expectAt(2);

      // L: a big dot follows the mouse; the cursor is hidden.
      await laserButton(page).click();
      await expect(laserButton(page)).toHaveAttribute('aria-pressed', 'true');
      for (const [x, y] of [[300, 300], [size.width - 500, size.height - 200], [120, 420]]) {
        await page.mouse.move(x, y);
        await expect(laserDot(page)).toBeVisible();
        const dot = await laserDot(page).evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, d: r.width };
        });
        expect(Math.abs(dot.x - x)).toBeLessThan(1.5);
        expect(Math.abs(dot.y - y)).toBeLessThan(1.5);
        expect(dot.d).toBeGreaterThanOrEqual(24);
      }
      expect(await graph(page).evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
      // The laser took no focus from the click: Space steps on.
      await page.keyboard.press(' ');
      await expectAt(3);
      await page.keyboard.press('l');
      await expect(laserDot(page)).toHaveCount(0);
      await expect(laserButton(page)).toHaveAttribute('aria-pressed', 'false');
      expect(await graph(page).evaluate((el) => getComputedStyle(el).cursor)).not.toBe('none');
      await page.keyboard.press('Escape');
      await expectNotPresenting(page);
      await expectAt(3);
    });

    // Every stepping key, at one size (presenter-keyhole.spec holds both sizes' framing to every step).
    if (size.width === 1024) test(`${at}: the MLP's current node stays on screen at every sampled step, labels ≥ ${MIN_LABEL_PX} px; screenshots`, async ({ page }) => {
      const count = await openPreset(page, 'mlp-2321');
      await presenterToggle(page).click();
      await expectPresenting(page);
      const name = `presenter-mlp-${size.width}x${size.height}`;
      // Step through with every stepping key, checking every 7th step and the turn round.
      const keys = ['PageDown', ' ', 'ArrowRight', 'ArrowDown'];
      let step = 1;
      let measured: Sizes | null = null;
      for (let i = 0; step < count; i++) {
        await page.keyboard.press(keys[i % keys.length]);
        step++;
        if (step % 7 !== 0 && step !== count) continue;
        await expect(counter(page)).toHaveText(`${step} / ${count}`);
        await expect.poll(() => graph(page).evaluate(currentInside), { message: `step ${step}` }).toBe(true);
        measured = await expectProjectorSizes(page);
        if (step === 35) await shoot(page, `${name}-forward`);
      }
      await shoot(page, `${name}-last`);
      // And back with PageUp.
      for (let i = 0; i < 9; i++) await page.keyboard.press('PageUp');
      await expect(counter(page)).toHaveText(`${count - 9} / ${count}`);
      await expect.poll(() => graph(page).evaluate(currentInside)).toBe(true);
      await shoot(page, `${name}-backward`);
      console.log(`${at} mlp-2321: labels ≥ ${measured?.minFontPx.toFixed(2)} px font (${measured?.minBoxPx.toFixed(1)} px box), formulas ≥ ${Math.min(...await formulaSizes(page)).toFixed(1)} px`);
      await expectPresenting(page);
    });

    test(`${at}: CS231n in presenter mode has no serious accessibility violations; screenshots`, async ({ page }) => {
      const count = await openPreset(page, 'cs231n');
      await page.keyboard.press('p');
      await expectPresenting(page);
      const name = `presenter-cs231n-${size.width}x${size.height}`;
      await page.keyboard.press('ArrowRight');
      await expectProjectorSizes(page);
      await shoot(page, `${name}-forward`);
      // The tallest explanation: the × gate's backward step, the seed and two operands' terms.
      await page.keyboard.press('PageDown');
      await expect(counter(page)).toHaveText(`3 / ${count}`);
      await expectProjectorSizes(page);
      await shoot(page, `${name}-gate`);
      for (let i = 3; i < count - 1; i++) await page.keyboard.press('PageDown');
      await expect(counter(page)).toHaveText(`${count - 1} / ${count}`);
      await expectProjectorSizes(page);
      await shoot(page, `${name}-backward`);
      expect(await seriousViolations(page)).toEqual([]);
      await laserButton(page).click();
      await page.mouse.move(size.width / 3, size.height / 2);
      await shoot(page, `${name}-laser`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

// Every step's explanation fitting without a scroll is presenter-sizes.spec's; the explained gate
// and its operands on screen at every step, presenter-keyhole.spec's.

test.describe('a dark system theme', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 1280, height: 720 } });

  test('presenter mode is still black on white, and accessible', async ({ page }) => {
    const count = await openPreset(page, 'cs231n');
    await presenterToggle(page).click();
    await expectPresenting(page);
    for (let i = 1; i < count - 2; i++) await page.keyboard.press('PageDown');
    const colours = await page.evaluate(() => {
      const css = (sel: string, prop: 'backgroundColor' | 'color' | 'fill') => getComputedStyle(document.querySelector(sel) as Element)[prop];
      return { app: css('.app', 'backgroundColor'), ink: css('.step-panel', 'color'), node: css('.graph-svg .node text', 'fill') };
    });
    expect(colours).toEqual({ app: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)', node: 'rgb(0, 0, 0)' });
    await shoot(page, 'presenter-cs231n-1280x720-dark-system');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR', viewport: { width: 1280, height: 720 } });

  test('the buttons speak Korean: 발표 모드, 레이저 포인터, 발표 모드 끝내기', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('img', { name: '계산 그래프' })).toBeVisible();
    await button(page, '발표 모드').click();
    await expect(button(page, '레이저 포인터')).toBeVisible();
    await focusPage(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    await shoot(page, 'presenter-cs231n-1280x720-ko');
    await button(page, '발표 모드 끝내기').click();
    await expect(button(page, '발표 모드')).toHaveAttribute('aria-pressed', 'false');
  });
});

test('P typed in a text field is text, not presenter mode', async ({ page }) => {
  await openApp(page);
  await editor(page).focus();
  await page.keyboard.press('End');
  await page.keyboard.type('P');
  await expect(presenterToggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.app.presenter')).toHaveCount(0);
});

test('a link made in presenter mode opens in presenter mode, at its step', async ({ page, browser }) => {
  const count = await openPreset(page, 'cs231n');
  await page.keyboard.press('p');
  await expectPresenting(page);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText(`3 / ${count}`);
  // The address follows the step a moment later (debounced, compressed): wait until it holds step 3 in presenter mode.
  const { decodeShareHash } = await import('../../src/store/shareLink.ts');
  let link = '';
  await expect.poll(async () => {
    link = page.url();
    const sent = await decodeShareHash(new URL(link).hash);
    return sent.ok && sent.value.step === 2 && sent.value.presenter;
  }).toBe(true);

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  other.on('pageerror', (err) => errors.push(err.message));
  await other.goto(link);
  await expectPresenting(other);
  await expect(counter(other)).toHaveText(`3 / ${count}`);
  // Opened without a click: no full screen asked for, nothing logged.
  expect(await other.evaluate(() => document.fullscreenElement)).toBeNull();
  await other.keyboard.press('Escape');
  await expectNotPresenting(other);
  expect(errors).toEqual([]);
  await fresh.close();
});
