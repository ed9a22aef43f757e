/**
 * Issue 21's "big programs stay live", in the browser: typing into a 5,000-line program, and the
 * page's DOM over many opened programs. Used by bench/browser.ts.
 *
 * Typing is real key events (CDP), one every 80 ms, at the end of the text. Per key the page
 * records the time from the key's event to the end of the first frame whose text holds its
 * character (past 33 ms, the frame under way and one more, the page fell behind the typist),
 * and every long task while typing. Re-analysis may lag behind: the time from the last key until the page
 * shows the final text's analysis is reported beside it.
 */
import type { Page } from '@playwright/test';

/** 4,000 inputs and 1,000 lines over them: 5,000 lines, 8,999 nodes (4,000 inputs, 4,999 gates). */
export function manyInputs(): string {
  const lines = Array.from({ length: 4000 }, (_, i) => `x${i} = ${((i % 17) / 8 - 1).toFixed(3)}`);
  lines.push('t0 = sin(x0 * x1) + x2 * x3');
  for (let k = 1; k < 1000; k++) lines.push(`t${k} = sin(x${4 * k} * x${4 * k + 1}) + x${4 * k + 2} * x${4 * k + 3} + t${k - 1}`);
  return lines.join('\n');
}

/** What is typed at the end: a new last line, so the program (and the output) changes at each key. */
export const TYPED = '\nz = t999 * 2 + sin(x7) * x8 - x9 / 3';

interface KeyRecord { at: number; inserted: boolean; frame: number | null }

const LATE_MS = 33;

export interface TypingFigures {
  readonly keys: number;
  readonly totalMs: number;
  /** Keys whose character was painted more than a frame after the key (33 ms: the frame under way, then one more). */
  readonly lateKeys: number;
  readonly medianToFrameMs: number;
  readonly worstToFrameMs: number;
  readonly longTasks: readonly number[];
  /** From the last key to the page showing the final text's analysis (the status gone). */
  readonly settledMs: number;
}

