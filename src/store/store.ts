/**
 * The one store: source text, step index, playback and settings — nothing derivable.
 * A vanilla Zustand store (testable without React) with a thin hook for components.
 * Its serialisable part is the lesson record (lessonState.ts): autosave writes it, a reload
 * restores it.
 *
 * Two paths change the text. Typing (`setSource`) is the student's; every other change (a
 * slider, "declare", an example pick) is an app edit, which goes through the editor when one
 * is connected so that it becomes one step of the browser's own undo, beside the typing.
 *
 * Half-typed text. Every text that compiles is drawn at once (no debounce). While the text has
 * an error, the graph kept on screen is `lastGoodSource`: the last program the student
 * FINISHED, not the last one that happened to compile on the way (`f = sgn` on the way to
 * `f = sgn(x)`). A compiling text counts as finished once it has stood for SETTLE_MS with no
 * further typing, or at once when the app put it there (an example, a slider, a restore).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { declareInput, DEFAULT_DETAIL, matchStep, setInputValue, type Detail } from '../core/index.ts';
import { DEFAULT_PRESET, presetById } from '../presets/index.ts';
import { clampStep, derive } from './derive.ts';
import { modeStepCount, type Mode } from './forward.ts';
import type { KeptEdit, LessonProblem, LessonRecord } from './lessonState.ts';
import { keep, originOf } from './origin.ts';
import type { Language } from '../i18n/index.ts';

/** Idle time after which a compiling text counts as finished (see the header). */
export const SETTLE_MS = 1000;

export interface Settings {
  /** Steps per second while playing. */
  readonly speed: number;
}

export interface State {
  readonly source: string;
  /** The last finished program: drawn, marked stale, while the text has an error. */
  readonly lastGoodSource: string;
  /** The stored step; the view clamps it to the schedule it shows. */
  readonly step: number;
  readonly playing: boolean;
  readonly settings: Settings;
  /** The example the text was picked from (possibly edited since); null for the student's own program. */
  readonly presetId: string | null;
  /** The student's own program, kept while an example is on screen (see origin.ts). */
  readonly ownText: string | null;
  /** Examples the student edited and then left, newest first. */
  readonly edits: readonly KeptEdit[];
  readonly selected: number | null;
  readonly hovered: number | null;
  /** Trainable marks the student changed, by input name; unmarked inputs follow the preset (or train, in a typed program). */
  readonly trained: Readonly<Record<string, boolean>>;
  /** α of the SGD step and of training. */
  readonly learningRate: number;
  /** Level of detail: Statements, Gates or Primitives. */
  readonly detail: Detail;
  /** Fused gates the student expanded in the Gates view, by position among the program's fused calls. */
  readonly expanded: readonly number[];
  /** Reverse mode (backprop) or forward mode (tangents for one input). */
  readonly mode: Mode;
  /** The input forward mode differentiates by (null: the first input). */
  readonly wrt: string | null;
  /** Practice: each step asks before it tells. */
  readonly practice: boolean;
  /** The UI's language: the browser's at first (main.tsx), then the student's choice. */
  readonly language: Language;
  /** Presenter mode: the graph and the explanation fill the screen, in projector sizes. */
  readonly presenter: boolean;
  /** Steps whose practice questions are done in this session (reset when the program or mode changes). */
  readonly answered: readonly number[];
  /** Why the program is not (or was not) kept by autosave; null while saving works. Not saved itself. */
  readonly storageProblem: StorageProblem | null;
}

/** Why no saved lesson could be read: storage itself refused (`storage`), or the record's own problem. */
export type SaveProblem = LessonProblem | { readonly code: 'storage' };

export type StorageProblem =
  | { readonly kind: 'unreadable'; readonly reason: SaveProblem }
  | { readonly kind: 'not-saving' };

/**
 * Puts a whole new text into the editor as one undoable edit. Returns false when it could not
 * (no editor on screen); the store then sets the text itself. Successive edits of one `group`
 * (one slider drag) amend each other: the whole drag is one undo step.
 */
export type EditorSink = (next: string, group?: string) => boolean;

