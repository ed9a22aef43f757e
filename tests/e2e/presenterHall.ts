/**
 * Handles for the lecture-hall checks of presenter mode (issue 20): opening a preset presenting,
 * waiting for the camera to come to rest, and reading what the projected graph shows of a node.
 */
import { expect, type Page } from './fixtures.ts';
import { presetById } from '../../src/presets/index.ts';
import { button, counter, editor, engine, focusPage, graph, openApp, viewAtRest } from './helpers.ts';
import type { Analysis } from '../../src/core/index.ts';

export const PRESENTER_LABEL_PX = 20;
export const SIZES = [{ width: 1024, height: 768 }, { width: 1280, height: 720 }] as const;

/** Opens preset `id` in presenter mode at step 1; the engine's analysis of it says what each step explains. */
export async function presentPreset(page: Page, id: string): Promise<Analysis> {
  await openApp(page);
  const preset = presetById(id);
  if (!preset) throw new Error(`no preset ${id}`);
  await page.getByLabel('Example').selectOption(id);
  await expect(editor(page)).toHaveValue(preset.source);
  await focusPage(page);
  await button(page, 'Presenter mode').click();
  await expect(button(page, 'Exit presenter mode')).toBeVisible();
  await expect(page.locator('.app.presenter')).toHaveCount(1);
  return engine(preset.source);
}

export const expectCounter = (page: Page, step: number, count: number) => expect(counter(page)).toHaveText(`${step} / ${count}`);

/**
 * Resolves once the graph's camera is at rest: no d3 transition scheduled or running on the svg
 * (d3 keeps them on `__transition`) and the zoom group's transform unchanged over two frames.
 */
export const cameraSettled = (page: Page): Promise<void> => viewAtRest(graph(page));

export interface Cut {
  readonly node: number;
  /** px of the node's shape or name outside the graph's box (0 when inside). */
  readonly outside: number;
}

/**
 * For each node id: how far its drawn shape and its name reach outside the graph's box (and the
 * window). Nodes are drawn in id order, one `g.node` each (GraphView).
 */
export function outsideView(svg: Element, ids: readonly number[]): Cut[] {
  const nodes = svg.querySelectorAll('g.node');
  const view = svg.getBoundingClientRect();
  const box = {
    left: Math.max(view.left, 0), top: Math.max(view.top, 0),
    right: Math.min(view.right, window.innerWidth), bottom: Math.min(view.bottom, window.innerHeight),
  };
  return ids.map((node) => {
    const g = nodes[node];
    if (!g) return { node, outside: Infinity };
    let outside = 0;
    for (const part of g.querySelectorAll(':scope > circle, :scope > rect, :scope > text.node-name, :scope > text.node-label')) {
      const r = part.getBoundingClientRect();
      outside = Math.max(outside, box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom);
    }
    return { node, outside: Math.max(0, outside) };
  });
}

/** The smallest on-screen size, in px, of any non-empty text on the graph (font size × the zoom's scale). */
export function minLabelPx(svg: Element): number {
  let min = Infinity;
  for (const el of svg.querySelectorAll<SVGTextElement>('text')) {
    if (!(el.textContent ?? '').trim()) continue;
    min = Math.min(min, parseFloat(getComputedStyle(el).fontSize) * (el.getScreenCTM()?.a ?? 1));
  }
  return min;
}

/** The node a step explains and its operands (the gate's inputs; none for a leaf). */
export function explained(a: Analysis, step: number): { node: number; operands: number[] } {
  const node = a.schedule.steps[step].node;
  const n = a.graph.nodes[node];
  return { node, operands: n.kind === 'gate' ? [...new Set(n.args)] : [] };
}