/** Pastes `source`, waits until it is analysed and shown, then types TYPED at its end at 80 ms a key. */
export async function typeIntoBig(page: Page, source: string): Promise<TypingFigures> {
  await page.evaluate((text) => {
    const area = document.querySelector('textarea') as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, source);
  await settled(page, source.length, 300_000);
  await page.focus('textarea');
  await page.evaluate(() => {
    const area = document.querySelector('textarea') as HTMLTextAreaElement;
    area.setSelectionRange(area.value.length, area.value.length);
    const w = window as unknown as { keys_: KeyRecord[]; tasks_: number[]; typing_?: boolean };
    w.keys_ = [];
    w.tasks_ = [];
    if (w.typing_) return;
    w.typing_ = true;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.tasks_.push(e.duration); }).observe({ type: 'longtask' });
    // The probe never reads the textarea's value: after an edit, Chromium builds a 150 kB
    // value afresh at the first read (≈ 30 ms here), which would put the probe's own cost in
    // every key's frame. A key's character is in the text once its input event has fired.
    area.addEventListener('keydown', (e) => { if (e.key.length === 1 || e.key === 'Enter') w.keys_.push({ at: e.timeStamp, inserted: false, frame: null }); }, true);
    area.addEventListener('input', () => {
      const k = w.keys_.find((key) => !key.inserted);
      if (k) k.inserted = true;
    }, true);
    // Each frame: a key whose character is in the text is painted at the end of this frame.
    const tick = () => {
      for (const k of w.keys_) {
        if (k.frame !== null || !k.inserted) continue;
        k.frame = -1;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { k.frame = performance.now() - k.at; };
        channel.port2.postMessage(null);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await page.keyboard.type(TYPED, { delay: 80 });
  const totalMs = Date.now() - t0;
  const t1 = Date.now();
  await settled(page, source.length + TYPED.length, 300_000);
  const settledMs = Date.now() - t1;
  await page.waitForTimeout(300); // long tasks are reported after they end
  const { keys, tasks } = await page.evaluate(() => {
    const w = window as unknown as { keys_: KeyRecord[]; tasks_: number[] };
    return { keys: w.keys_, tasks: w.tasks_ };
  });
  if (keys.length !== TYPED.length) throw new Error(`typed ${TYPED.length} keys, the page saw ${keys.length}`);
  const toFrame = keys.map((k) => k.frame ?? Infinity).sort((a, b) => a - b);
  return {
    keys: keys.length,
    totalMs,
    lateKeys: toFrame.filter((t) => t > LATE_MS).length,
    medianToFrameMs: toFrame[Math.floor(toFrame.length / 2)],
    worstToFrameMs: toFrame[toFrame.length - 1],
    longTasks: tasks,
    settledMs,
  };
}

/**
 * Until the editor holds `length` characters and the page shows that text's analysis: no busy
 * status, and the graph (or the note that stands in for it) is not marked as behind the text.
 */
async function settled(page: Page, length: number, timeout: number): Promise<void> {
  await page.waitForFunction((n) => (document.querySelector('textarea') as HTMLTextAreaElement).value.length === n
    && !document.querySelector('[aria-busy="true"], .busy-note, .graph-view.analysing'), length, { timeout, polling: 100 });
}

/** DOM nodes alive in the page (CDP's count, after a forced garbage collection: detached trees kept by a cache count too). */
export async function domNodes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'Nodes')?.value ?? NaN;
}

type Report = (what: string, value: string, goal: string) => void;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const goal = (met: boolean, what: string) => `${what} (goal ${met ? 'met' : 'MISSED'})`;

/** `a0 = 0.5`, then `a_k = sin(a_{k-1})` to 5,000 lines: 5,000 nodes, a chain as deep as the program is long. */
const sinChain = ['a0 = 0.5', ...Array.from({ length: 4999 }, (_, k) => `a${k + 1} = sin(a${k})`)].join('\n');

/** The typing figures of issue 21, each beside its goal. */
export async function benchTyping(page: Page, report: Report): Promise<void> {
  for (const [what, source] of [['4,000 inputs, 8,999 nodes', manyInputs()], ['a deep sin chain, 5,000 nodes', sinChain]] as const) {
    const f = await typeIntoBig(page, source);
    const longest = Math.max(0, ...f.longTasks);
    report(`type ${f.keys} keys at 80 ms into 5,000 lines (${what})`, `${(f.totalMs / 1000).toFixed(1)} s`, `${(f.keys * 0.08).toFixed(1)} s (the typist's own pace)`);
    report('  longest task while typing', ms(longest), goal(longest <= 100, `≤ 100 ms; ${f.longTasks.length} over 50 ms`));
    report(`  keys painted later than ${LATE_MS} ms (the frame under way, then one more)`, `${f.lateKeys} of ${f.keys}`, goal(f.lateKeys === 0, '0'));
    report('  key → painted frame, median / worst', `${f.medianToFrameMs.toFixed(1)} / ${f.worstToFrameMs.toFixed(1)} ms`, 'within a frame');
    report('  last key → its analysis shown (may lag; the lag is shown)', ms(f.settledMs), 'follows in stages');
  }
}

/** DOM nodes before and after opening 40 programs (the examples in turn, then generated ones), each stepped to its end. */
export async function benchDomGrowth(page: Page, report: Report, programs: readonly string[]): Promise<void> {
  const before = await domNodes(page);
  for (const source of programs) {
    await page.evaluate((text) => {
      const area = document.querySelector('textarea') as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, source);
    // Walk the steps back from the end, so every step's formulas are typeset once.
    await page.evaluate(async () => {
      const press = async (name: string) => {
        const b = document.querySelector(`button[aria-label="${name}"]`) as HTMLButtonElement | null;
        if (b && !b.disabled) b.click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      };
      await press('Last step');
      for (let k = 0; k < 6; k++) await press('Previous step');
    });
  }
  const after = await domNodes(page);
  report(`DOM nodes after opening ${programs.length} programs`, `${before} → ${after}`, goal(after - before <= 10_000, 'bounded: ≤ 10,000 more (the formula cache holds ≤ 5,000)'));
}
