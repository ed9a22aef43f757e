/**
 * Share links, export and offline: a link restores the lesson to the exact step in a fresh
 * browser; a damaged link opens the app with a message; Back/Forward move between programs;
 * exports download files that hold what the graph shows; programs save and open as text; the
 * app reloads with no network once its service worker is active.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { expect, test, type Download, type Page } from './fixtures.ts';
import { explainMarkdown } from '../../src/cli/explain.ts';
import { analyzeLayers, describeLayerStep, describeStep, formatNumber, type LayersAnalysis } from '../../src/core/index.ts';
import { presetById } from '../../src/presets/index.ts';
import { button, edgeLabels, editor, engine, expectStep, focusPage, graph, openApp, screenshotPath, setProgram } from './helpers.ts';

const program = 'x = 3\ny = 4\nf = x * y\n';
// Forward: f = 3 · 4 = 12; backward: ∂f/∂f = 1, then ∂f/∂y = x = 3 and ∂f/∂x = y = 4: 4 steps.
const count = engine(program).schedule.steps.length;
const picker = (page: Page) => page.getByLabel('Example');
const shareAlert = (page: Page) => page.locator('.share-problem[role="alert"]');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Types the program and steps to `step` (1-based), away from the text field. */
async function programAt(page: Page, step: number) {
  await setProgram(page, program);
  await focusPage(page);
  for (let i = 1; i < step; i++) await page.keyboard.press('ArrowRight');
  await expectStep(page, step, count);
}

/** The address once it has caught up with the state (it follows within 300 ms). */
async function settledHash(page: Page, changedFrom?: string): Promise<string> {
  let last = '';
  await expect.poll(async () => {
    const now = new URL(page.url()).hash;
    // Under load the address can lag a change by more than one poll: wait for it to move first.
    const same = now === last && now.startsWith('#l1.') && now !== changedFrom;
    last = now;
    return same;
  }, { intervals: [350] }).toBe(true);
  return last;
}

