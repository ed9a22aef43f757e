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
import { presetById } from '../presets/index.ts';

export const LESSON_VERSION = 1;

/**
 * Beyond this, a text is not a program a student typed: refuse it rather than stall the page.
 * About local storage's whole quota (5 M characters in Chromium), so whatever saved reads back.
 */
export const MAX_TEXT = 5_000_000;
/** Kept edits of examples beyond this drop the oldest; the own program is never dropped. */
export const MAX_EDITS = 8;
export const SPEEDS = [0.5, 1, 2, 4, 8] as const;

/** An example the student changed: kept under its example until picked again. */
export interface KeptEdit {
  readonly presetId: string;
  readonly text: string;
}

export interface LessonRecord {
  /** The program text on screen. */
  readonly source: string;
  /** The last finished program, drawn while `source` has an error; null when it is `source`. */
  readonly fallback: string | null;
  readonly step: number;
  /** The example the text was picked from (possibly edited since), or null for the student's own. */
  readonly presetId: string | null;
  /** Steps per second while playing. */
  readonly speed: number;
  /** The student's own program while an example is on screen (device-only). */
  readonly ownText: string | null;
  /** Edited examples, newest first (device-only). */
  readonly edits: readonly KeptEdit[];
}

export type Decoded =
  | { readonly ok: true; readonly value: LessonRecord }
  | { readonly ok: false; readonly error: string };

export function encodeLesson(record: LessonRecord): string {
  return JSON.stringify({ v: LESSON_VERSION, ...record });
}

/** What a share link carries: the lesson without the student's private texts. */
export function sharedPart(record: LessonRecord): LessonRecord {
  return { ...record, ownText: null, edits: [] };
}

const fail = (error: string): Decoded => ({ ok: false, error });

/**
 * Reads a record back. Fields added by later versions are ignored; a missing optional field
 * takes its default; a wrong type, an unknown example, an oversized text or another version
 * is an error with a reason, so the caller falls back to defaults and can say why.
 */
export function decodeLesson(text: string): Decoded {
  if (typeof text !== 'string' || text.length > (MAX_EDITS + 3) * MAX_TEXT + 1000) return fail('the saved lesson is too large');
  let raw: unknown;
  try {
    raw = JSON.parse(text); // the one place that throws: the JSON syntax of a foreign string
  } catch {
    return fail('the saved lesson is not readable');
  }
  if (!isObject(raw)) return fail('the saved lesson is not a record');
  if (raw.v !== LESSON_VERSION) return fail(`the saved lesson has version ${describe(raw.v)}, not ${LESSON_VERSION}`);

  const source = raw.source;
  if (!isText(source)) return fail('the saved program text is missing or too long');
  const fallback = optional(raw.fallback, isText);
  const ownText = optional(raw.ownText, isText);
  if (fallback === undefined || ownText === undefined) return fail('a saved text is not a string or is too long');

  const step = raw.step ?? 0;
  if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 0) return fail('the saved step is not a step number');
  const presetId = raw.presetId ?? null;
  if (presetId !== null && (typeof presetId !== 'string' || !presetById(presetId))) return fail('the saved example is unknown');
  const speed = raw.speed ?? 2;
  if (!(SPEEDS as readonly unknown[]).includes(speed)) return fail('the saved speed is not one of the speeds');

  const edits = decodeEdits(raw.edits ?? []);
  if (!edits) return fail('the saved edits of examples are malformed');
  return { ok: true, value: { source, fallback, step, presetId, speed: speed as number, ownText, edits } };
}

function decodeEdits(raw: unknown): KeptEdit[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_EDITS) return null;
  const edits: KeptEdit[] = [];
  for (const e of raw) {
    if (!isObject(e) || typeof e.presetId !== 'string' || !presetById(e.presetId) || !isText(e.text)) return null;
    edits.push({ presetId: e.presetId, text: e.text });
  }
  return edits;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_TEXT;

/** null/absent → null; a valid value → itself; anything else → undefined (an error). */
function optional<T>(x: unknown, valid: (x: unknown) => x is T): T | null | undefined {
  if (x === undefined || x === null) return null;
  return valid(x) ? x : undefined;
}

function describe(x: unknown): string {
  return typeof x === 'number' || typeof x === 'string' ? JSON.stringify(x).slice(0, 20) : typeof x;
}
