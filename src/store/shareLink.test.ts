import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../presets/index.ts';
import { encodeLesson, MAX_TEXT, type LessonRecord } from './lessonState.ts';
import { decodeShareHash, encodeShareHash, fromBase64Url, MAX_HASH, toBase64Url, VERSION_PREFIX } from './shareLink.ts';
import { linkNoticeText } from './messages.ts';
import { catalogs } from '../i18n/index.ts';

const record: LessonRecord = {
  source: 'x = 3\nf = x * x # ünïcode ✓\n',
  fallback: null,
  step: 4,
  presetId: 'fanout',
  linked: null,
  speed: 4,
  detail: 'gates',
  expanded: [1],
  trained: { x: false },
  learningRate: 0.05,
  mode: 'forward',
  wrt: 'x',
  practice: true,
  language: 'ko',
  presenter: true,
  hideNumbers: false,
  ownText: 'a = 1\nf = a\n',
  edits: [{ presetId: 'cs231n', text: 'x = 1\nf = x\n' }],
};

/** A hash built by hand from any bytes, as a tamperer would: deflate-raw + base64url + prefix. */
async function handMade(bytes: Uint8Array): Promise<string> {
  const packed = new Uint8Array(await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  return VERSION_PREFIX + toBase64Url(packed);
}

describe('share links', () => {
  it('carry the shared part of the lesson, and no private texts', async () => {
    const hash = await encodeShareHash(record);
    expect(hash.startsWith(VERSION_PREFIX)).toBe(true);
    expect(hash).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(await decodeShareHash(`#${hash}`)).toEqual({ ok: true, value: { ...record, ownText: null, edits: [] } });
  });

  it('stay under 2,000 characters for every example, at its last step', async () => {
    for (const p of PRESETS) {
      const hash = await encodeShareHash({ ...record, source: p.source, presetId: p.id, step: 999 });
      // The whole address: origin and path of a typical host, plus '#'.
      expect(`https://example.github.io/chainrule/#${hash}`.length, p.id).toBeLessThan(2000);
    }
  });

  it('base64url round-trips any bytes, and refuses foreign characters', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }));
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });

  it('refuse any string with a reason and never reject', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 300 });
    await fc.assert(fc.asyncProperty(fc.oneof(text, text.map((t) => VERSION_PREFIX + t)), async (text) => {
      const d = await decodeShareHash(text);
      if (!d.ok) expect(linkNoticeText(catalogs.en.storeMessages, d.error)).toMatch(/^The link could not be opened: \w.*\. Your last program is open instead\.$/);
    }), { numRuns: 200 });
  });

  it('refuse tampered and truncated links', async () => {
    const hash = await encodeShareHash(record);
    await fc.assert(fc.asyncProperty(fc.nat({ max: hash.length - 1 }), fc.constantFrom(...'AZaz09-_~%'), async (at, ch) => {
      const tampered = hash.slice(0, at) + ch + hash.slice(at + 1);
      const d = await decodeShareHash(tampered);
      // A flipped character may still inflate to a readable record; then it is a record like any other.
      if (d.ok) expect(d.value.ownText).toBeNull();
      else expect(linkNoticeText(catalogs.en.storeMessages, d.error)).toMatch(/^The link could not be opened/);
    }), { numRuns: 200 });
    for (const cut of [VERSION_PREFIX.length, VERSION_PREFIX.length + 5, hash.length - 3]) {
      expect((await decodeShareHash(hash.slice(0, cut))).ok).toBe(false);
    }
  });

  it('decode whatever bytes a hand-made link inflates to, as a record or a reason', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.json().map((j) => new TextEncoder().encode(j)),
      fc.record({ v: fc.constantFrom(1, 2), source: fc.anything(), step: fc.anything(), ownText: fc.anything() })
        .map((r) => new TextEncoder().encode(JSON.stringify(r))),
    ), async (bytes) => {
      const d = await decodeShareHash(await handMade(bytes));
      if (d.ok) expect(d.value).toMatchObject({ ownText: null, edits: [] });
    }), { numRuns: 200 });
  });

  it('refuse an oversized hash and a link that inflates past any program', async () => {
    expect(await decodeShareHash(VERSION_PREFIX + 'A'.repeat(MAX_HASH))).toEqual({ ok: false, error: { code: 'tooLong' } });
    // A few kilobytes of zeros' deflate stand for far more than a program may hold.
    const bomb = await handMade(new Uint8Array(MAX_TEXT + 20_000));
    expect(bomb.length).toBeLessThan(MAX_HASH);
    expect(await decodeShareHash(bomb)).toEqual({ ok: false, error: { code: 'truncated' } });
    const foreign = await handMade(new TextEncoder().encode(encodeLesson(record).replace('"v":1', '"v":7')));
    expect(await decodeShareHash(foreign)).toEqual({ ok: false, error: { code: 'lesson', lesson: { code: 'version', found: '7', expected: 1 } } });
  });
});
