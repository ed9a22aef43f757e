/**
 * Shared handles for the browser tests: the app's accessible parts by role and name, the
 * edge labels read off the SVG, and the engine run in Node to say what the page should show.
 */
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mulberry32 } from '../../bench/random.ts';
import { analyze, type Analysis } from '../../src/core/index.ts';
import { PRESETS } from '../../src/presets/index.ts';
import { test as guarded } from './fixtures.ts';

export const editor = (page: Page): Locator => page.getByRole('textbox', { name: 'Program' });
export const graph = (page: Page): Locator => page.getByRole('img', { name: 'Computational graph' });
export const stepPanel = (page: Page): Locator => page.getByRole('region', { name: 'Step explanation' });
/** The step shown in the explanation, without the next one laid out ahead out of sight (StepPanel's staged body). */
export const shownStep = (page: Page): Locator => stepPanel(page).locator('.step-body:not(.staged)');
export const alert = (page: Page): Locator => page.locator('#program-error[role="alert"]');
export const counter = (page: Page): Locator => page.locator('.timeline .counter');
export const button = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });

/** Console errors and uncaught exceptions seen since the page was opened. */
export interface Problems {
  readonly errors: string[];
}

/** Opens the app, waits for the graph, and starts recording console and page errors. */
export async function openApp(page: Page): Promise<Problems> {
  const problems: Problems = { errors: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.errors.push(`pageerror: ${err.message}`));
  await page.goto('/');
  await expect(graph(page)).toBeVisible();
  return problems;
}

/**
 * Sets the whole text and fires one input event, as a real paste does: Playwright's fill and
 * insertText take minutes on a big textarea in Chromium.
 */
