/**
 * The one store: source text, step index, playback and settings — nothing derivable.
 * A vanilla Zustand store (testable without React) with a thin hook for components. The lesson
 * lives here; the slices independent of it (preferences, hover and selection, training settings,
 * storage status) live in slices.ts. What the page shows of the lesson — the program drawn, its
 * step count, the clamped step — is the lesson view's (src/view/lessonView.ts): `lesson()`.
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
 *
 * The place. The step names a node of the program drawn. When the program changes under it (an
 * edit, a view switch, a big text's analysis landing) the step follows that node where the new
 * program has it (core's matchStep), counted from the place the student last chose: a text that
 * compiles on the way, or a round trip through another view, does not move the lesson.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { declareInput, matchStep, setInputValue, tapeDetail, type Analysis } from '../core/index.ts';
import { presetById, presetSource } from '../presets/index.ts';
import { clampStep, createLessonView, followEdit, type LessonView } from '../view/lessonView.ts';
import { entryScalarStep, entryStepAt, layerToScalarStep, scalarToLayerStep } from '../view/layers/layersView.ts';
import { analysesLanded, derive, subscribeAnalyses } from './derive.ts';
import { exampleInLanguage, keep, openedOrigin, originOf, type Provenance } from './origin.ts';
import { pointerSlice, preferencesSlice, trainingSlice } from './slices.ts';
import { initialState, type EditorSink, type State, type Store } from './state.ts';

export type { SaveProblem, Settings, StorageProblem } from './slices.ts';
export { initialState, lessonRecord } from './state.ts';
export type { Actions, EditorSink, LessonActions, LessonState, State, Store } from './state.ts';

/** Idle time after which a compiling text counts as finished (see the header). */
export const SETTLE_MS = 1000;

/** A program switch: the lesson starts over on the new program. */
const FRESH = { step: 0, playing: false, selected: null, hovered: null, expanded: [], answered: [] } as const;