export interface Actions {
  /** The student's typing (or the browser's undo of it). */
  setSource(source: string): void;
  /** Any other change to the text (an SGD update, say): one undo step, finished at once. */
  applyEdit(next: string, group?: string): void;
  loadPreset(id: string): void;
  /** Brings back the student's own program. */
  restoreOwn(): void;
  /** Brings back a kept edit of an example, by its index in `edits`. */
  restoreEdit(index: number): void;
  goTo(step: number): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  /** `group` names one gesture (a slider drag) whose edits undo as one. */
  setInput(name: string, value: number, group?: string): void;
  declare(name: string, value: number): void;
  /** Declares every listed input in one edit, in the order given. */
  declareAll(inputs: readonly { readonly name: string; readonly value: number }[]): void;
  select(node: number | null): void;
  hover(node: number | null): void;
  /** Sets several inputs in one edit of the text (an SGD step moves every trained input at once). */
  setInputs(values: readonly { readonly name: string; readonly value: number }[]): void;
  /** Marks inputs as trained or not (merged into the marks already made). */
  setTrained(marks: Readonly<Record<string, boolean>>): void;
  setLearningRate(lr: number): void;
  /** Switches the view, keeping the current node (or the nearest step of the same phase). */
  setDetail(detail: Detail): void;
  /** Draws one fused gate (by its position among the fused calls) as its elementary gates. */
  expandGate(ordinal: number): void;
  setMode(mode: Mode): void;
  setWrt(name: string): void;
  setPractice(on: boolean): void;
  setLanguage(language: Language): void;
  setPresenter(on: boolean): void;
  markAnswered(step: number): void;
  /** Takes over a saved lesson, as on a reload. */
  restore(record: LessonRecord): void;
  /** Routes app edits through the editor; returns the disconnect. */
  connectEditor(sink: EditorSink): () => void;
}

export type Store = State & Actions;

export const initialState: State = {
  source: DEFAULT_PRESET.source,
  lastGoodSource: DEFAULT_PRESET.source,
  step: 0,
  playing: false,
  settings: { speed: 2 },
  presetId: DEFAULT_PRESET.id,
  ownText: null,
  edits: [],
  selected: null,
  hovered: null,
  trained: {},
  learningRate: 0.01,
  detail: DEFAULT_DETAIL,
  expanded: [],
  mode: 'reverse',
  wrt: null,
  practice: false,
  language: 'en',
  presenter: false,
  answered: [],
  storageProblem: null,
};

/** The serialisable part of the state: what autosave writes and a link will carry. */
export function lessonRecord(s: State): LessonRecord {
  return {
    source: s.source,
    fallback: s.lastGoodSource === s.source ? null : s.lastGoodSource,
    step: s.step,
    presetId: s.presetId,
    speed: s.settings.speed,
    detail: s.detail,
    expanded: s.expanded,
    trained: s.trained,
    learningRate: s.learningRate,
    ownText: s.ownText,
    edits: s.edits,
    mode: s.mode,
    wrt: s.wrt,
    practice: s.practice,
    language: s.language,
    presenter: s.presenter,
  };
}

