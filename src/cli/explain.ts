/**
 * The CLI's `explain`: the handout (core/course/handout.ts) in the language asked for.
 */
import type { Analysis } from '../core/index.ts';
import { handoutLatex, handoutMarkdown } from '../core/course/handout.ts';
import { catalogs, type Language } from '../i18n/index.ts';

export { latexText } from '../core/course/handout.ts';

export const explainMarkdown = (a: Analysis, lang: Language = 'en') => handoutMarkdown(a, catalogs[lang]);
export const explainLatex = (a: Analysis, lang: Language = 'en') => handoutLatex(a, catalogs[lang], lang);