export async function paste(page: Page, text: string): Promise<void> {
  // The program's textarea by tag, not by its English name: Korean pages paste too.
  await page.locator('textarea').first().evaluate((el, value) => {
    const area = el as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** Replaces the whole program text, as a paste would. */
export async function setProgram(page: Page, text: string): Promise<void> {
  await editor(page).fill(text);
}

/** The engine's analysis of a program, in Node; fails the test if it does not compile. */
export function engine(source: string): Analysis {
  const result = analyze(source);
  if (!result.ok) throw new Error(`engine rejected the program: ${result.error.message}`);
  return result.value;
}

/** "x" for a named node, the plain-text expression for an anonymous one. */
export const nodeName = (a: Analysis, id: number): string => a.graph.nodes[id].name ?? a.graph.nodes[id].text;

/** The id of the edge from → to, by node names (the first such edge). */
export function edgeId(a: Analysis, from: string, to: string): number {
  const edge = a.graph.edges.find((e) => nodeName(a, e.from) === from && nodeName(a, e.to) === to);
  if (!edge) throw new Error(`no edge ${from} → ${to}`);
  return edge.id;
}

/** What one edge shows: its value above and its gradient below, or null while hidden. */
export interface EdgeLabel {
  readonly value: string | null;
  readonly grad: string | null;
}

const readLabels = (groups: Element[]) =>
  groups.map((g) => {
    const read = (cls: string) => {
      const t = g.querySelector(`text.${cls}`);
      return t && t.classList.contains('on') ? (t.textContent ?? '').trim() : null;
    };
    return { value: read('edge-value'), grad: read('edge-grad') };
  });

/** The labels of every graph edge, in edge-id order (GraphView renders edges in that order). */
export async function edgeLabels(page: Page): Promise<EdgeLabel[]> {
  return graph(page).locator('g.edges > g.edge').evaluateAll(readLabels);
}

/** The labels of the stub edge that leaves the output. */
export async function outputLabel(page: Page): Promise<EdgeLabel> {
  const [label] = await graph(page).locator('g.output-stub').evaluateAll(readLabels);
  return label;
}

/** The graph's node group whose tooltip names `name` ("q: value 3, gradient -4"). */
export const nodeMark = (page: Page, name: string): Locator =>
  graph(page).locator('g.node').filter({ has: page.locator('title', { hasText: new RegExp(`^${name}: `) }) });

/** "Step 3 of 9" → the step panel heading and the counter agree on the step shown. */
export async function expectStep(page: Page, step: number, count: number): Promise<void> {
  await expect(counter(page)).toHaveText(`${step} / ${count}`);
  await expect(stepPanel(page).getByRole('heading')).toContainText(`Step ${step} of ${count}`);
}

/** Jumps to a step (0-based) through the scrubber, as a drag would, and waits for the counter. */
export async function goToStep(page: Page, step: number, count: number): Promise<void> {
  await page.getByRole('slider', { name: 'Step' }).evaluate((el, value) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, step);
  await expect(counter(page)).toHaveText(`${step + 1} / ${count}`);
}

/**
 * The presets a per-preset geometry property (label overlaps, label sizes, fitting) samples: every
 * preset but three whose drawings repeat another's — neuron-fused is neuron with one σ gate,
 * survey a small fan like patterns, net-222-matrix the same gates as net-222 (mlp-2321-matrix
 * stays for the matrix form). Every preset still draws in every view in detail.spec.
 */
export const GEOMETRY_PRESETS = PRESETS.filter((p) => !['neuron-fused', 'survey', 'net-222-matrix'].includes(p.id));

/** Moves focus off any form control, so the page's keyboard shortcuts apply. */
export async function focusPage(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Where tests save screenshots: artifacts/screenshots/ beside the Playwright config. */
export function screenshotPath(name: string): string {
  const configFile = test.info().config.configFile;
  const root = configFile ? path.dirname(configFile) : process.cwd();
  return path.join(root, 'artifacts', 'screenshots', `${name}.png`);
}

/** A seeded generator of numbers in [0, 1): the benchmarks' mulberry32, so the same seed draws the same sample on every run. */
export const seededRandom = mulberry32;

/**
 * The seed a sampled property draws with: E2E_SEED when set (to replay or widen a run), else the
 * call's own. Tests print the steps they drew, so a failure names what to replay.
 */
export const sampleSeed = (fallback: number): number => Number(process.env.E2E_SEED ?? fallback);

/**
 * A stratified sample of the 1-based steps 1..count: the steps cut into runs of `every`, one step
 * drawn from each run by a seeded shuffle, plus `always`. Lanes 0..every−1 with the same seed draw
 * different steps of every run, so two checks on lanes 0 and 1 together cover two in `every`.
 */
export function stratifiedSteps(count: number, opts: { every: number; seed: number; lane?: number; always?: readonly number[] }): number[] {
  const random = seededRandom(opts.seed);
  const picked = new Set<number>();
  for (let start = 1; start <= count; start += opts.every) {
    const run = Array.from({ length: Math.min(opts.every, count - start + 1) }, (_, i) => start + i);
    for (let i = run.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [run[i], run[j]] = [run[j], run[i]];
    }
    picked.add(run[(opts.lane ?? 0) % run.length]);
  }
  for (const step of opts.always ?? []) if (step >= 1 && step <= count) picked.add(step);
  return [...picked].sort((a, b) => a - b);
}

/**
 * Resolves once the graph is drawn and its view at rest: GraphView no longer busy (no layout
 * pending, every mark mounted), no d3 transition scheduled or running on the svg, and the zoom
 * group's transform unchanged over two frames. A wait on state, not a fixed sleep.
 */
export async function graphAtRest(page: Page): Promise<void> {
  await expect(page.locator('.graph-view[aria-busy="true"]')).toHaveCount(0);
  // The svg by its class, not its English name: Korean pages wait too.
  await viewAtRest(page.locator('svg.graph-svg'));
}

/** Resolves once no d3 transition is scheduled or running on `svg` and its zoom group's transform holds over two frames. */
export async function viewAtRest(svg: Locator): Promise<void> {
  await expect.poll(() => svg.evaluate((el) => new Promise<boolean>((resolve) => {
    const zoom = el.querySelector(':scope > g');
    const before = zoom?.getAttribute('transform');
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const idle = !(el as unknown as { __transition?: unknown }).__transition;
      resolve(idle && zoom !== null && zoom.getAttribute('transform') === before);
    }));
  })), { intervals: [50, 100, 100, 200], timeout: 15_000 }).toBe(true);
}

interface SharedApp {
  readonly page: Page;
  readonly violations: string[];
  readonly errors: string[];
}

/**
 * A `test` whose `app` is one page per worker, opened on the app once at `viewport` (else the
 * config's), for
 * properties checked one preset per test: the tests share the page load but stay separate tests
 * (run on both workers, each failing alone). Each test starts from whatever the last one left,
 * so it sets everything it depends on (its preset, view and step) before it looks. The guard of
 * fixtures.ts holds on the shared page test by test: a CSP violation or a console or page error
 * during a test fails that test (`allowedErrors` as there). No per-test page is opened.
 */
export function sharedAppTest(viewport?: { width: number; height: number }) {
  return guarded.extend<{ app: Page }, { sharedApp: SharedApp }>({
    sharedApp: [async ({ browser }, use, workerInfo) => {
      const options = workerInfo.project.use;
      const context = await browser.newContext({
        baseURL: options.baseURL, userAgent: options.userAgent, deviceScaleFactor: options.deviceScaleFactor,
        isMobile: options.isMobile, hasTouch: options.hasTouch, viewport: viewport ?? options.viewport,
        reducedMotion: options.reducedMotion,
      });
      const page = await context.newPage();
      const shared: SharedApp = { page, violations: [], errors: [] };
      await page.exposeFunction('__reportCspViolation', (report: string) => { shared.violations.push(report); });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__reportCspViolation?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
        });
      });
      page.on('console', (msg) => { if (msg.type() === 'error') shared.errors.push(`console: ${msg.text()}`); });
      page.on('pageerror', (err) => shared.errors.push(`pageerror: ${err.message}`));
      await page.goto('/');
      await expect(graph(page)).toBeVisible();
      await use(shared);
      await context.close();
    }, { scope: 'worker' }],
    // The per-test guard opens a page of its own; `app` guards the shared one instead.
    // (An override keeps the original's auto; the pattern must be empty: this guard needs no page.)
    // eslint-disable-next-line no-empty-pattern
    guard: async ({}, use) => { await use(); },
    app: async ({ sharedApp, allowedErrors }, use) => {
      await use(sharedApp.page);
      // What went wrong since the last test's check (the first test also answers for the page load).
      const violations = sharedApp.violations.splice(0);
      const errors = sharedApp.errors.splice(0);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(errors.filter((e) => !allowedErrors.some((allowed) => allowed.test(e))), 'console errors').toEqual([]);
    },
  });
}

/** A seeded sample of `n` of `items` (all of them when there are no more), in their order. */
export function sampleOf<T>(items: readonly T[], n: number, seed: number): T[] {
  const random = seededRandom(seed);
  const keyed = items.map((item, i) => ({ item, i, key: random() }));
  return keyed.sort((a, b) => a.key - b.key).slice(0, n).sort((a, b) => a.i - b.i).map((k) => k.item);
}
