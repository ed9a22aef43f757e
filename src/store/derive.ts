/**
 * What the view shows, derived from the stored text. Analyses are memoised by source text, so
 * rendering, stepping and re-rendering never recompute them. A value edit re-parses the text
 * (the text is the truth) but keeps the graph's shape, so the layout, cached by `layoutKey`,
 * is reused rather than recomputed.
 *
 * A big program is analysed in stages, one task each (parse, build, evaluate, schedule: see
 * `analyzeViewInStages`), so a 20,000-node paste never holds the page for long and typing stays
 * live meanwhile. Until its analysis lands, `derive` answers `pending` and the view keeps what
 * it drew; `subscribeAnalyses` tells when one lands. Why not a worker: the analysis is classes
 * with lazy TeX getters (core/steps.ts), which a structured clone drops, and cloning even its
 * plain parts (graph, AST, trace) measured slower than building them: 20k nodes, 9 MB, about
 * 300 ms to serialise and 500 ms to read back, against 210 ms to parse and build (bench/stages.ts).
 *
 * The memo is bounded by what it holds, not just by count: an analysis costs a few kB per node
 * (≈ 3.5 MB for 2,000 nodes), so it keeps many small programs but only a few big ones. Undo,
 * redo and flipping between presets hit it; a hundred edits of a big program do not pile up.
 */
import { analyzeViewInStages, DEFAULT_DETAIL, type Analysis, type Detail, type ProgramError, type Result } from '../core/index.ts';

export type Derived =
  | { readonly ok: true; readonly analysis: Analysis; readonly pending?: undefined }
  | { readonly ok: false; readonly error: ProgramError; readonly pending?: undefined }
  /** A big program whose staged analysis has not landed yet. */
  | { readonly ok: false; readonly error: null; readonly pending: true };

export const PENDING: Derived = Object.freeze({ ok: false, error: null, pending: true });

/**
 * From this many characters a program is analysed in stages. A 1,000-node program (≈ 7,000
 * characters) is analysed in one go, so a keystroke draws in its own frame; a 2,000-node one
 * (≈ 14,000) takes about 100 ms to analyse, which is where a single task starts to freeze.
 */
export const STAGED_MIN_CHARS = 10_000;

const cache = new Map<string, Derived>();
/** At most this many analyses… */
const CACHE_ENTRIES = 16;
/** …holding at most this many graph nodes between them… */
const CACHE_NODES = 10_000;
/**
 * …but always the newest two, however big: the text on screen and the fallback drawn while it is
 * analysed. With one, two big programs asked for in turn would evict each other on every render.
 */
const CACHE_KEEP = 2;
let cachedNodes = 0;

const weight = (derived: Derived): number => (derived.ok ? derived.analysis.graph.nodes.length : 1);

/**
 * The memo's key, itself memoised for the last two texts asked about (the text and its fallback):
 * a key built afresh is a new string that the Map hashes whole, and a keystroke asks for the
 * same 100 kB text a dozen times.
 */
const NO_EXPAND: readonly number[] = [];
type KeyMemo = { readonly source: string; readonly detail: Detail; readonly expand: readonly number[]; readonly key: string };
let recentKeys: readonly KeyMemo[] = [];
function keyOf(source: string, detail: Detail, expand: readonly number[]): string {
  const hit = recentKeys.find((k) => k.source === source && k.detail === detail && k.expand === expand);
  if (hit) return hit.key;
  const key = `${detail}|${detail === 'gates' ? expand.join(',') : ''}|${source}`;
  recentKeys = [{ source, detail, expand, key }, ...recentKeys.slice(0, 1)];
  return key;
}

/** Keyed by (source, detail) — and, in the Gates view, which fused gates are drawn expanded. */
export function derive(source: string, detail: Detail = DEFAULT_DETAIL, expand: readonly number[] = NO_EXPAND): Derived {
  if (source.length < STAGED_MIN_CHARS) return deriveNow(source, detail, expand);
  const key = keyOf(source, detail, expand);
  const hit = recall(key);
  if (hit) return hit;
  request(key, () => analyzeViewInStages(source, { detail, expand }));
  return PENDING;
}

/** `derive` in one go, whatever the size: for callers that cannot wait (and for tests). */
export function deriveNow(source: string, detail: Detail = DEFAULT_DETAIL, expand: readonly number[] = NO_EXPAND): Derived {
  const key = keyOf(source, detail, expand);
  const hit = recall(key);
  if (hit) return hit;
  const stages = analyzeViewInStages(source, { detail, expand });
  let r = stages.next();
  while (!r.done) r = stages.next();
  return remember(key, r.value);
}

