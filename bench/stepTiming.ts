/**
 * Step-to-frame on a preset, measured so that it means something at 60 Hz.
 *
 * A click made right after a frame (the old way: click, wait for the frame, click again) always
 * reads one frame interval, ≈ 16.7 ms, however little work the step does: the next frame simply
 * starts one vsync later. So each step here comes after a pause of varying length, which lands the
 * click at a different point of the frame each time, as a student's click does. Two cadences:
 * - `click`: a student clicking through, a step every ~0.4 s: the last step's fades (220 ms) and
 *   pan (350 ms) have ended, and its next formulas were typeset in the idle time between;
 * - `held`: a held arrow key, a step every 20–36 ms after the last one's frame: fades, pans and
 *   typesetting of steps before still in flight.
 * Each is timed three ways:
 * - wall: click → the end of the frame that shows it (a requestAnimationFrame callback, then a
 *   message posted from it, which runs after that frame's style, layout and paint);
 * - react: click → the end of React's render and commit and of the formula fit's one layout
 *   (React flushes a click's update in a microtask, layout effects included, and the fit runs in
 *   a microtask its commit queues: awaiting three microtasks lands after both);
 * - render: the frame's own work, from its animation-frame callbacks to the end of its paint.
 * work = react + render is what the step costs the main thread; it must stay under a frame
 * (16.7 ms) for every step to reach the next frame.
 */
import type { Page } from '@playwright/test';

export interface StepTimes { wall: number[]; react: number[]; render: number[]; work: number[] }

export type Cadence = 'click' | 'held';
/** The pause before each step, ms: a base, plus (7k mod 17) so the click's phase walks the whole 16.7 ms frame. */
const PAUSE: Record<Cadence, number> = { click: 400, held: 20 };

export function timeSteps(page: Page, steps: number, cadence: Cadence = 'click'): Promise<StepTimes> {
  return page.evaluate(async ([count, pause]) => {
    const next = document.querySelector('button[aria-label="Next step"]') as HTMLButtonElement;
    const first = document.querySelector('button[aria-label="First step"]') as HTMLButtonElement;
    const out = { wall: [] as number[], react: [] as number[], render: [] as number[], work: [] as number[] };
    for (let k = 0; k < count; k++) {
      if (next.disabled) first.click();
      await new Promise((r) => setTimeout(r, pause + ((k * 7) % 17)));
      const t0 = performance.now();
      next.click();
      for (let m = 0; m < 3; m++) await Promise.resolve();
      const t1 = performance.now();
      const [frameStart, frameEnd] = await new Promise<[number, number]>((done) => requestAnimationFrame(() => {
        const start = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done([start, performance.now()]);
        channel.port2.postMessage(null);
      }));
      out.wall.push(frameEnd - t0);
      out.react.push(t1 - t0);
      out.render.push(frameEnd - frameStart);
      out.work.push(t1 - t0 + frameEnd - frameStart);
    }
    return out;
  }, [steps, PAUSE[cadence]] as const);
}

export const quantile = (xs: readonly number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
