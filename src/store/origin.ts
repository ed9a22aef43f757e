/**
 * Where the text on screen comes from, and where it goes when an example replaces it, so that
 * picking examples never destroys anything the student typed.
 *
 * The text is the student's own program (`presetId` null) or an example (`presetId` set),
 * pristine or edited. The rules:
 * - Picking replaces the text, but first keeps it: the own program as `ownText`, an edited
 *   example in `edits` (newest first, at most MAX_EDITS). A pristine example needs no keeping.
 * - An edited example is the student's work but not their own program: it never overwrites
 *   `ownText`. Only when no own program is kept does an edited example become it (the usual
 *   first visit: the default example, typed over).
 * - A text that equals a kept one (after Ctrl+Z undoes a pick, say) is that one again.
 */
import { presetById, PRESETS } from '../presets/index.ts';
import { MAX_EDITS, type KeptEdit } from './lessonState.ts';

export interface Origin {
  readonly source: string;
  readonly presetId: string | null;
  readonly ownText: string | null;
  readonly edits: readonly KeptEdit[];
}

/** The origin of a text typed (or undone) into the editor, given where the previous text came from. */
export function originOf(source: string, before: Origin): string | null {
  const pristine = PRESETS.find((p) => p.source === source);
  if (pristine) return pristine.id;
  if (before.ownText === source) return null;
  const kept = before.edits.find((e) => e.text === source);
  if (kept) return kept.presetId;
  if (before.presetId !== null && before.ownText === null) return null;
  return before.presetId;
}

/** True when the text on screen is an example the student has changed. */
export function isEditedExample({ source, presetId }: Pick<Origin, 'source' | 'presetId'>): boolean {
  return presetId !== null && presetById(presetId)?.source !== source;
}

/** The kept texts once the text on screen is replaced: nothing the student typed is dropped. */
export function keep(o: Origin): Pick<Origin, 'ownText' | 'edits'> {
  if (o.presetId === null) {
    // An emptied program is nothing to come back to; keep the one before it.
    return { ownText: o.source.trim() === '' ? o.ownText : o.source, edits: o.edits };
  }
  if (!isEditedExample(o)) return { ownText: o.ownText, edits: o.edits };
  const edits = [{ presetId: o.presetId, text: o.source }, ...o.edits.filter((e) => e.text !== o.source)];
  return { ownText: o.ownText, edits: edits.slice(0, MAX_EDITS) };
}
