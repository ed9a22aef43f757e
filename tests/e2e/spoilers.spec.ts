/**
 * Nothing is given away early: at every forward step no gradient is anywhere on the page — not
 * on the graph, not in a tooltip, an attribute, the clicked node, the inputs or the table view —
 * and in the backward pass only the nodes it has reached show theirs. Once reached, a node
 * offers "Go to step", and its value copies at full precision.
 */
import { expect, test, type Page } from './fixtures.ts';
import { PRESETS } from '../../src/presets/index.ts';
import { formatNumber } from '../../src/core/index.ts';
import { button, counter, engine, expectStep, focusPage, nodeMark, nodeName, openApp, sharedAppTest } from './helpers.ts';
import { chooseView } from './detailViews.ts';

/** The per-preset walks share one page per worker: each picks its preset, Gates, the first step and the table view. */
const perPreset = sharedAppTest();

test.describe.configure({ timeout: 90_000 });

/** Every text node and every attribute value on the page, except the legend's explanations. */
async function pageStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (el: Element) => {
      if (el.hasAttribute('data-explains')) return;
      for (const attr of el.attributes) out.push(`@${attr.name}=${attr.value}`);
      for (const child of el.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) out.push(child.textContent ?? '');
        else if (child instanceof Element) walk(child);
      }
    };
    walk(document.documentElement);
    return out;
  });
}

/** Gradient text: a ∂, or the word "gradient" followed by a number. */
const leaks = (strings: string[]) =>
  strings.filter((s) => s.includes('∂') || /gradient[^0-9a-z]*[-−]?\d/i.test(s));

