/**
 * The store's slices whose state is independent of the lesson: what no program change, view
 * switch or step touches, and what touches none of those. Each is its own state, defaults and
 * actions; store.ts composes them with the lesson into the one store (one subscription, one
 * record for autosave and the address).
 */
import type { Language } from '../i18n/index.ts';
import type { LessonProblem } from './lessonState.ts';

type Set<S> = (partial: Partial<S>) => void;
type Get<S> = () => S;

// ── Preferences ─────────────────────────────────────────────────────────────────────────────

export interface Settings {
  /** Steps per second while playing. */
  readonly speed: number;
  /**
   * Presenter mode's "Hide numbers" (key H): the numbers the current step introduces show as
   * blanks (src/view/presenter/hideNumbers.ts). In the lesson record, so a reload, a link made in
   * presenter mode and a live class carry it; it blanks only in presenter mode or while a
   * student follows a class (`numbersHidden`).
   */
  readonly hideNumbers: boolean;
}

export interface PreferencesState {
  readonly settings: Settings;
  /** The UI's language: the browser's at first (main.tsx), then the student's choice. */
  readonly language: Language;
  /** Presenter mode: the graph and the explanation fill the screen, in projector sizes. */
  readonly presenter: boolean;
  /** A live class drives this screen (a student following, not exploring). Session-only. */
  readonly following: boolean;
}

export interface PreferencesActions {
  setSpeed(speed: number): void;
  setHideNumbers(on: boolean): void;
  setLanguage(language: Language): void;
  setPresenter(on: boolean): void;
  setFollowing(on: boolean): void;
}

export const initialPreferences: PreferencesState = { settings: { speed: 2, hideNumbers: false }, language: 'en', presenter: false, following: false };

export const preferencesSlice = (set: Set<PreferencesState>, get: Get<PreferencesState>): PreferencesActions => ({
  setSpeed: (speed) => set({ settings: { ...get().settings, speed } }),
  setHideNumbers: (hideNumbers) => set({ settings: { ...get().settings, hideNumbers } }),
  setLanguage: (language) => set({ language }),
  setPresenter: (presenter) => set({ presenter }),
  setFollowing: (following) => set({ following }),
});

/** Whether "Hide numbers" blanks this screen: the presenter's own, or the class's on a follower's. */
export const numbersHidden = (s: PreferencesState): boolean => s.settings.hideNumbers && (s.presenter || s.following);

// ── Hover and selection ─────────────────────────────────────────────────────────────────────

export interface PointerState {
  readonly selected: number | null;
  readonly hovered: number | null;
}

export interface PointerActions {
  select(node: number | null): void;
  hover(node: number | null): void;
}

export const initialPointer: PointerState = { selected: null, hovered: null };

export const pointerSlice = (set: Set<PointerState>): PointerActions => ({
  select: (selected) => set({ selected }),
  hover: (hovered) => set({ hovered }),
});

// ── Training settings ───────────────────────────────────────────────────────────────────────

export interface TrainingState {
  /** Trainable marks the student changed, by input name; unmarked inputs follow the preset (or train, in a typed program). */
  readonly trained: Readonly<Record<string, boolean>>;
  /** α of the SGD step and of training. */
  readonly learningRate: number;
}

export interface TrainingActions {
  /** Marks inputs as trained or not (merged into the marks already made). */
  setTrained(marks: Readonly<Record<string, boolean>>): void;
  setLearningRate(lr: number): void;
}

export const initialTraining: TrainingState = { trained: {}, learningRate: 0.01 };

export const trainingSlice = (set: Set<TrainingState>, get: Get<TrainingState>): TrainingActions => ({
  setTrained: (marks) => set({ trained: { ...get().trained, ...marks } }),
  setLearningRate: (learningRate) => set({ learningRate }),
});

// ── Storage status ──────────────────────────────────────────────────────────────────────────

/** Why no saved lesson could be read: storage itself refused (`storage`), or the record's own problem. */
export type SaveProblem = LessonProblem | { readonly code: 'storage' };

export type StorageProblem =
  | { readonly kind: 'unreadable'; readonly reason: SaveProblem }
  | { readonly kind: 'not-saving' };

export interface StorageState {
  /** Why the program is not (or was not) kept by autosave; null while saving works. Set by persistence.ts; not saved itself. */
  readonly storageProblem: StorageProblem | null;
}

export const initialStorage: StorageState = { storageProblem: null };
