/**
 * The lesson state: the part of the store worth keeping, as ONE versioned record. Autosave
 * writes it, a share link will encode it, a reload decodes it. Nothing derived enters it: the
 * graph, the trace and the schedule are re-derived from the text, which is re-parsed, never
 * trusted. The decoder is a parser like the language's: it returns a Result and never throws,
 * whatever string it is given (fuzzed in lessonState.test.ts).
 *
 * A share link must not carry the student's private texts: `sharedPart` drops `ownText` and
 * `edits`, which only local storage keeps.
 */
import { DEFAULT_DETAIL, isName, isViewDetail, type ViewDetail } from '../core/index.ts';
import { presetById } from '../presets/index.ts';
import { isLanguage, type Language } from '../i18n/index.ts';

export const LESSON_VERSION = 1;

/**
 * Beyond this, a text is not a program a student typed: refuse it rather than stall the page.
 * About local storage's whole quota (5 M characters in Chromium), so whatever saved reads back.
 */
export const MAX_TEXT = 5_000_000;
/** Kept edits of examples beyond this drop the oldest; the own program is never dropped. */
export const MAX_EDITS = 8;
/**
 * Kept programs of no example (an opened program edited, another tab's own program) are not
 * dropped for room; past this many the record is not one a student made.
 */
const MAX_KEPT_PROGRAMS = 64;
export const SPEEDS = [0.5, 1, 2, 4, 8] as const;
/** The course's α (post 004). */
export const DEFAULT_LEARNING_RATE = 0.01;
/** Marks beyond this many are not a student's clicks: the rest are dropped. */
const MAX_MARKS = 1000;

/**
 * An example the student changed, kept under its example until picked again; or (`presetId`
 * null) a program from elsewhere the student worked on: an opened link or file they edited,
 * another tab's own program.
 */
export interface KeptEdit {
  readonly presetId: string | null;
  readonly text: string;
}

/** Where an opened text came from: a link or a file, as opened or edited since; null otherwise. */
export type Linked = 'opened' | 'edited' | null;

export interface LessonRecord {
  /** The program text on screen. */
  readonly source: string;
  /** The last finished program, drawn while `source` has an error; null when it is `source`. */
  readonly fallback: string | null;
  readonly step: number;
  /** The example the text was picked from (possibly edited since), or null for the student's own. */
  readonly presetId: string | null;
  /** The text came from a link or a file (see origin.ts): then it is not the student's own program. */
  readonly linked: Linked;
  /** Steps per second while playing. */
  readonly speed: number;
  /** Level of detail the graph is drawn at. */
  readonly detail: ViewDetail;
  /** Fused gates drawn expanded in the Gates view, by position among the program's fused calls. */
  readonly expanded: readonly number[];
  /** Trainable marks the student changed, by input name (the rest follow the example, or train). */
  readonly trained: Readonly<Record<string, boolean>>;
  /** α of the SGD step and of training. */
  readonly learningRate: number;
  /** The student's own program while an example is on screen (device-only). */
  readonly ownText: string | null;
  /** Edited examples, newest first (device-only). */
  readonly edits: readonly KeptEdit[];
  /** Reverse mode (backprop) or forward mode. */
  readonly mode: 'reverse' | 'forward';
  /** The input forward mode differentiates by; null for the first input. Checked against the program when drawn. */
  readonly wrt: string | null;
  /** Practice mode: each step asks before it tells. */
  readonly practice: boolean;
  /** The UI's language; null in a record that never chose one (it then follows the browser). */
  readonly language: Language | null;
  /** Presenter mode (projector sizes, editor hidden). */
  readonly presenter: boolean;
  /** Presenter mode's "Hide numbers": the current step's numbers are blanks (also on a class's followers). */
  readonly hideNumbers: boolean;
}

/**
 * Why a saved lesson could not be read, as a code (and the numbers it names): the words are the
 * catalogs' (storeMessages.savedLesson, or .linkLesson inside a link), rendered by messages.ts.
 */
export type LessonProblem =
  | { readonly code: 'tooLarge' | 'notReadable' | 'notRecord' | 'noText' }
  /** `found`: the version as written (JSON, cut short), or the type of what stands there. */
  | { readonly code: 'version'; readonly found: string; readonly expected: number }
  | { readonly code: 'noVersion'; readonly found: string; readonly expected: number };

export type Decoded<Problem = LessonProblem> =
  | { readonly ok: true; readonly value: LessonRecord }
  | { readonly ok: false; readonly error: Problem };

export function encodeLesson(record: LessonRecord): string {
  return JSON.stringify({ v: LESSON_VERSION, ...record });
}