async function saved(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

test('a copied link opens the same program at the same step in a fresh browser', async ({ page, browser }) => {
  const problems = await openApp(page);
  await programAt(page, 3);
  await button(page, 'Copy link').click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#l1\.[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(2000);
  // The address bar holds the same link once it has caught up.
  expect(new URL(link).hash).toBe(await settledHash(page));

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(editor(other)).toHaveValue(program);
  await expectStep(other, 3, count);
  await expect(shareAlert(other)).toHaveText('');
  await fresh.close();
  expect(problems.errors).toEqual([]);
});

test('a link never replaces the own program: it stays one pick away', async ({ page, browser }) => {
  await openApp(page);
  await picker(page).selectOption('fanout');
  const atFirstStep = await settledHash(page);
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.timeline .counter')).toHaveText(/^2 \//);
  const link = `/${await settledHash(page, atFirstStep)}`;
  const context = await browser.newContext();
  const student = await context.newPage();
  await student.goto('/');
  const own = 'a = 2\nf = a * a\n';
  await setProgram(student, own);
  await student.goto('about:blank'); // a link arrives as a page load (from a chat, an e-mail)
  await student.goto(link);
  await expect(editor(student)).toHaveValue(presetById('fanout')!.source);
  await expect(student.locator('.timeline .counter')).toHaveText(/^2 \//);
  await picker(student).selectOption({ label: '↩ Back to your program' });
  await expect(editor(student)).toHaveValue(own);
  await context.close();
});

for (const [what, hash] of [
  ['tampered', '#l1.AAAAAAAAAAAA'],
  ['foreign', '#l9.whatever'],
  ['not base64url', '#l1.%%%%'],
  ['oversized', `#l1.${'A'.repeat(450_000)}`],
] as const) {
  test(`a ${what} link opens the app with the autosaved program and a message`, async ({ page }) => {
    const problems = await openApp(page);
    await setProgram(page, program);
    await page.goto('about:blank'); // so the link is a page load, not a hash change
    await page.goto(`/${hash}`);
    await expect(shareAlert(page)).toContainText('The link could not be opened');
    await expect(editor(page)).toHaveValue(program);
    await expect(graph(page)).toBeVisible();
    // The address then reflects what is on screen, a link that works.
    expect(await settledHash(page)).not.toBe(hash);
    await focusPage(page);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2, count);
    if (what === 'tampered') await page.screenshot({ path: screenshotPath('share-bad-link'), clip: { x: 0, y: 0, width: 1440, height: 900 } });
    expect(problems.errors).toEqual([]);
  });
}

test('a truncated link opens the app with a message', async ({ page, browser }) => {
  await openApp(page);
  await programAt(page, 3);
  const hash = await settledHash(page);
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(`/${hash.slice(0, Math.floor(hash.length / 2))}`);
  await expect(shareAlert(other)).toContainText('The link could not be opened');
  await expect(graph(other)).toBeVisible();
  await context.close();
});

test('Back and Forward move between programs, not between steps', async ({ page }) => {
  await openApp(page);
  await programAt(page, 3);
  await settledHash(page);
  await picker(page).selectOption('fanout');
  await expect(editor(page)).toHaveValue(presetById('fanout')!.source);
  await focusPage(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await settledHash(page);
  await page.goBack();
  await expect(editor(page)).toHaveValue(program);
  await expectStep(page, 3, count);
  await page.goForward();
  await expect(editor(page)).toHaveValue(presetById('fanout')!.source);
  await expect(page.locator('.timeline .counter')).toHaveText(/^3 \//);
});

test('Export SVG and Export PNG download the graph as drawn, the PNG at 2×', async ({ page }) => {
  await openApp(page);
  await programAt(page, count);
  const shown = (await edgeLabels(page)).flatMap((l) => [l.value, l.grad]).filter((t): t is string => t !== null);
  // At the last step every edge shows its value and gradient: x → f carries 3 and ∂ 4, y → f 4 and ∂ 3.
  expect(shown).toEqual(expect.arrayContaining([formatNumber(3), formatNumber(4)]));

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), button(page, 'Export SVG').click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
  const svg = (await saved(svgDownload)).toString('utf8');
  for (const label of shown) expect(svg).toContain(`>${label}<`);
  expect(svg).toContain('fill="#ffffff"');
  const [, width, height] = svg.match(/<svg[^>]* width="(\d+)" height="(\d+)"/) ?? [];
  expect(Number(width)).toBeGreaterThan(100);
  // The graph's font travels inside the file: one face per weight drawn (values 500, gradients 800,
  // symbols 600, names 700), the woff2 inlined; no Greek face, as no Greek letter is drawn here.
  const faces = [...svg.matchAll(/@font-face \{ font-family: 'Noto Sans'; font-style: normal; font-weight: (\d+); src: url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)];
  expect(faces.map(([, weight]) => weight)).toEqual(expect.arrayContaining(['500', '800']));
  for (const [, , base64] of faces) expect(Buffer.from(base64, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
  expect(svg).not.toMatch(/U\+0370/);
  expect(svg).toMatch(/svg \{ font-family: "Noto Sans", /);

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), button(page, 'Export PNG').click()]);
  const png = await saved(pngDownload);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width and height, big-endian, at bytes 16–23.
  expect(png.readUInt32BE(16)).toBe(2 * Number(width));
  expect(png.readUInt32BE(20)).toBe(2 * Number(height));
  // The bold gradients are in the PNG too (text whose font is still loading is drawn invisible):
  // core pixels of the gradient colour, #b42318.
  const gradientInk = await page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - 0xb4) < 12 && Math.abs(d[i + 1] - 0x23) < 12 && Math.abs(d[i + 2] - 0x18) < 12) n++;
    return n;
  }, png.toString('base64'));
  expect(gradientInk).toBeGreaterThan(100);

  // Opened alone, with no page around it, the SVG still shows its labels.
  const alone = await page.context().newPage();
  await alone.setContent(`<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
  await alone.screenshot({ path: screenshotPath('share-exported-svg') });
  const decoded = await alone.locator('img').evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));
  expect(decoded).toBe(Number(width));

  // Opened as a document of its own (a file, as a viewer opens it), it draws in its embedded font.
  const file = test.info().outputPath('exported.svg');
  await writeFile(file, svg);
  await alone.goto(pathToFileURL(file).href);
  const loaded = await alone.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans' && f.status === 'loaded').map((f) => f.weight);
  });
  expect(loaded).toEqual(expect.arrayContaining(['500', '800']));
  await alone.screenshot({ path: screenshotPath('share-exported-svg-file') });
  await alone.close();
  await writeFile(screenshotPath('share-exported-png'), png);
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('Export SVG draws the graph in the light theme\'s colours, as on white it must', async ({ page }) => {
    await openApp(page);
    await programAt(page, count);
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Export SVG').click()]);
    const svg = (await saved(download)).toString('utf8');
    // Values in the light theme's green (#0a6b47) and gradients in its red (#b42318), halos in white, not the dark theme's.
    expect(svg).toContain('fill: rgb(10, 107, 71)');
    expect(svg).toContain('fill: rgb(180, 35, 24)');
    expect(svg).toContain('stroke: rgb(255, 255, 255)');
    await expect(page.locator('html')).toHaveCSS('background-color', /rgb\((?!255)/);
  });
});

test('Copy LaTeX copies the current step\'s formula', async ({ page }) => {
  await openApp(page);
  await programAt(page, 1);
  await button(page, 'Copy LaTeX').click();
  await expect(page.getByText('LaTeX of this step copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(describeStep(engine(program), engine(program).schedule.steps[0]).tex);
});

test('a program saves as a text file and opens from one, by button or by dropping it on the editor', async ({ page }) => {
  await openApp(page);
  await setProgram(page, program);
  const [file] = await Promise.all([page.waitForEvent('download'), button(page, 'Save program').click()]);
  expect((await saved(file)).toString('utf8')).toBe(program);

  const other = 'a = 2\nb = 5\nf = a * b\n';
  await page.getByLabel('Program file to open').setInputFiles({ name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from(other) });
  await expect(editor(page)).toHaveValue(other);

  const dropped = 'w = 1\nf = w * w\n';
  await editor(page).evaluate((area, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    area.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    area.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, dropped);
  await expect(editor(page)).toHaveValue(dropped);
});

test('Download handout saves the CLI\'s explain output, as Markdown or LaTeX', async ({ page }) => {
  await openApp(page);
  await setProgram(page, program);
  const [md] = await Promise.all([page.waitForEvent('download'), button(page, 'Download handout').click()]);
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  expect((await saved(md)).toString('utf8')).toBe(explainMarkdown(engine(program)));
  await page.getByLabel('Handout format').selectOption('tex');
  const [tex] = await Promise.all([page.waitForEvent('download'), button(page, 'Download handout').click()]);
  expect((await saved(tex)).toString('utf8')).toMatch(/^\\documentclass/);

  // In Layers, at its last step: the handout is the Layers handout, Copy LaTeX the Layers step's
  // formula, and Export SVG the Layers drawing on screen, whole, every label inside the file's box.
  const mlp = presetById('mlp-2321-matrix')!;
  await picker(page).selectOption(mlp.id);
  await page.getByRole('radiogroup', { name: 'Detail' }).getByRole('radio', { name: 'Layers' }).check();
  await expect(page.getByRole('group', { name: 'Layers: one node per statement' })).toBeVisible();
  const la = analyzeLayers(engine(mlp.source)) as LayersAnalysis;
  await page.getByRole('slider', { name: 'Step' }).fill(String(la.steps.length - 1));
  await expect(page.getByRole('region', { name: 'Step explanation' }).getByRole('heading')).toContainText(`Step ${la.steps.length} of ${la.steps.length}`);
  await page.getByLabel('Handout format').selectOption('md');
  const [layersMd] = await Promise.all([page.waitForEvent('download'), button(page, 'Download handout').click()]);
  expect((await saved(layersMd)).toString('utf8')).toBe(explainMarkdown(engine(mlp.source), 'en', 'layers'));
  await button(page, 'Copy LaTeX').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(describeLayerStep(la, la.steps[la.steps.length - 1]).tex);
  const [layersSvg] = await Promise.all([page.waitForEvent('download'), button(page, 'Export SVG').click()]);
  expect(layersSvg.suggestedFilename()).toBe(`chainrule-J-step-${la.steps.length}.svg`);
  const drawn = (await saved(layersSvg)).toString('utf8');
  expect(drawn).toContain(`<title>Chainrule: J, step ${la.steps.length} of ${la.steps.length}</title>`);
  // ∂J/∂W1 = δ₁xᵀ with δ₁ = [21.3906, 23.8908, 26.391] and x = [1, 2]: W1_32's cell holds 52.8.
  for (const label of ['W1 3×2', 'h2 2', 'y_pred', '52.8', '21.4']) expect(drawn).toContain(`>${label}<`);
  const alone = await page.context().newPage();
  await alone.setContent(`<body style="margin:0">${drawn.replace(/^<\?xml[^>]*>/, '')}</body>`);
  const fit = await alone.locator('svg').evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
    return { texts: texts.length, inside: texts.every((r) => r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom) };
  });
  expect(fit).toEqual({ texts: expect.any(Number), inside: true });
  expect(fit.texts).toBeGreaterThan(40);
  await alone.screenshot({ path: screenshotPath('share-layers-export') });
  await alone.close();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit the app reloads and works with no network', async ({ page, context }) => {
    await openApp(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await programAt(page, 2);
    await settledHash(page);
    await context.setOffline(true);
    await page.reload();
    await expect(editor(page)).toHaveValue(program);
    await expectStep(page, 2, count);
    // A formula (KaTeX, its own chunk and fonts) and a lazy chunk (the export) work offline too.
    await expect(page.locator('.step-panel .katex').first()).toBeVisible();
    const [svg] = await Promise.all([page.waitForEvent('download'), button(page, 'Export SVG').click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    // The export embeds the graph's font, read from the cache.
    expect((await saved(svg)).toString('utf8')).toContain('src: url(data:font/woff2;base64,');
    // KaTeX's own fonts and the graph's came from the cache, not a fallback.
    for (const family of ['KaTeX_Main', 'Noto Sans']) {
      expect(await page.evaluate(async (name) => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === name && f.status === 'loaded').length;
      }, family)).toBeGreaterThan(0);
    }
    // Every lazy panel loads offline: the table view, the course panels, the shortcuts dialog.
    await button(page, 'Table view').click();
    await expect(page.getByRole('table').first()).toBeVisible();
    for (const name of ['Gradient check', 'Training', 'Vanishing gradients']) {
      await button(page, name).click();
      await expect(page.getByRole('region', { name })).toBeVisible();
      await expect(page.getByRole('region', { name })).not.toContainText('stopped working');
    }
    await focusPage(page);
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.screenshot({ path: screenshotPath('share-offline'), clip: { x: 0, y: 0, width: 1440, height: 900 } });
    // The language reference (the app's help) is precached too, and served as itself.
    const reference = await context.newPage();
    await reference.goto('/language.md');
    await expect(reference.locator('body')).toContainText('# ');
    await expect(reference.locator('#root')).toHaveCount(0);
    await context.setOffline(false);
  });
});
