/**
 * A model-based test of "nothing the student typed is lost" (issue 21): random sequences of what
 * a student does across two tabs of one browser — type, pick an example, open a link, open a
 * file, bring back a kept text, take another tab's kept work, reload, close a tab and open a new
 * one — over the real store, autosave and other-tab watch, sharing one fake local storage.
 *
 * The model is the set of texts the student typed and has not typed over since. After every
 * action each of them is (a) kept in storage, so a reload or a new tab finds it, and (b) while a
 * tab is open, in one: on screen, in the picker's kept texts, or offered by the other-tab
 * message. Edits of examples are capped (MAX_EDITS, oldest dropped): only the newest few of
 * those are required.
 *
 * Fixed seed in `npm test`; `npm run fuzz` sets MODEL_RUNS=10 (ten times the runs) and a seed.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../presets/index.ts';
import { openShared } from './addressSync.ts';
import { MAX_EDITS, sharedPart } from './lessonState.ts';
import { openKept } from './otherTab.ts';
import { studentWork } from './origin.ts';
import { createChainruleStore, lessonRecord } from './store.ts';
import { openTab, sharedStorage, type Tab } from '../testing/tabs.ts';

const RUNS = 100 * Number(process.env.MODEL_RUNS ?? 1);
const SEED = Number(process.env.MODEL_SEED ?? 2021);
const TABS = 2;

interface Model {
  /** Texts typed and not typed over since, with whether each is an edit of an example and when it was typed. */
  readonly live: Map<string, { readonly example: boolean; readonly at: number }>;
  readonly open: boolean[];
}

interface Real {
  readonly shared: ReturnType<typeof sharedStorage>;
  readonly tabs: (Tab | null)[];
  n: number;
}

let allTabs: Tab[] = [];
const open = (real: Real, k: number) => {
  const tab = openTab(real.shared);
  allTabs.push(tab);
  real.tabs[k] = tab;
};
afterEach(() => {
  for (const t of allTabs) t.close();
  allTabs = [];
});

const program = (n: number) => `p${n} = ${n}\nf = p${n} * 2\n`;
const link = (source: string, presetId: string | null) =>
  sharedPart({ ...lessonRecord(createChainruleStore().getState()), source, presetId, step: 0 });

type Cmd = fc.Command<Model, Real>;
const onOpenTab = (k: number, name: string, act: (tab: Tab, real: Real, model: Model) => void): Cmd => ({
  check: (m) => m.open[k],
  run(model, real) {
    act(real.tabs[k]!, real, model);
    expectNothingLost(model, real);
  },
  toString: () => `${name}@${k}`,
});

const type = (k: number, fresh: boolean) => onOpenTab(k, fresh ? 'typeNew' : 'typeMore', (tab, real, model) => {
  const before = tab.store.getState();
  const text = fresh ? program(++real.n) : `${before.source}# ${++real.n}\n`;
  tab.store.getState().setSource(text);
  model.live.delete(before.source); // typed over: the new text is the one that counts
  const after = tab.store.getState();
  model.live.set(text, { example: after.presetId !== null, at: real.n });
});
const pick = (k: number, id: string) => onOpenTab(k, `pick(${id})`, (tab) => tab.store.getState().loadPreset(id));
const openLink = (k: number, presetId: string | null) => onOpenTab(k, `link(${presetId})`, (tab, real) => {
  const preset = PRESETS.find((p) => p.id === presetId);
  openShared(tab.store, link(preset ? `${preset.source}# linked ${++real.n}\n` : program(++real.n), presetId));
});
const openFile = (k: number) => onOpenTab(k, 'file', (tab, real) => tab.store.getState().openProgram(program(++real.n)));
const backToOwn = (k: number) => onOpenTab(k, 'own', (tab) => tab.store.getState().restoreOwn());
const backToEdit = (k: number, i: number) => onOpenTab(k, `edit(${i})`, (tab) => {
  const { edits } = tab.store.getState();
  if (edits.length > 0) tab.store.getState().restoreEdit(i % edits.length);
});
const takeKept = (k: number) => onOpenTab(k, 'openKept', (tab) => openKept(tab.store, tab.notice));
const reload = (k: number) => onOpenTab(k, 'reload', (tab, real) => {
  tab.close();
  open(real, k);
});
const close = (k: number) => onOpenTab(k, 'close', (tab, real, model) => {
  tab.close();
  real.tabs[k] = null;
  model.open[k] = false;
});
const newTab = (k: number): Cmd => ({
  check: (m) => !m.open[k],
  run(model, real) {
    open(real, k);
    model.open[k] = true;
    expectNothingLost(model, real);
  },
  toString: () => `newTab@${k}`,
});

/** What a reload (or a new tab) would find: the page it opens, its picker and its other-tab message. */
function foundByReload(real: Real): Set<string> {
  const probe = openTab(real.shared);
  const texts = textsOf(probe);
  probe.close();
  return texts;
}

/** The texts a tab shows: on screen, in the picker, in the other-tab message. */
function textsOf(tab: Tab): Set<string> {
  const s = tab.store.getState();
  return new Set([s.source, ...studentWork(s).map((w) => w.text), ...(tab.notice.getState().kept?.works ?? []).map((w) => w.text)]);
}

function expectNothingLost(model: Model, real: Real): void {
  const examples = [...model.live].filter(([, v]) => v.example).sort((a, b) => b[1].at - a[1].at);
  const required = [...model.live.keys()].filter((t) => !model.live.get(t)!.example || examples.slice(0, MAX_EDITS / 2).some(([e]) => e === t));
  const reloaded = foundByReload(real);
  for (const text of required) {
    // Kept in storage: a reload finds it (so it is reachable from any open tab too).
    expect(reloaded.has(text), `a reload finds ${JSON.stringify(text)}`).toBe(true);
  }
}

const perTab = (k: number): fc.Arbitrary<Cmd>[] => [
  fc.boolean().map((fresh) => type(k, fresh)),
  fc.boolean().map((fresh) => type(k, fresh)),
  fc.constantFrom(...PRESETS.slice(0, 4).map((p) => p.id)).map((id) => pick(k, id)),
  fc.constantFrom<string | null>(null, null, PRESETS[1].id).map((id) => openLink(k, id)),
  fc.constant(openFile(k)),
  fc.constant(backToOwn(k)),
  fc.nat({ max: 9 }).map((i) => backToEdit(k, i)),
  fc.constant(takeKept(k)),
  fc.constant(reload(k)),
  fc.constant(close(k)),
  fc.constant(newTab(k)),
];

describe('nothing the student typed is lost, whatever they do across two tabs', () => {
  it(`holds over ${RUNS} random sequences of actions (seed ${SEED})`, () => {
    const commands = fc.commands(Array.from({ length: TABS }, (_, k) => perTab(k)).flat(), { maxCommands: 40 });
    fc.assert(
      fc.property(commands, (cmds) => {
        const real: Real = { shared: sharedStorage(), tabs: Array.from({ length: TABS }, () => null), n: 0 };
        for (let k = 0; k < TABS; k++) open(real, k);
        fc.modelRun(() => ({ model: { live: new Map(), open: Array.from({ length: TABS }, () => true) }, real }), cmds);
        for (const t of allTabs) t.close();
        allTabs = [];
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000 * Number(process.env.MODEL_RUNS ?? 1));
});
