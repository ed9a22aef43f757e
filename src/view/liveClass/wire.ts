/**
 * The live class's wire, shared by the class server (server/) and the app: event names, the
 * shapes and limits of what may cross, and the join code's alphabet. Framework-free, so the
 * server and the browser validate with the same rules.
 *
 * What crosses, and nothing else: the lesson record (lessonState.ts's encoding, the one links
 * and autosave use, decoded by decodeLesson on both ends), a class question (a practice
 * question's id at a step), answers as numbers, and counts. No student is named.
 */

/** Unambiguous: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V. Codes are shown, typed and read aloud. */
export const CODE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
export const CODE_LENGTH = 10;

/** The presenter's key: random, kept in the presenter's browser; the server keeps its hash only. */
export const KEY_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;

/** A practice question's id (core/course/practice.ts): `step:part`. */
export const QUESTION_ID = /^\d{1,7}:[a-z]{3,8}\d{0,3}$/;

/** The largest lesson record the class relays, in characters (the course's MLP is ~3 kB). */
export const MAX_LESSON_CHARS = 200_000;

/** Events a client may send; anything else is dropped and counted. */
export const CLIENT_EVENTS = ['host', 'lesson', 'ask', 'reveal', 'end', 'join', 'leave', 'answer'] as const;
export type ClientEvent = (typeof CLIENT_EVENTS)[number];

/** A class question: which practice question, its number in the room, whether it is revealed. */
export interface ClassQuestion {
  readonly seq: number;
  readonly id: string;
  readonly revealed: boolean;
}

/** Why the server refused a host or a join: codes the app turns into words (i18n liveClass.refused). */
export type Refusal = 'badCode' | 'noRoom' | 'roomFull' | 'serverFull' | 'taken' | 'rateLimited' | 'badKey';

export type HostReply =
  | { readonly ok: true; readonly code: string; readonly lesson: string | null; readonly question: ClassQuestion | null; readonly answers: readonly number[] }
  | { readonly ok: false; readonly reason: Refusal };

export type JoinReply =
  | { readonly ok: true; readonly code: string; readonly lesson: string | null; readonly question: ClassQuestion | null }
  | { readonly ok: false; readonly reason: Refusal };

/** The code as a student may type it: spaces, dashes and case are forgiven. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function isCode(x: unknown): x is string {
  return typeof x === 'string' && x.length === CODE_LENGTH && [...x].every((c) => CODE_ALPHABET.includes(c));
}

/** A fresh code from `random` bytes (crypto's), unbiased by rejection. */
export function makeCode(random: (n: number) => Uint8Array): string {
  let code = '';
  const limit = 256 - (256 % CODE_ALPHABET.length);
  while (code.length < CODE_LENGTH) {
    for (const b of random(CODE_LENGTH * 2)) {
      if (b < limit && code.length < CODE_LENGTH) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
    }
  }
  return code;
}

export const isQuestion = (x: unknown): x is ClassQuestion =>
  typeof x === 'object' && x !== null && Number.isSafeInteger((x as ClassQuestion).seq)
  && typeof (x as ClassQuestion).id === 'string' && QUESTION_ID.test((x as ClassQuestion).id)
  && typeof (x as ClassQuestion).revealed === 'boolean';
