/**
 * The store's state and actions, as types, with the defaults and the lesson record read off
 * the state. The lesson's own part is here; the independent slices' are in slices.ts.
 */
import { DEFAULT_DETAIL, type ViewDetail } from '../core/index.ts';
import { DEFAULT_PRESET } from '../presets/index.ts';
import type { LessonView } from '../view/lessonView.ts';
import type { Mode } from '../view/forwardSweep.ts';
import type { KeptEdit, LessonRecord, Linked } from './lessonState.ts';
import {
  initialPointer, initialPreferences, initialStorage, initialTraining,
  type PointerActions, type PointerState, type PreferencesActions, type PreferencesState, type StorageState,
  type TrainingActions, type TrainingState,
} from './slices.ts';

export interface LessonState {
  readonly source: string;
  /** The last finished program: drawn, marked stale, while the text has an error. */
  readonly lastGoodSource: string;
  /** The stored step; the lesson view clamps it to the schedule it shows. */
  readonly step: number;
  readonly playing: boolean;
  /** The example the text was picked from (possibly edited since); null for the student's own program. */
  readonly presetId: string | null;
  /** The text came from a link or a file, as opened or edited since: not the own program (origin.ts). */
  readonly linked: Linked;
  /** The student's own program, kept while an example is on screen (see origin.ts). */
  readonly ownText: string | null;
  /** Examples the student edited and then left, newest first. */
  readonly edits: readonly KeptEdit[];
  /** Level of detail: Statements, Gates, Primitives or Layers. */
  readonly detail: ViewDetail;
  /** Fused gates the student expanded in the Gates view, by position among the program's fused calls. */
  readonly expanded: readonly number[];
  /** Reverse mode (backprop) or forward mode (tangents for one input). */
  readonly mode: Mode;
  /** The input forward mode differentiates by (null: the first input). */
  readonly wrt: string | null;
  /** Practice: each step asks before it tells. */
  readonly practice: boolean;
  /** Steps whose practice questions are done in this session (reset when the program or mode changes). */
  readonly answered: readonly number[];
}

export type State = LessonState & PreferencesState & PointerState & TrainingState & StorageState;

/**
 * Puts a whole new text into the editor as one undoable edit. Returns false when it could not
 * (no editor on screen); the store then sets the text itself. Successive edits of one `group`
 * (one slider drag) amend each other: the whole drag is one undo step.
 */
export type EditorSink = (next: string, group?: string) => boolean;

export interface LessonActions {
  /** What the page shows of the lesson: memoised, so reading it again costs a few comparisons. */
  lesson(): LessonView;
  /** The student's typing (or the browser's undo of it). */
  setSource(source: string): void;
  /** Any other change to the text (an SGD update, say): one undo step, finished at once. */
  applyEdit(next: string, group?: string): void;
  loadPreset(id: string): void;
  /** Opens a program from a file, as a link opens: the text on screen is kept first. */
  openProgram(text: string): void;
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
  /** `group` names one gesture (a slider drag) whose edits undo as one. */
  setInput(name: string, value: number, group?: string): void;
  declare(name: string, value: number): void;
  /** Declares every listed input in one edit, in the order given. */
  declareAll(inputs: readonly { readonly name: string; readonly value: number }[]): void;
  /** Sets several inputs in one edit of the text (an SGD step moves every trained input at once). */
  setInputs(values: readonly { readonly name: string; readonly value: number }[]): void;
  /** Switches the view, keeping the current node (or the nearest step of the same phase). */
  setDetail(detail: ViewDetail): void;
  /**
   * "Show this entry's step": Gates at scalar node `id`'s step, its backward step in the
   * backward pass, else its forward step; the address keeps the view left, so Back returns.
   */
  showEntryStep(id: number): void;
  /** Draws one fused gate (by its position among the fused calls) as its elementary gates. */
  expandGate(ordinal: number): void;
  setMode(mode: Mode): void;
  setWrt(name: string): void;
  setPractice(on: boolean): void;
  markAnswered(step: number): void;
  /** Takes over a saved lesson, as on a reload. */
  restore(record: LessonRecord): void;
  /** Routes app edits through the editor; returns the disconnect. */
  connectEditor(sink: EditorSink): () => void;
}

export type Actions = LessonActions & PreferencesActions & PointerActions & TrainingActions;
export type Store = State & Actions;

export const initialState: State = {
  source: DEFAULT_PRESET.source,
  lastGoodSource: DEFAULT_PRESET.source,
  step: 0,
  playing: false,
  presetId: DEFAULT_PRESET.id,
  linked: null,
  ownText: null,
  edits: [],
  detail: DEFAULT_DETAIL,
  expanded: [],
  mode: 'reverse',
  wrt: null,
  practice: false,
  answered: [],
  ...initialPreferences,
  ...initialPointer,
  ...initialTraining,
  ...initialStorage,
};

/** The serialisable part of the state: what autosave writes and a link will carry. */
export function lessonRecord(s: State): LessonRecord {
  return {
    source: s.source,
    fallback: s.lastGoodSource === s.source ? null : s.lastGoodSource,
    step: s.step,
    presetId: s.presetId,
    linked: s.linked,
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
    hideNumbers: s.settings.hideNumbers,
  };
}
