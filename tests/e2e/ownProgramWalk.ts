/**
 * A seeded random walk of what a student does across two tabs of one browser: type, pick an
 * example, open a link, open a file, reload, Back and Forward, close a tab and open a new one.
 * After every action, every text typed and not typed over since is kept in local storage where a
 * reload finds it (on screen, in the picker, or offered by the other-tab message). Edits of
 * examples are capped (MAX_EDITS, oldest dropped): only the newest few of those are required.
 *
 * `npm test` walks WALK_STEPS actions from a fixed seed; `npm run fuzz` sets MODEL_RUNS=10 (ten
 * times the steps) and MODEL_SEED.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { PRESETS } from '../../src/presets/index.ts';
import { MAX_EDITS } from '../../src/store/lessonState.ts';
import { editor, seededRandom } from './helpers.ts';
import { foundByReload, linkTo, savedLesson, storage } from './ownProgramStorage.ts';

export const WALK_STEPS = 14 * Number(process.env.MODEL_RUNS ?? 1);
export const WALK_SEED = Number(process.env.MODEL_SEED ?? 2021);

/** mulberry32 (helpers.ts), so a walk replays from its seed. */
const random = seededRandom;

const ACTIONS = ['type', 'type', 'type', 'pick', 'link', 'file', 'reload', 'back', 'forward', 'close'] as const;
type Action = (typeof ACTIONS)[number] | 'newTab';

interface Walk {
  readonly pages: (Page | null)[];
  /** Texts typed and not typed over since: whether each is an edit of an example, and when typed. */
  readonly live: Map<string, { readonly example: boolean; readonly at: number }>;
  n: number;
}

const program = (n: number) => `p${n} = ${n}\nf = p${n} * 2\n`;
const ready = (page: Page) => expect(editor(page)).toBeVisible();

async function act(context: BrowserContext, w: Walk, k: number, action: Action, rand: () => number): Promise<void> {
  const page = w.pages[k]!;
  const n = ++w.n;
  switch (action) {
    case 'type': {
      const before = await editor(page).inputValue();
      const text = rand() < 0.5 ? program(n) : `${before}# w${n}\n`;
      await editor(page).fill(text);
      await expect.poll(async () => savedLesson(await storage(page))?.source).toBe(text);
      const example = savedLesson(await storage(page))?.presetId !== null;
      w.live.delete(before);
      w.live.set(text, { example, at: n });
      return;
    }
    case 'pick': {
      const preset = PRESETS[Math.floor(rand() * 4)];
      await page.getByLabel('Example').selectOption(preset.id);
      return void (await expect(editor(page)).toHaveValue(preset.source));
    }
    case 'link': {
      // A link arrives as a page load (from a chat, an e-mail).
      await page.goto((await linkTo(program(n))).replace('/#', `/?from=link${n}#`));
      return void (await expect(editor(page)).toHaveValue(program(n)));
    }
    case 'file':
      await page.getByLabel('Program file to open').setInputFiles({ name: `p${n}.txt`, mimeType: 'text/plain', buffer: Buffer.from(program(n)) });
      return void (await expect(editor(page)).toHaveValue(program(n)));
    case 'reload':
      await page.reload();
      return ready(page);
    case 'back':
      await page.goBack();
      return ready(page);
    case 'forward':
      await page.goForward();
      return ready(page);
    case 'close':
      await page.close();
      w.pages[k] = null;
      return;
    case 'newTab': {
      const fresh = await context.newPage();
      await fresh.goto('/');
      w.pages[k] = fresh;
      return ready(fresh);
    }
  }
}

/** The typed texts a reload of the app would no longer find. */
async function lost(w: Walk): Promise<string[]> {
  const page = w.pages.find((p) => p !== null)!;
  const found = foundByReload(await storage(page));
  const examples = [...w.live].filter(([, v]) => v.example).sort((a, b) => b[1].at - a[1].at).slice(0, MAX_EDITS / 2).map(([t]) => t);
  return [...w.live].filter(([t, v]) => (!v.example || examples.includes(t)) && !found.has(t)).map(([t]) => t);
}

/** Walks `steps` actions from `seed` over `first` and a second tab; returns the log of actions. */
export async function walk(context: BrowserContext, first: Page, seed: number, steps: number): Promise<string[]> {
  const rand = random(seed);
  const w: Walk = { pages: [first, null], live: new Map(), n: 0 };
  await act(context, w, 1, 'newTab', rand);
  const log: string[] = [];
  for (let i = 0; i < steps; i++) {
    const k = rand() < 0.5 ? 0 : 1;
    let action: Action = w.pages[k] ? ACTIONS[Math.floor(rand() * ACTIONS.length)] : 'newTab';
    // The last open tab stays open: the walk reads storage through it.
    if (action === 'close' && w.pages.filter((p) => p !== null).length < 2) action = 'reload';
    log.push(`${action}@${k}`);
    await act(context, w, k, action, rand);
    await expect.poll(() => lost(w), { message: `lost after ${log.join(', ')} (seed ${seed})` }).toEqual([]);
  }
  return log;
}
