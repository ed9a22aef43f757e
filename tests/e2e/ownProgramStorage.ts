/**
 * What the browser's local storage keeps of the student's texts, read from a page and decoded in
 * Node by the app's own decoders: what a reload (or a new tab) of the app would find — the
 * lesson it restores (the text, the own program, the kept texts) and the other tab's kept work
 * its message offers.
 */
import type { Page } from '@playwright/test';
import { decodeLesson } from '../../src/store/lessonState.ts';
import { readKept } from '../../src/store/otherTab.ts';
import { studentWork } from '../../src/store/origin.ts';
import { STORAGE_KEY } from '../../src/store/persistence.ts';
import { initialState, lessonRecord } from '../../src/store/state.ts';
import { encodeShareHash } from '../../src/store/shareLink.ts';

export type Stored = Record<string, string>;

export async function storage(page: Page): Promise<Stored> {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? ''])));
}

/** The saved lesson, or null when there is none or it cannot be read. */
export function savedLesson(stored: Stored) {
  const decoded = stored[STORAGE_KEY] === undefined ? null : decodeLesson(stored[STORAGE_KEY]);
  return decoded?.ok ? decoded.value : null;
}

/** Every text a reload would find: on screen, in the picker, or offered by the other-tab message. */
export function foundByReload(stored: Stored): Set<string> {
  const texts = new Set<string>();
  const lesson = savedLesson(stored);
  if (lesson) [lesson.source, ...studentWork(lesson).map((w) => w.text)].forEach((t) => texts.add(t));
  readKept({ getItem: (k) => stored[k] ?? null, setItem: () => {} })?.works.forEach((w) => texts.add(w.text));
  return texts;
}

/** The address of a share link to a program of no example (or of an example, edited). */
export async function linkTo(source: string, presetId: string | null = null): Promise<string> {
  return `/#${await encodeShareHash({ ...lessonRecord(initialState), source, presetId })}`;
}
