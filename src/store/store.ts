/**
 * The one store: source text, step index, playback and settings — nothing derivable.
 * A vanilla Zustand store (testable without React) with a thin hook for components.
 * Everything here is serialisable, ready for the URL and local storage.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { declareInput, DEFAULT_DETAIL, matchStep, setInputValue, type Detail } from '../core/index.ts';
import { DEFAULT_PRESET, presetById } from '../presets/index.ts';
import { clampStep, derive } from './derive.ts';

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
  /** Level of detail: Statements, Gates or Primitives. */
  readonly detail: Detail;
  /** Fused gates the student expanded in the Gates view, by position among the program's fused calls. */
  readonly expanded: readonly number[];
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
  /** Switches the view, keeping the current node (or the nearest step of the same phase). */
  setDetail(detail: Detail): void;
  /** Draws one fused gate (by its position among the fused calls) as its elementary gates. */
  expandGate(ordinal: number): void;
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
  detail: DEFAULT_DETAIL,
  expanded: [],
};

export function createChainruleStore(init: Partial<State> = {}) {
  return createStore<Store>()((set, get) => {
    const shownSource = () => get().lastGoodSource;
    const view = (source: string) => derive(source, get().detail, get().expanded);
    const stepCount = (source: string) => {
      const d = view(source);
      return d.ok ? d.analysis.schedule.steps.length : 0;
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
      set({ step: matchStep(from, clampStep(step, from), to), selected: same ?? null });
    };
    const goTo = (step: number) => {
      const d = view(shownSource());
      set({ step: clampStep(step, d.ok ? d.analysis : null) });
    };
    return {
      ...initialState,
      ...init,
      setSource(source) {
        const ok = view(source).ok;
        const preset = get().presetId ? presetById(get().presetId as string) : undefined;
        set({
          source,
          ...(ok ? { lastGoodSource: source } : {}),
          presetId: preset && preset.source === source ? preset.id : null,
        });
        if (ok) set({ step: Math.min(get().step, Math.max(0, stepCount(source) - 1)) });
      },
      loadPreset(id) {
        const preset = presetById(id);
        if (!preset) return;
        const { source, presetId } = get();
        const ownText = presetId === null || presetById(presetId)?.source !== source;
        set({
          source: preset.source, lastGoodSource: preset.source, presetId: id, step: 0, playing: false,
          selected: null, hovered: null, draft: ownText ? source : get().draft, expanded: [],
        });
      },
      restoreDraft() {
        const { draft } = get();
        if (draft === null) return;
        set({ draft: null, presetId: null, step: 0, selected: null, expanded: [] });
        get().setSource(draft);
      },
      goTo,
      next: () => goTo(get().step + 1),
      previous: () => goTo(get().step - 1),
      first: () => goTo(0),
      last: () => goTo(stepCount(shownSource()) - 1),
      setPlaying(playing) {
        const atEnd = get().step >= stepCount(shownSource()) - 1;
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
      setDetail(detail) {
        if (detail !== get().detail) switchView({ detail, expanded: get().expanded });
      },
      expandGate(ordinal) {
        if (!get().expanded.includes(ordinal)) switchView({ detail: get().detail, expanded: [...get().expanded, ordinal] });
      },
    };
  });
}

export const appStore = createChainruleStore();

export function useChainrule<T>(selector: (s: Store) => T): T {
  return useStore(appStore, selector);
}
