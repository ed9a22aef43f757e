/**
 * The catalogs. Pure TypeScript (no React, no DOM), so the CLI's `explain --lang` and the app
 * read the same strings. Components take theirs through `useT()` (components/useT.ts).
 */
import type { Widen } from './catalog.ts';
import { en } from './en/index.ts';
import { ko } from './ko/index.ts';
import type { Language } from './language.ts';

export type Catalog = Widen<typeof en>;
export { detectLanguage, isLanguage, LANGUAGES, type Language } from './language.ts';

export const catalogs: Readonly<Record<Language, Catalog>> = { en, ko };
