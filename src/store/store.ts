/**
 * The one store: source text, step index, playback and settings — nothing derivable.
 * A vanilla Zustand store (testable without React) with a thin hook for components.
 * Everything here is serialisable, ready for the URL and local storage.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { declareInput, setInputValue } from '../core/index.ts';
import { DEFAULT_PRESET, presetById } from '../presets/index.ts';
import { derive } from './derive.ts';
import { modeStepCount, type Mode } from './forward.ts';

export interface Settings {
  /** Steps per second while playing. */
  readonly speed: number;
}

export interface State {
  readonly source: string;
  /** The last source that compiled: its graph stays on screen, marked stale, while the text has an error. */
  readonly lastGoodSource: string;
  readonly step: number;
  readonly playing: boolean;
  readonly settings: Settings;
  readonly presetId: string | null;
  /** The student's own program, kept when a preset replaces it so no text is ever lost. */
  readonly draft: string | null;
  readonly selected: number | null;
  readonly hovered: number | null;
  /** Reverse mode (backprop) or forward mode (tangents for one input). */
  readonly mode: Mode;
  /** The input forward mode differentiates by (null: the first input). */
  readonly wrt: string | null;
  /** Practice: each step asks before it tells. */
  readonly practice: boolean;
  /** Steps whose practice questions are done in this session (reset when the program or mode changes). */
  readonly answered: readonly number[];
}

export interface Actions {
  setSource(source: string): void;
  loadPreset(id: string): void;
  restoreDraft(): void;
  goTo(step: number): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setInput(name: string, value: number): void;
  declare(name: string, value: number): void;
  select(node: number | null): void;
  hover(node: number | null): void;
  setMode(mode: Mode): void;
  setWrt(name: string): void;
  setPractice(on: boolean): void;
  markAnswered(step: number): void;
}

export type Store = State & Actions;

export const initialState: State = {
  source: DEFAULT_PRESET.source,
  lastGoodSource: DEFAULT_PRESET.source,
  step: 0,
  playing: false,
  settings: { speed: 2 },
  presetId: DEFAULT_PRESET.id,
  draft: null,
  selected: null,
  hovered: null,
  mode: 'reverse',
  wrt: null,
  practice: false,
  answered: [],
};

const stepCount = (source: string, s: Pick<State, 'mode' | 'wrt'>) => {
  const d = derive(source);
  return modeStepCount(d.ok ? d.analysis : null, s.mode, s.wrt);
};

export function createChainruleStore(init: Partial<State> = {}) {
  return createStore<Store>()((set, get) => {
    const shownSource = () => get().lastGoodSource;
    const goTo = (step: number) => {
      set({ step: Math.max(0, Math.min(step, stepCount(shownSource(), get()) - 1)) });
    };
    return {
      ...initialState,
      ...init,
      setSource(source) {
        const ok = derive(source).ok;
        if (ok && source !== get().lastGoodSource) set({ answered: [] });
        const preset = get().presetId ? presetById(get().presetId as string) : undefined;
        set({
          source,
          ...(ok ? { lastGoodSource: source } : {}),
          presetId: preset && preset.source === source ? preset.id : null,
        });
        if (ok) set({ step: Math.min(get().step, Math.max(0, stepCount(source, get()) - 1)) });
      },
      loadPreset(id) {
        const preset = presetById(id);
        if (!preset) return;
        const { source, presetId } = get();
        const ownText = presetId === null || presetById(presetId)?.source !== source;
        set({
          source: preset.source, lastGoodSource: preset.source, presetId: id, step: 0, playing: false,
          selected: null, hovered: null, draft: ownText ? source : get().draft, answered: [],
        });
      },
      restoreDraft() {
        const { draft } = get();
        if (draft === null) return;
        set({ draft: null, presetId: null, step: 0, selected: null });
        get().setSource(draft);
      },
      goTo,
      next: () => goTo(get().step + 1),
      previous: () => goTo(get().step - 1),
      first: () => goTo(0),
      last: () => goTo(stepCount(shownSource(), get()) - 1),
      setPlaying(playing) {
        const atEnd = get().step >= stepCount(shownSource(), get()) - 1;
        // Play at the last step starts over, as a media player does.
        if (playing && atEnd) set({ step: 0 });
        set({ playing });
      },
      setSpeed: (speed) => set({ settings: { ...get().settings, speed } }),
      setInput(name, value) {
        get().setSource(setInputValue(get().source, name, value));
      },
      declare(name, value) {
        get().setSource(declareInput(get().source, name, value));
      },
      select: (selected) => set({ selected }),
      hover: (hovered) => set({ hovered }),
      setMode: (mode) => set({ mode, step: 0, playing: false, answered: [] }),
      setWrt: (wrt) => set({ wrt, step: 0, playing: false, answered: get().mode === 'forward' ? [] : get().answered }),
      setPractice: (practice) => set({ practice, playing: false }),
      markAnswered(step) {
        if (!get().answered.includes(step)) set({ answered: [...get().answered, step] });
      },
    };
  });
}

export const appStore = createChainruleStore();

export function useChainrule<T>(selector: (s: Store) => T): T {
  return useStore(appStore, selector);
}
