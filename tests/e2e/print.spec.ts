/**
 * Print (Ctrl+P): the whole graph scaled to the page at the step on screen, the step's
 * explanation and, at the last step, the results table; no button on paper. Measured under
 * print media at an A4 page's width, and printed to PDF by Chromium itself.
 */
import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { counter, engine, focusPage, graph, openApp, screenshotPath, stepPanel } from './helpers.ts';
import { presetById } from '../../src/presets/index.ts';

const MLP = engine(presetById('mlp-2321')?.source ?? '');

/** A4 landscape less print.css's 1 cm margins (the page a wide graph prints on), in CSS px (96 per inch). */
const PAGE = { width: Math.floor(((29.7 - 2) / 2.54) * 96), height: Math.floor(((21 - 2) / 2.54) * 96) };

interface Printed {
  readonly buttons: string[];
  readonly svg: { left: number; top: number; right: number; bottom: number };
  readonly drawing: { left: number; top: number; right: number; bottom: number };
  readonly nodes: number;
  readonly nodesOutside: number;
}

/** What print media shows: visible buttons, the graph's box, its drawing's box and the nodes outside the graph's box. */
const measure = (page: Page) => page.evaluate((): Printed => {
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const svg = document.querySelector('svg.graph-svg') as SVGSVGElement;
  const drawing = svg.querySelector('g.edges')?.parentElement as unknown as SVGGElement;
  const outer = svg.getBoundingClientRect();
  const nodes = [...svg.querySelectorAll('g.node')];
  const outside = nodes.filter((n) => {
    const r = n.getBoundingClientRect();
    return r.left < outer.left - 0.5 || r.right > outer.right + 0.5 || r.top < outer.top - 0.5 || r.bottom > outer.bottom + 0.5;
  });
  return {
    buttons: [...document.querySelectorAll('button, [role="button"], [role="switch"], [role="radiogroup"], select, input, textarea')].filter(visible).map((b) => b.textContent || b.getAttribute('aria-label') || b.tagName),
    svg: box(outer), drawing: box(drawing.getBoundingClientRect()), nodes: nodes.length, nodesOutside: outside.length,
  };
});

async function openMlp(page: Page) {
  // Ninety-odd key presses and a PDF on a shared two-core machine.
  test.slow();
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByLabel('Example').selectOption('mlp-2321');
  await expect(graph(page)).not.toHaveAttribute('aria-busy', 'true');
  await focusPage(page);
}

test('printing the MLP mid-lesson: the whole graph on the page, the step, no button', async ({ page }) => {
  await openMlp(page);
  // Step 37 of 95: the first backward step, with the camera following it (most of the graph off screen).
  await page.keyboard.press('Home');
  for (let i = 1; i < 37; i++) await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('37 / 95');
  const onScreen = await measure(page);
  // On screen the camera cuts the graph: what print must undo.
  expect(onScreen.nodesOutside).toBeGreaterThan(0);

  await page.setViewportSize(PAGE);
  await page.emulateMedia({ media: 'print' });
  // The MLP is wide: it gets the landscape page.
  await expect(graph(page)).toHaveClass(/print-fit.*print-wide/);
  const printed = await measure(page);
  expect(printed.buttons).toEqual([]);
  expect(printed.nodes).toBe(MLP.graph.nodes.length);
  expect(printed.nodesOutside).toBe(0);
  const slack = 0.5;
  expect(printed.drawing.left).toBeGreaterThanOrEqual(printed.svg.left - slack);
  expect(printed.drawing.right).toBeLessThanOrEqual(printed.svg.right + slack);
  expect(printed.drawing.top).toBeGreaterThanOrEqual(printed.svg.top - slack);
  expect(printed.drawing.bottom).toBeLessThanOrEqual(printed.svg.bottom + slack);
  // …and the graph's box on the page: no wider than the page, and no taller.
  expect(printed.svg.left).toBeGreaterThanOrEqual(-slack);
  expect(printed.svg.right).toBeLessThanOrEqual(PAGE.width + slack);
  expect(printed.svg.bottom - printed.svg.top).toBeLessThanOrEqual(PAGE.height);
  await expect(stepPanel(page).getByRole('heading')).toContainText('Step 37 of 95');
  await expect(stepPanel(page)).toBeVisible();
  await page.screenshot({ path: screenshotPath('print-mlp-step37'), fullPage: true });

  // Back to the screen: the camera is as it was.
  await page.emulateMedia({ media: 'screen' });
  await expect(graph(page)).not.toHaveClass(/print-fit/);
  expect((await measure(page)).nodesOutside).toBeGreaterThan(0);
});

test('printing the last step prints the results table, and Chromium\'s PDF holds all of it', async ({ page }) => {
  await openMlp(page);
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('95 / 95');
  await page.setViewportSize(PAGE);
  await page.emulateMedia({ media: 'print' });
  await expect(graph(page)).toHaveClass(/print-fit/);
  const table = page.locator('table.gradients-table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(MLP.graph.names.size);
  expect((await measure(page)).buttons).toEqual([]);
  await page.screenshot({ path: screenshotPath('print-mlp-last'), fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  if (process.env.PRINT_PDF) writeFileSync(process.env.PRINT_PDF, pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
});