function recall(key: string): Derived | undefined {
  const hit = cache.get(key);
  if (hit) {
    // Re-insert: the Map's insertion order doubles as recency, least recent first.
    cache.delete(key);
    cache.set(key, hit);
  }
  return hit;
}

function remember(key: string, result: Result<Analysis>): Derived {
  const derived: Derived = result.ok ? { ok: true, analysis: result.value } : { ok: false, error: result.error };
  cache.set(key, derived);
  cachedNodes += weight(derived);
  while (cache.size > CACHE_KEEP && (cache.size > CACHE_ENTRIES || cachedNodes > CACHE_NODES)) {
    const [oldest, entry] = cache.entries().next().value as [string, Derived];
    cache.delete(oldest);
    cachedNodes -= weight(entry);
  }
  return derived;
}

// ── The staged analyses ──────────────────────────────────────────────────────────────────────

type Stages = Generator<void, Result<Analysis>>;

/**
 * The keys asked for most recently, newest last, each with how to start its analysis. Two, for
 * the text on screen and its fallback; a key that falls out (typing went on) is dropped, and
 * if it is the one running, its analysis is abandoned between stages.
 */
const WANTED = 2;
const wanted = new Map<string, () => Stages>();
let running: { readonly key: string; readonly stages: Stages } | null = null;
const listeners = new Set<() => void>();
let landed = 0;

/**
 * While a big program is typed into, its re-analysis waits for a pause in the typing: a stage
 * task between two keys (tens of ms each on 9,000 nodes) would hold back the next key's echo.
 * A text asked for within TYPING_PAUSE_MS of the one before starts a burst, and no stage runs
 * until the burst has been quiet that long; a lone request (a paste, a pick) starts at once.
 * The page shows the analysis as pending meanwhile: it lags, it never freezes.
 */
const TYPING_PAUSE_MS = 200;
let lastNewRequest = -Infinity;
let holdUntil = -Infinity;

/** Calls `listener` each time a staged analysis lands in the memo; returns the unsubscribe. */
export function subscribeAnalyses(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many staged analyses have landed: a snapshot for useSyncExternalStore. */
export const analysesLanded = () => landed;

function request(key: string, start: () => Stages): void {
  if (!wanted.has(key)) {
    const now = performance.now();
    const burst = now - lastNewRequest < TYPING_PAUSE_MS;
    lastNewRequest = now;
    if (burst) {
      holdUntil = now + TYPING_PAUSE_MS;
      // The text being analysed is already behind the typing: start again on the newest after the pause.
      running = null;
    }
  }
  wanted.delete(key);
  wanted.set(key, start);
  while (wanted.size > WANTED) wanted.delete(wanted.keys().next().value as string);
  if (running && !wanted.has(running.key)) running = null;
  if (!running) scheduleStage();
}

let stageScheduled = false;
/** One chain of stage tasks at a time, however many requests come in between. */
function scheduleStage(): void {
  if (stageScheduled) return;
  stageScheduled = true;
  const run = () => {
    const wait = holdUntil - performance.now();
    if (wait > 0) {
      setTimeout(run, wait);
      return;
    }
    stageScheduled = false;
    runStage();
  };
  nextTask(run);
}

/** One stage of the running analysis (starting the newest wanted one if none runs), in its own task. */
function runStage(): void {
  if (!running) {
    const key = [...wanted.keys()].pop();
    if (key === undefined) return;
    running = { key, stages: (wanted.get(key) as () => Stages)() };
  }
  const job = running;
  const r = job.stages.next();
  if (!r.done) {
    scheduleStage();
    return;
  }
  running = null;
  // Texts asked for before this one are behind it: the view shows this one now, never them.
  for (const key of [...wanted.keys()]) {
    wanted.delete(key);
    if (key === job.key) break;
  }
  remember(job.key, r.value);
  // The view re-renders with it in a task of its own, not on top of the last stage.
  nextTask(() => {
    landed++;
    for (const listener of listeners) listener();
    if (wanted.size > 0) scheduleStage();
  });
}

/** Runs `task` as a new task, after input and rendering waiting in between (a message, not setTimeout's 4 ms clamp). */
let channel: MessageChannel | null = null;
const tasks: (() => void)[] = [];
function nextTask(task: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => (tasks.shift() as () => void)();
  }
  tasks.push(task);
  channel.port2.postMessage(null);
}