/** What a share link carries: the lesson without the student's private texts. */
export function sharedPart(record: LessonRecord): LessonRecord {
  return { ...record, ownText: null, edits: [], linked: null };
}

const fail = (error: LessonProblem): Decoded => ({ ok: false, error });

/**
 * Reads a record back. Another version, a non-record or a missing program text is an error with
 * a reason, so the caller falls back to defaults and can say why. Past that, the program text is
 * what matters: a field that is missing, wrongly typed or no longer known (an example since
 * renamed, a speed since dropped) takes its default rather than costing the student the text.
 * Fields added by later versions are ignored.
 */
export function decodeLesson(text: string): Decoded {
  if (typeof text !== 'string' || text.length > (MAX_EDITS + 3) * MAX_TEXT + 1000) return fail({ code: 'tooLarge' });
  let raw: unknown;
  try {
    raw = JSON.parse(text); // the one place that throws: the JSON syntax of a foreign string
  } catch {
    return fail({ code: 'notReadable' });
  }
  if (!isObject(raw)) return fail({ code: 'notRecord' });
  if (raw.v !== LESSON_VERSION) return fail(versionProblem(raw.v));
  const { source } = raw;
  if (!isText(source)) return fail({ code: 'noText' });
  const step = raw.step;
  const value: LessonRecord = {
    source,
    fallback: isText(raw.fallback) ? raw.fallback : null,
    step: typeof step === 'number' && Number.isSafeInteger(step) && step >= 0 ? step : 0,
    presetId: isPresetId(raw.presetId) ? raw.presetId : null,
    linked: raw.linked === 'opened' || raw.linked === 'edited' ? raw.linked : null,
    speed: (SPEEDS as readonly unknown[]).includes(raw.speed) ? (raw.speed as number) : 2,
    detail: isViewDetail(raw.detail) ? raw.detail : DEFAULT_DETAIL,
    expanded: Array.isArray(raw.expanded) ? raw.expanded.filter((n): n is number => Number.isSafeInteger(n) && (n as number) >= 0).slice(0, 1000) : [],
    trained: isObject(raw.trained) ? trainedMarks(raw.trained) : {},
    learningRate: typeof raw.learningRate === 'number' && Number.isFinite(raw.learningRate) ? raw.learningRate : DEFAULT_LEARNING_RATE,
    ownText: isText(raw.ownText) ? raw.ownText : null,
    edits: Array.isArray(raw.edits) ? capEdits(raw.edits.filter(isKeptEdit).map(({ presetId, text }) => ({ presetId, text }))) : [],
    mode: raw.mode === 'forward' ? 'forward' : 'reverse',
    wrt: isShortName(raw.wrt) ? raw.wrt : null,
    practice: raw.practice === true,
    language: isLanguage(raw.language) ? raw.language : null,
    presenter: raw.presenter === true,
    hideNumbers: raw.hideNumbers === true,
  };
  return { ok: true, value };
}

/** Boolean marks under names a program could use; anything else is dropped. */
const trainedMarks = (raw: Record<string, unknown>): Record<string, boolean> =>
  Object.fromEntries(Object.entries(raw)
    .filter((e): e is [string, boolean] => typeof e[1] === 'boolean' && isShortName(e[0]))
    .slice(0, MAX_MARKS));

/** A name as the language reads it (Unicode letters: `가중치`), of a sane length. */
const isShortName = (x: unknown): x is string => typeof x === 'string' && x.length <= 200 && isName(x);
const isPresetId = (x: unknown): x is string => typeof x === 'string' && presetById(x) !== undefined;
const isKeptEdit = (x: unknown): x is KeptEdit => isObject(x) && (x.presetId === null || isPresetId(x.presetId)) && isText(x.text);

/** The newest MAX_EDITS edits of examples, and every kept program of no example (up to a sanity cap), in order. */
export function capEdits(edits: readonly KeptEdit[]): KeptEdit[] {
  let examples = 0;
  let programs = 0;
  return edits.filter((e) => (e.presetId === null ? ++programs <= MAX_KEPT_PROGRAMS : ++examples <= MAX_EDITS));
}
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_TEXT;

/** Another version's number (or string) is named as written; anything else by its type. */
function versionProblem(v: unknown): LessonProblem {
  return typeof v === 'number' || typeof v === 'string'
    ? { code: 'version', found: JSON.stringify(v).slice(0, 20), expected: LESSON_VERSION }
    : { code: 'noVersion', found: typeof v, expected: LESSON_VERSION };
}
