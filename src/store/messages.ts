/**
 * The words for the store's problem codes, in the language of the catalog given: the decoders
 * return codes (shareLink.ts, lessonState.ts, persistence.ts), and the notices that show them
 * pass their `useT().storeMessages`. Pure: the catalogs are plain TypeScript.
 */
import type { Catalog } from '../i18n/index.ts';
import type { LessonProblem } from './lessonState.ts';
import type { LinkProblem } from './shareLink.ts';
import type { SaveProblem } from './store.ts';

type Words = Catalog['storeMessages'];

/** The whole alert for a link that could not be opened (the last program stays open). */
export function linkNoticeText(words: Words, problem: LinkProblem): string {
  return words.linkNotice(problem.code === 'lesson' ? lessonText(words.linkLesson, problem.lesson) : words.link[problem.code]);
}

/** Why the saved lesson could not be read: the reason inside `editor.unreadable`. */
export function saveProblemText(words: Words, problem: SaveProblem): string {
  return problem.code === 'storage' ? words.savedLesson.storage : lessonText(words.savedLesson, problem);
}

function lessonText(lesson: Words['linkLesson'], problem: LessonProblem): string {
  switch (problem.code) {
    case 'version':
    case 'noVersion':
      return lesson[problem.code](problem.found, problem.expected);
    default:
      return lesson[problem.code];
  }
}