export function createChainruleStore(init: Partial<State> = {}) {
  return createStore<Store>()((set, get) => {
    let sink: EditorSink | null = null;
    let settleTimer: ReturnType<typeof setTimeout> | undefined;

    const view = (source: string) => derive(source, get().detail, get().expanded);
    const stepCount = (source: string) => {
      const d = view(source);
      return modeStepCount(d.ok ? d.analysis : null, get().mode, get().wrt, get().detail);
    };
    /** The text whose graph is on screen: the text itself when it compiles, else the fallback. */
    const shownSource = () => (view(get().source).ok ? get().source : get().lastGoodSource);
    const shownStep = () => {
      const d = view(shownSource());
      return clampStep(get().step, d.ok ? d.analysis : null);
    };
    /** Moves to another view (or another expansion) of the shown program, keeping the place. */
    const switchView = (change: Pick<State, 'detail' | 'expanded'>) => {
      const before = view(shownSource());
      const { step, selected } = get();
      set(change);
      const after = view(shownSource());
      if (!before.ok || !after.ok) return;
      const from = before.analysis;
      const to = after.analysis;
      const old = selected === null ? undefined : from.graph.nodes[selected];
      // The selection follows its name, or the gate an expansion replaced (its top gate: the last with its span).
      const same = old && (old.name !== undefined ? to.graph.names.get(old.name)
        : to.graph.nodes.findLast((n) => n.span.start === old.span.start && n.span.end === old.span.end)?.id);
      // Forward mode's steps follow the tape's order in any view: it starts over.
      const next = get().mode === 'forward' ? 0 : matchStep(from, clampStep(step, from), to);
      set({ step: next, selected: same ?? null, answered: [] });
    };
    const goTo = (step: number) => {
      set({ step: Math.max(0, Math.min(step, stepCount(shownSource()) - 1)) });
    };
    /** The text on screen is finished: it becomes the fallback, and the step fits its schedule. */
    const settle = () => {
      clearTimeout(settleTimer);
      const { source, step } = get();
      const now = view(source);
      // A big text still being analysed is finished once its analysis lands and has stood a moment.
      if (now.pending) settleTimer = setTimeout(settle, SETTLE_MS / 4);
      if (!now.ok) return;
      // A new program asks its questions afresh.
      const answered = source === get().lastGoodSource ? get().answered : [];
      set({ lastGoodSource: source, step: Math.max(0, Math.min(step, stepCount(source) - 1)), answered });
    };
    /** An app edit: through the editor (one undo step) if there is one, and finished at once. */
    const appEdit = (next: string, group?: string) => {
      if (next !== get().source && !(sink?.(next, group) && get().source === next)) get().setSource(next);
      settle();
    };

    return {
      ...initialState,
      ...init,
      setSource(source) {
        set({ source, presetId: originOf(source, get()) });
        clearTimeout(settleTimer);
        const now = view(source);
        if (now.ok || now.pending) settleTimer = setTimeout(settle, SETTLE_MS);
      },
      applyEdit: appEdit,
      loadPreset(id) {
        const preset = presetById(id);
        if (!preset) return;
        set({ ...keep(get()), presetId: id, step: 0, playing: false, selected: null, hovered: null, expanded: [], answered: [], trained: {} });
        appEdit(preset.source);
      },
      restoreOwn() {
        const { ownText } = get();
        if (ownText === null) return;
        set({ ...keep(get()), presetId: null, step: 0, playing: false, selected: null, hovered: null, expanded: [], answered: [] });
        appEdit(ownText);
      },
      restoreEdit(index) {
        const edit = get().edits[index];
        if (!edit) return;
        set({ ...keep(get()), presetId: edit.presetId, step: 0, playing: false, selected: null, hovered: null, expanded: [], answered: [] });
        appEdit(edit.text);
      },
      goTo,
      next: () => goTo(shownStep() + 1),
      previous: () => goTo(shownStep() - 1),
      first: () => goTo(0),
      last: () => goTo(stepCount(shownSource()) - 1),
      setPlaying(playing) {
        const atEnd = shownStep() >= stepCount(shownSource()) - 1;
        // Play at the last step starts over, as a media player does.
        if (playing && atEnd) set({ step: 0 });
        set({ playing });
      },
      setSpeed: (speed) => set({ settings: { ...get().settings, speed } }),
      setInput(name, value, group) {
        appEdit(setInputValue(get().source, name, value), group);
      },
      declare(name, value) {
        appEdit(declareInput(get().source, name, value));
      },
      declareAll(inputs) {
        // declareInput adds a first line, so the last name goes in first.
        appEdit(inputs.reduceRight((text, { name, value }) => declareInput(text, name, value), get().source));
      },
      setInputs(values) {
        appEdit(values.reduce((text, { name, value }) => setInputValue(text, name, value), get().source));
      },
      setTrained: (marks) => set({ trained: { ...get().trained, ...marks } }),
      setLearningRate: (learningRate) => set({ learningRate }),
      select: (selected) => set({ selected }),
      hover: (hovered) => set({ hovered }),
      setDetail(detail) {
        if (detail !== get().detail) switchView({ detail, expanded: get().expanded });
      },
      expandGate(ordinal) {
        if (!get().expanded.includes(ordinal)) switchView({ detail: get().detail, expanded: [...get().expanded, ordinal] });
      },
      setMode: (mode) => set({ mode, step: 0, playing: false, answered: [] }),
      setWrt: (wrt) => set({ wrt, step: 0, playing: false, answered: get().mode === 'forward' ? [] : get().answered }),
      setPractice: (practice) => set({ practice, playing: false }),
      setLanguage: (language) => set({ language }),
      setPresenter: (presenter) => set({ presenter }),
      markAnswered(step) {
        if (!get().answered.includes(step)) set({ answered: [...get().answered, step] });
      },
      restore(record) {
        clearTimeout(settleTimer);
        const { source, fallback } = record;
        // Whether a text compiles does not depend on the view; a big one still being analysed counts as finished.
        const finished = derive(source).ok || derive(source).pending || fallback === null || !derive(fallback).ok ? source : fallback;
        set({
          source, lastGoodSource: finished, step: record.step, presetId: record.presetId,
          settings: { ...get().settings, speed: record.speed }, ownText: record.ownText, edits: record.edits,
          detail: record.detail, expanded: record.expanded, playing: false, selected: null, hovered: null,
          mode: record.mode, wrt: record.wrt, practice: record.practice, answered: [],
          language: record.language ?? get().language, presenter: record.presenter,
          trained: record.trained, learningRate: record.learningRate,
        });
      },
      connectEditor(next) {
        sink = next;
        return () => {
          if (sink === next) sink = null;
        };
      },
    };
  });
}

export const appStore = createChainruleStore();

export function useChainrule<T>(selector: (s: Store) => T): T {
  return useStore(appStore, selector);
}
