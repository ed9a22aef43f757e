/**
 * A share link: the shared part of the lesson record (lessonState.ts) in the address's hash.
 *
 *   #<VERSION_PREFIX><base64url(deflate-raw(encodeLesson(sharedPart(record))))>
 *
 * The record is encoded generically, through the same encoder autosave uses, so every field the
 * record gains later (mode, trained inputs, language, presenter mode) rides along unchanged.
 * Compression is the browser's own CompressionStream: no bundle bytes, and the largest preset
 * stays far under 2,000 characters (measured in shareLink.test.ts).
 *
 * Decoding is a parser of a foreign string: it returns a Result and never rejects, whatever it
 * is given — a tampered, truncated or oversized hash, a zip bomb, a record of another version
 * (fuzzed in shareLink.test.ts). A link never carries nor restores the student's private texts.
 */
import { derive } from './derive.ts';
import { decodeLesson, encodeLesson, MAX_TEXT, sharedPart, type Decoded, type LessonProblem, type LessonRecord } from './lessonState.ts';

/** "l" for lesson, then the link format's version: a later format gets a new prefix, old links keep decoding. */
export const VERSION_PREFIX = 'l1.';

/**
 * Beyond this a hash is not a link the app made. The largest program a link can carry, at the
 * worst compression of text (about 1:1) and base64's 4/3, is well inside it.
 */
export const MAX_HASH = 400_000;
/** The decompressed record: a program no longer than a saved one, plus its other fields. */
const MAX_RECORD = MAX_TEXT + 10_000;

export async function encodeShareHash(record: LessonRecord): Promise<string> {
  const shared = sharedPart(record);
  // The fallback is drawn only while the text has an error; otherwise it is the program typed
  // over a moment ago, which the link need not (and should not) carry.
  const json = encodeLesson(shared.fallback !== null && derive(shared.source).ok ? { ...shared, fallback: null } : shared);
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Infinity);
  return VERSION_PREFIX + toBase64Url(packed!);
}

/**
 * Why a hash opens no lesson, as a code: the words are the catalogs' (storeMessages.link),
 * rendered by messages.ts. `lesson`: the link unpacked, but its record is not one (a code of lessonState.ts).
 */
export type LinkProblem =
  | { readonly code: 'tooLong' | 'notLink' | 'notBase64' | 'truncated' | 'notText' | 'unreadable' }
  | { readonly code: 'lesson'; readonly lesson: LessonProblem };

/** The lesson a hash (with or without its `#`) holds, or why it holds none. */
export async function decodeShareHash(hash: string): Promise<Decoded<LinkProblem>> {
  try {
    const body = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
    if (body.length > MAX_HASH) return fail({ code: 'tooLong' });
    if (!body.startsWith(VERSION_PREFIX)) return fail({ code: 'notLink' });
    const bytes = fromBase64Url(body.slice(VERSION_PREFIX.length));
    if (bytes === null) return fail({ code: 'notBase64' });
    const json = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_RECORD);
    if (json === null) return fail({ code: 'truncated' });
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(json);
    } catch {
      return fail({ code: 'notText' });
    }
    const decoded = decodeLesson(text);
    if (!decoded.ok) return fail({ code: 'lesson', lesson: decoded.error });
    // Whatever a tampered link says, it brings no private texts.
    return { ok: true, value: sharedPart(decoded.value) };
  } catch {
    // Nothing above should throw; a browser's stream quirk must still not cost the page.
    return fail({ code: 'unreadable' });
  }
}

const fail = (error: LinkProblem): Decoded<LinkProblem> => ({ ok: false, error });

/**
 * Runs bytes through a (de)compression stream, stopping once the output passes `limit` bytes
 * (a small hash that inflates to gigabytes is refused, not held). Null on any stream error.
 */
async function pipe(input: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const writer = transform.writable.getWriter();
  // Errors surface through the reader; the writer's own promises must not go unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes, or null for a character outside base64url or an impossible length. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