export function createChainruleStore(init: Partial<State> = {}) {
  return createStore<Store>()((set, get) => {
    let sink: EditorSink | null = null;
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    const views = createLessonView(derive);
    const lesson = () => views(get(), analysesLanded());

    // The place the student last chose (see the header); null: take the next program's own.
    type Place = { readonly analysis: Analysis; readonly step: number } | null;
    let place: Place = null;
    // A program switch: the new program's first step is the place, whatever the old one's was.
    let fresh = false;
    const choosePlace = () => {
      const { analysis, step } = lesson();
      place = analysis ? { analysis, step } : null;
      fresh = false;
    };
    /** The program drawn changed: its step is the chosen place's node, where it has it. */
    const follow = () => {
      const v = lesson();
      // A big text still being analysed: the place waits for its analysis.
      if (!v.analysis || v.status === 'analysing') return;
      if (!place) return choosePlace();
      if (get().mode !== 'reverse' || (place.analysis === v.analysis && place.step === v.step)) return;
      const step = place.analysis === v.analysis ? place.step : followEdit(place.analysis, place.step, v.analysis);
      if (step !== get().step) set({ step });
    };
    // Each view's step since the place was last chosen: a round trip through views comes back to it.
    let trail = new Map<object, number>();
    let trailPlace: Place = null;
    /** Moves to another view (or another expansion) of the shown program, keeping the place. */
    const switchView = (change: Pick<State, 'detail' | 'expanded'>) => {
      const before = lesson();
      const { selected } = get();
      set(change);
      const after = lesson();
      const from = before.analysis;
      const to = after.analysis;
      if (!from || !to) return;
      if (trailPlace !== place || !place) trail = new Map();
      // Layers reads the Gates tape: its steps are kept under its own analysis, not the tape's.
      trail.set(before.layers ?? from, before.step);
      const old = selected === null ? undefined : from.graph.nodes[selected];
      // The selection follows its name, or the gate an expansion replaced (its top gate: the last with its span).
      const same = old && (old.name !== undefined ? to.graph.names.get(old.name)
        : to.graph.nodes.findLast((n) => n.span.start === old.span.start && n.span.end === old.span.end)?.id);
      // Forward mode's steps follow the tape's order in any view: it starts over.
      const next = get().mode === 'forward' ? 0 : trail.get(after.layers ?? to) ?? matchView(before, after);
      set({ step: next, selected: same ?? null, answered: [] });
      choosePlace();
      trailPlace = place;
    };
    const goTo = (step: number) => {
      set({ step: clampStep(step, lesson().count) });
      choosePlace();
    };
    /** The text on screen is finished: it becomes the fallback, and the place moves to it. */
    const settle = () => {
      clearTimeout(settleTimer);
      const { source } = get();
      const now = derive(source, tapeDetail(get().detail), get().expanded);
      // A big text still being analysed is finished once its analysis lands and has stood a moment.
      if (now.pending) settleTimer = setTimeout(settle, SETTLE_MS / 4);
      if (!now.ok) return;
      // A new program asks its questions afresh.
      const answered = source === get().lastGoodSource ? get().answered : [];
      set({ lastGoodSource: source, answered });
      follow();
      set({ step: lesson().step });
      choosePlace();
    };
    /** An app edit: through the editor (one undo step) if there is one, and finished at once. */
    const appEdit = (next: string, group?: string) => {
      if (next !== get().source && !(sink?.(next, group) && get().source === next)) get().setSource(next);
      settle();
    };
    // The origin of the text a switch is putting in: the editor's echo of it is no typing.
    let incoming: { readonly text: string; readonly origin: Provenance } | null = null;
    /** Leaves for another program (an example, a kept text, a file), which starts at its first step. */
    const switchProgram = (origin: Provenance, text: string, extra: Partial<State> = {}) => {
      set({ ...keep(get()), ...FRESH, ...origin, ...extra });
      place = null;
      fresh = true;
      incoming = { text, origin };
      appEdit(text);
      incoming = null;
    };
    subscribeAnalyses(follow);

    return {
      ...initialState,
      ...init,
      ...preferencesSlice(set, get),
      ...pointerSlice(set),
      ...trainingSlice(set, get),
      lesson,
      setSource(source) {
        if (!place && !fresh) choosePlace();
        set({ source, ...(incoming?.text === source ? incoming.origin : originOf(source, get())) });
        clearTimeout(settleTimer);
        const now = derive(source, tapeDetail(get().detail), get().expanded);
        if (now.ok || now.pending) settleTimer = setTimeout(settle, SETTLE_MS);
        follow();
      },
      applyEdit: appEdit,
      loadPreset(id) {
        const preset = presetById(id);
        if (preset) switchProgram({ presetId: id, linked: null }, presetSource(preset, get().language), { trained: {} });
      },
      setLanguage(language) {
        const before = get();
        set({ language });
        // An example as the app wrote it shows its comments in the new language: the same
        // program, still unedited, at the same step, with its answers (one undo step).
        const text = exampleInLanguage(before, language);
        if (text === null || text === before.source) return;
        if (before.lastGoodSource === before.source) set({ lastGoodSource: text });
        incoming = { text, origin: { presetId: before.presetId, linked: before.linked } };
        appEdit(text);
        incoming = null;
      },
      openProgram(text) {
        if (text !== get().source) switchProgram(openedOrigin(text, null, get()), text, { trained: {} });
      },
      restoreOwn() {
        const { ownText } = get();
        if (ownText !== null) switchProgram({ presetId: null, linked: null }, ownText);
      },
      restoreEdit(index) {
        const edit = get().edits[index];
        if (edit) switchProgram({ presetId: edit.presetId, linked: edit.presetId === null ? 'edited' : null }, edit.text);
      },
      goTo,
      next: () => goTo(lesson().step + 1),
      previous: () => goTo(lesson().step - 1),
      first: () => goTo(0),
      last: () => goTo(lesson().count - 1),
      setPlaying(playing) {
        const { step, count } = lesson();
        // Play at the last step starts over, as a media player does.
        if (playing && step >= count - 1) goTo(0);
        set({ playing });
      },
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
      setDetail(detail) {
        if (detail !== get().detail) switchView({ detail, expanded: get().expanded });
      },
      showEntryStep(id) {
        const { analysis, layers, step } = lesson();
        if (!analysis) return;
        const phase = analysis.schedule.steps[step]?.kind ?? 'forward';
        // In Layers (either mode) the Layers step says which scalar step the entry's is.
        const at = layers ? entryStepAt(layers, id, step) : entryScalarStep(analysis, id, phase);
        // One change of the state, so the address records it as one entry (addressSync: Back returns).
        set({ detail: 'gates', expanded: [], step: at, selected: id, playing: false, answered: [] });
        choosePlace();
      },
      expandGate(ordinal) {
        if (!get().expanded.includes(ordinal)) switchView({ detail: get().detail, expanded: [...get().expanded, ordinal] });
      },
      setMode(mode) {
        set({ mode, step: 0, playing: false, answered: [] });
        choosePlace();
      },
      setWrt(wrt) {
        set({ wrt, step: 0, playing: false, answered: get().mode === 'forward' ? [] : get().answered });
        choosePlace();
      },
      setPractice: (practice) => set({ practice, playing: false }),
      markAnswered(step) {
        if (!get().answered.includes(step)) set({ answered: [...get().answered, step] });
      },
      restore(record) {
        clearTimeout(settleTimer);
        const { source, fallback } = record;
        // Whether a text compiles does not depend on the view; a big one still being analysed counts as finished.
        const finished = derive(source).ok || derive(source).pending || fallback === null || !derive(fallback).ok ? source : fallback;
        set({
          source, lastGoodSource: finished, step: record.step, presetId: record.presetId, linked: record.linked,
          settings: { ...get().settings, speed: record.speed, hideNumbers: record.hideNumbers }, ownText: record.ownText, edits: record.edits,
          detail: record.detail, expanded: record.expanded, playing: false, selected: null, hovered: null,
          mode: record.mode, wrt: record.wrt, practice: record.practice, answered: [],
          language: record.language ?? get().language, presenter: record.presenter,
          trained: record.trained, learningRate: record.learningRate,
        });
        place = null;
        fresh = true;
        follow();
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

/**
 * The step of view `after` that matches step `before.step` of view `before`: core's matchStep
 * between scalar views, through the Gates tape where either side is the Layers view.
 */
function matchView(before: LessonView, after: LessonView): number {
  const from = before.layers?.gates ?? before.analysis;
  const fromStep = before.layers ? layerToScalarStep(before.layers, before.step) : before.step;
  if (!from || !after.analysis) return 0;
  if (!after.layers) return matchStep(from, fromStep, after.analysis);
  return scalarToLayerStep(after.layers, matchStep(from, fromStep, after.layers.gates));
}

export const appStore = createChainruleStore();

export function useChainrule<T>(selector: (s: Store) => T): T {
  return useStore(appStore, selector);
}

/** The lesson view of the app's store, for components. */
export const useLesson = () => useChainrule((s) => s.lesson());
