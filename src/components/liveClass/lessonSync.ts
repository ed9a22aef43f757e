/**
 * The lesson between the presenter's store and the class. The presenter sends the lesson
 * record as the page shows it (the lesson view's step) whenever a field of it changes; a
 * student's store takes the class's record the way a share link is opened (openShared), so
 * the student's own program is kept one pick away — and a class program replaced by the next
 * one is not kept, so it never takes the own program's place. The student's language,
 * presenter mode and practice setting stay the student's.
 */
import { openShared } from '../../store/addressSync.ts';
import { encodeLesson, sharedPart, type LessonRecord } from '../../store/lessonState.ts';
import { appStore, lessonRecord, type Store } from '../../store/store.ts';
import { MAX_LESSON_CHARS } from '../../view/liveClass/wire.ts';
import { exampleIn } from '../../presets/index.ts';

export type StopSending = () => void;

function shown(state: Store): LessonRecord {
  const record = lessonRecord(state);
  const { status, step } = state.lesson();
  return status === 'current' || status === 'stale' ? { ...record, step } : record;
}

/** Sends the record now and on every change; returns the stop. */
export function startSendingLesson(send: (text: string) => void, tooLarge: () => void): StopSending {
  let last: LessonRecord | null = null;
  const check = (state: Store) => {
    const record = shown(state);
    if (last && (Object.keys(record) as (keyof LessonRecord)[]).every((k) => record[k] === last![k])) return;
    last = record;
    const text = encodeLesson({ ...sharedPart(record), ownText: null, language: null, presenter: false, practice: false });
    if (text.length > MAX_LESSON_CHARS) tooLarge();
    else send(text);
  };
  check(appStore.getState());
  return appStore.subscribe(check);
}

let lastApplied: string | null = null;
const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Shows the class's lesson on this student's screen. */
export function applyClassLesson(classRecord: LessonRecord): void {
  const s = appStore.getState();
  // An example unedited reads in the student's language (its comments; the program is the same).
  const record = { ...classRecord, source: exampleIn(classRecord.source, s.language) ?? classRecord.source };
  const own = { language: null, presenter: s.presenter, practice: s.practice, speed: s.settings.speed };
  const sameView = record.source === s.source && record.detail === s.detail && sameList(record.expanded, s.expanded)
    && record.mode === s.mode && record.wrt === s.wrt;
  if (sameView) {
    if (record.step !== s.lesson().step) s.goTo(record.step);
    if (record.hideNumbers !== s.settings.hideNumbers) s.setHideNumbers(record.hideNumbers);
    lastApplied = record.source;
    return;
  }
  // Replacing the class's previous program: nothing of the student's to keep.
  if (lastApplied !== null && s.source === lastApplied) s.restore({ ...record, ...own, ownText: s.ownText, edits: s.edits });
  else openShared(appStore, { ...record, ...own });
  lastApplied = record.source;
}
