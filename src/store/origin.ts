/**
 * Where the text on screen comes from, and where it goes when another program replaces it, so
 * that picking examples, opening links and files never destroys anything the student typed.
 *
 * The text is the student's own program (`presetId` and `linked` null), an example (`presetId`
 * set), or a program opened from a link or a file (`linked` set), pristine or edited. The rules:
 * - A switch replaces the text, but first keeps it: the own program as `ownText`, an edited
 *   example or an edited opened program in `edits` (newest first; at most MAX_EDITS of examples).
 *   A pristine example or a program as it was opened needs no keeping: it is not the student's
 *   (a link's program is one Back away).
 * - An edited example or opened program is the student's work but not their own program: it
 *   never overwrites `ownText`. Only when no own program is kept does it become it (the usual
 *   first visit: the default example, typed over).
 * - A text that equals a kept one (after Ctrl+Z undoes a pick, say) is that one again.
 * - An example's text in any language (its comments from another catalog) is that example,
 *   unedited: switching the language swaps the comments of an unedited example and nothing else.
 */
import type { Language } from '../i18n/language.ts';
import { chainActivationOf, exampleIn, isPresetText, presetById, presetOfText } from '../presets/index.ts';
import { capEdits, type KeptEdit, type Linked } from './lessonState.ts';

export interface Origin {
  readonly source: string;
  readonly presetId: string | null;
  readonly linked: Linked;
  readonly ownText: string | null;
  readonly edits: readonly KeptEdit[];
}

/** Where one text comes from: an example, an opened program, or neither (the own program). */
export type Provenance = Pick<Origin, 'presetId' | 'linked'>;

const OWN: Provenance = { presetId: null, linked: null };

/** True when the text on screen is the student's own program. */
export const isOwnProgram = (o: Provenance): boolean => o.presetId === null && o.linked === null;

/** The origin of a text typed (or undone) into the editor, given where the previous text came from. */
export function originOf(source: string, before: Origin): Provenance {
  const pristine = presetOfText(source);
  if (pristine) return { presetId: pristine.id, linked: null };
  if (before.ownText === source) return OWN;
  const kept = before.edits.find((e) => e.text === source);
  if (kept) return { presetId: kept.presetId, linked: kept.presetId === null ? 'edited' : null };
  if (!isOwnProgram(before) && before.ownText === null) return OWN;
  return { presetId: before.presetId, linked: before.linked === null ? null : 'edited' };
}

/** The origin of a text opened from elsewhere (a link, a file, Back): a kept text is itself again. */
export function openedOrigin(source: string, presetId: string | null, before: Origin): Provenance {
  if (presetOfText(source) || before.ownText === source || before.edits.some((e) => e.text === source)) {
    return originOf(source, before);
  }
  return { presetId, linked: 'opened' };
}

/** True when the text on screen is an example the student has changed. */
export function isEditedExample({ source, presetId }: Pick<Origin, 'source' | 'presetId'>): boolean {
  const preset = presetId === null ? undefined : presetById(presetId);
  return presetId !== null && !(preset && isPresetText(preset, source));
}

/**
 * The text on screen as the app would write it in `language`, when the app wrote it: an
 * unedited example, or (on an example) a deep chain the Vanishing gradients switch built. Only
 * its comment lines differ. Null for anything else: a student's text is never rewritten.
 */
export function exampleInLanguage({ source, presetId }: Pick<Origin, 'source' | 'presetId'>, language: Language): string | null {
  if (presetOfText(source) === undefined && (presetId === null || chainActivationOf(source) === null)) return null;
  return exampleIn(source, language);
}

/** True when the text on screen is the student's work, to be kept when it is replaced. */
function isStudentWork(o: Origin): boolean {
  if (o.linked === 'opened') return false;
  if (o.linked === 'edited') return o.source.trim() !== '';
  return isOwnProgram(o) || isEditedExample(o);
}

/** The kept texts once the text on screen is replaced: nothing the student typed is dropped. */
export function keep(o: Origin): Pick<Origin, 'ownText' | 'edits'> {
  if (isOwnProgram(o)) {
    // An emptied program is nothing to come back to; keep the one before it.
    return { ownText: o.source.trim() === '' ? o.ownText : o.source, edits: o.edits };
  }
  if (!isStudentWork(o)) return { ownText: o.ownText, edits: o.edits };
  return { ownText: o.ownText, edits: withKept(o.edits, [{ presetId: o.presetId, text: o.source }]) };
}

/** `edits` with `more` in front (newest first), each text once, capped as the record is. */
export function withKept(edits: readonly KeptEdit[], more: readonly KeptEdit[]): KeptEdit[] {
  const texts = new Set(more.map((e) => e.text));
  return capEdits([...more, ...edits.filter((e) => !texts.has(e.text))]);
}

/**
 * Every text of a lesson that is the student's work, each once, the one on screen first: what
 * must never be lost. The own program comes as a kept program of no example.
 */
export function studentWork(o: Origin): KeptEdit[] {
  const all = [
    ...(isStudentWork(o) ? [{ presetId: o.presetId, text: o.source }] : []),
    ...(o.ownText === null ? [] : [{ presetId: null, text: o.ownText }]),
    ...o.edits,
  ];
  return all.filter((e, i) => e.text.trim() !== '' && all.findIndex((f) => f.text === e.text) === i);
}