async function expectNoGradient(page: Page, where: string) {
  expect(leaks(await pageStrings(page)), where).toEqual([]);
  await expect(page.locator('.graph-svg .edge-grad.on, .graph-svg .fanout-sum, .input-grad')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Gradients' })).toHaveCount(0);
}

for (const id of ['cs231n', 'fanout']) {
  perPreset(`preset "${id}": no gradient anywhere at any forward step, whichever node is clicked`, async ({ app: page }) => {
    const source = PRESETS.find((p) => p.id === id)?.source ?? '';
    const a = engine(source);
    const { forwardCount } = a.schedule;
    const count = a.schedule.steps.length;
    await page.getByLabel('Example').selectOption(id);
    await chooseView(page, 'Gates');
    await focusPage(page);
    await page.keyboard.press('Home');
    // The table view follows the same rule: on (whatever the page's last test left it).
    if ((await button(page, 'Table view').getAttribute('aria-pressed')) !== 'true') await button(page, 'Table view').click();
    await expect(page.getByRole('table', { name: /^Nodes at step/ })).toBeVisible();
    await focusPage(page);
    for (let step = 0; step < forwardCount; step++) {
      await expectStep(page, step + 1, count);
      await expectNoGradient(page, `step ${step + 1}`);
      for (const node of a.graph.nodes) {
        if (node.kind === 'const') continue;
        const name = nodeName(a, node.id);
        await button(page, 'Table view').click(); // fold the table so the graph takes the click
        await nodeMark(page, name).click();
        const details = page.getByRole('region', { name: 'Selected node' });
        await expect(details).toBeVisible();
        await expect(details.locator('dd.grad')).toHaveText('not reached yet');
        await expect(details.getByRole('button', { name: 'Copy gradient' })).toHaveCount(0);
        await button(page, 'Table view').click();
        await expectNoGradient(page, `step ${step + 1}, ${name} clicked`);
        await details.getByRole('button', { name: 'Close selected node' }).click();
      }
      await focusPage(page);
      await page.keyboard.press('ArrowRight');
    }

    // The first backward step reaches the output alone: its seed ∂ = 1 shows, and the terms it
    // sends back along its own operand edges; no other node's gradient does.
    await expectStep(page, forwardCount + 1, count);
    const out = a.graph.nodes[a.graph.output];
    const operandEdges = out.kind === 'gate' ? out.inEdges.length : 0;
    await expect(page.locator('.graph-svg .edge-grad.on')).toHaveCount(1 + operandEdges);
    await expect(page.locator('.graph-svg g.output-stub .edge-grad.on')).toHaveText('∂ 1');
    // The table agrees with the drawing: an operand of the output shows the term that came back
    // to it (a fan-out's as "so far"); every other node is not reached yet.
    const table = page.getByRole('table', { name: /^Nodes at step/ });
    let operandsSeen = 0;
    for (const node of a.graph.nodes) {
      if (node.kind === 'const') continue;
      const uses = a.graph.outEdges[node.id];
      const arrived = uses.filter((e) => a.graph.edges[e].to === a.graph.output);
      const sum = arrived.reduce((s, e) => s + a.trace.contributions[e], 0);
      const expected = node.id === a.graph.output ? '1'
        : arrived.length === 0 ? 'not reached yet'
          : arrived.length === uses.length ? formatNumber(sum)
            : `${formatNumber(sum)} so far (${arrived.length} of ${uses.length} terms)`;
      if (arrived.length > 0) operandsSeen++;
      const row = table.getByRole('row', { name: new RegExp(`^${nodeName(a, node.id)}\\b`) }).first();
      await expect(row.locator('td.grad')).toHaveText(expected);
    }
    expect(operandsSeen).toBeGreaterThan(0);
    const reachedTitles = await page.locator('g.node > title').allTextContents();
    expect(reachedTitles.filter((t) => t.includes('gradient'))).toEqual([`${a.graph.outputName}: value ${reachedTitles.find((t) => t.startsWith(`${a.graph.outputName}:`))?.split('value ')[1]?.split(',')[0]}, gradient 1`]);
  });
}

test('a clicked node offers its step once the lesson has reached it, and Go to step jumps there', async ({ page }) => {
  const a = engine(PRESETS[0].source);
  const count = a.schedule.steps.length;
  const q = a.graph.names.get('q') as number;
  await openApp(page);
  // Step 1 computes q; f is not computed yet, so it offers nothing.
  await nodeMark(page, 'f').click();
  const details = page.getByRole('region', { name: 'Selected node' });
  await expect(details.locator('dd.value')).toHaveText('not computed yet');
  await expect(details.getByRole('button', { name: 'Go to step' })).toHaveCount(0);
  await expect(details.getByRole('button', { name: 'Copy value' })).toHaveCount(0);
  await nodeMark(page, 'q').click();
  await expect(details.locator('dd.value')).toHaveText('3'); // q = x + y = -2 + 5
  await expect(details.getByRole('button', { name: 'Go to step' })).toBeVisible();

  await focusPage(page);
  await page.keyboard.press('End');
  await expect(details.locator('dd.grad')).toHaveText('-4'); // ∂f/∂q = z = -4
  await details.getByRole('button', { name: 'Go to step' }).click();
  await expectStep(page, a.schedule.backwardStepOf[q] + 1, count);
  await expect(counter(page)).not.toHaveText(`${count} / ${count}`);
});

test('Copy value copies the full-precision number, through the clipboard API or its fallback', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await page.getByLabel('Example').selectOption('neuron-fused');
  await focusPage(page);
  await page.keyboard.press('End');
  // w0·x0 + w1·x1 + w2 = 2·(−1) + (−3)·(−2) + (−3) = 1, so f = σ(1) = 1 / (1 + e^−1).
  const f = 1 / (1 + Math.exp(-1));
  await nodeMark(page, 'f').click();
  const details = page.getByRole('region', { name: 'Selected node' });
  await details.getByRole('button', { name: 'Copy value' }).click();
  await expect(details.getByRole('status')).toHaveText(`Copied value ${String(f)}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(String(f));
  expect(String(f).length).toBeGreaterThan(12); // more digits than the graph shows

  // Without the Clipboard API the old execCommand('copy') route copies the same text.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    document.execCommand = (cmd: string) => {
      w.copied.push(`${cmd}:${(document.activeElement as HTMLTextAreaElement).value}`);
      return true;
    };
  });
  await details.getByRole('button', { name: 'Copy value' }).click();
  expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([`copy:${String(f)}`]);
});
