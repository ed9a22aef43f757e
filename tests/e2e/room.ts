/**
 * Handles for the "room" specs (issue 20, the laptop and the phone): language-neutral ways to
 * pick an example, a view and a course panel, and measurements of the graph read off the page.
 */
import { expect, type Page } from '@playwright/test';
import { analyzeCompiledView, compile, type Analysis } from '../../src/core/index.ts';

export const graphSvg = (page: Page) => page.locator('svg.graph-svg');

/** Opens the app in whatever language the browser asks for, and waits for the drawing. */
export async function openRoom(page: Page): Promise<void> {
  await page.goto('/');
  await settled(page);
}

/** Picks an example by id and waits until its drawing is complete. */
export async function pickPreset(page: Page, id: string): Promise<void> {
  await page.locator('.preset-picker select').selectOption(id);
  await settled(page);
}

/** Chooses a level of detail by its value (gates, statements, primitives), whatever the language. */
export async function pickView(page: Page, detail: 'gates' | 'statements'): Promise<void> {
  const radio = page.locator(`.detail-control input[value="${detail}"]`);
  if (!(await radio.isChecked())) await radio.check({ force: true });
  await settled(page);
}

export async function settled(page: Page): Promise<void> {
  await expect(graphSvg(page).locator('g.node').first()).toBeAttached();
  await expect(graphSvg(page)).not.toHaveAttribute('aria-busy', 'true');
  await frames(page);
}

/** Goes to step n (1-based) with the scrubber, and waits until the counter says so. */
export async function goToStep(page: Page, n: number): Promise<number> {
  const count = Number((await page.locator('.timeline .counter').textContent())?.split('/')[1]);
  await page.locator('.scrubber input').fill(String(n - 1));
  await expect(page.locator('.timeline .counter')).toHaveText(`${n} / ${count}`);
  return count;
}

/** The number of steps the timeline counts. */
export const stepCount = async (page: Page) => Number((await page.locator('.timeline .counter').textContent())?.split('/')[1]);

/** Waits until a follow pan (350 ms) has ended: the transform holds still over two frames. */
export async function settleZoom(page: Page): Promise<void> {
  await expect.poll(async () => {
    const a = await viewTransform(page);
    await frames(page);
    return a === (await viewTransform(page));
  }, { timeout: 20_000 }).toBe(true);
}

/** Two animation frames: a resize observed and the zoom placed. */
export const frames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** The course panel button by its panel id (check, training, vanishing). */
export const courseButton = (page: Page, id: string) => page.locator(`.course-buttons button[aria-controls="course-${id}"]`);

/** The svg's height in px. */
export async function graphHeight(page: Page): Promise<number> {
  const box = await graphSvg(page).boundingBox();
  return box?.height ?? 0;
}

/** The engine's view of a program, in Node: who feeds whom, for the framing checks. */
export function engineView(source: string, detail: 'gates' | 'statements'): Analysis {
  const compiled = compile(source);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return analyzeCompiledView(compiled.value, { detail });
}

/** The current node's operands and consumers: the text its tooltip starts with, and the label a stub gives it. */
export function neighboursOf(a: Analysis, node: number): { text: string; others: { text: string; label: string }[] } {
  const label = (id: number) => a.graph.nodes[id].name ?? a.graph.nodes[id].gateName ?? a.graph.nodes[id].text;
  const others = new Map<number, { text: string; label: string }>();
  for (const e of a.graph.edges) {
    const other = e.to === node ? e.from : e.from === node ? e.to : -1;
    if (other >= 0 && other !== node) others.set(other, { text: a.graph.nodes[other].text, label: label(other) });
  }
  return { text: a.graph.nodes[node].text, others: [...others.values()] };
}

export interface Seen {
  /** Names of the nodes wholly inside the svg. */
  readonly inView: string[];
  /** Names the edge stubs carry. */
  readonly stubs: string[];
  readonly current: string | null;
}

/** Which nodes are wholly in the graph's view, by the name their tooltip starts with, and the stubs' names. */
export async function seen(page: Page): Promise<Seen> {
  return graphSvg(page).evaluate((svg) => {
    const view = svg.getBoundingClientRect();
    const nameOf = (g: Element) => (g.querySelector('title')?.textContent ?? '').split(': ')[0];
    const inside = (r: DOMRect) => r.left >= view.left - 0.5 && r.right <= view.right + 0.5 && r.top >= view.top - 0.5 && r.bottom <= view.bottom + 0.5;
    const nodes = [...svg.querySelectorAll('g.node')];
    const shape = (g: Element) => (g.querySelector('circle, rect') ?? g) as SVGGraphicsElement;
    return {
      inView: nodes.filter((g) => inside(shape(g).getBoundingClientRect())).map(nameOf),
      stubs: [...svg.querySelectorAll('.edge-stub-label')].map((t) => t.textContent ?? ''),
      current: (() => { const g = svg.querySelector('g.node.current'); return g ? nameOf(g) : null; })(),
    };
  });
}

export interface Cover {
  readonly controls: number;
  readonly marks: number;
  readonly hits: string[];
}

/**
 * Every control near the graph (its strip, the timeline) against every node and label of the
 * drawing, each clipped to the svg (a mark outside it is not drawn): which overlap.
 */
export async function covered(page: Page): Promise<Cover> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.graph-svg');
    if (!svg) return { controls: 0, marks: 0, hits: ['no graph'] };
    const view = svg.getBoundingClientRect();
    const clip = (r: DOMRect) => ({ left: Math.max(r.left, view.left), right: Math.min(r.right, view.right), top: Math.max(r.top, view.top), bottom: Math.min(r.bottom, view.bottom) });
    const controls = [...document.querySelectorAll('.graph-area button, .graph-area summary, .timeline button, .course-buttons button')]
      .map((c) => ({ c, r: c.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const marks = [...svg.querySelectorAll('g.node > circle, g.node > rect, g.node text, text.edge-value.on, text.edge-grad.on, text.fanout-sum, .edge-stub-label')]
      .map((m) => ({ m, r: clip(m.getBoundingClientRect()) }))
      .filter(({ r }) => r.right - r.left > 1 && r.bottom - r.top > 1);
    const hits: string[] = [];
    for (const { m, r } of marks) {
      for (const { c, r: b } of controls) {
        if (r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top) {
          const what = m.closest('g.node')?.querySelector('title')?.textContent ?? m.textContent ?? '';
          hits.push(`"${what.trim()}" under "${(c.textContent ?? '').trim()}"`);
        }
      }
    }
    return { controls: controls.length, marks: marks.length, hits };
  });
}

/** The drawing's zoom transform (the outer group d3-zoom moves). */
export const viewTransform = (page: Page) => graphSvg(page).evaluate((svg) => svg.querySelector(':scope > g')?.getAttribute('transform') ?? '');
