/** The Korean catalog: the same keys as ../en, checked by the compiler through `Catalog`. */
import type { Catalog } from '../index.ts';
import { language } from './language.ts';
import { otherTab } from './otherTab.ts';

export const ko: Catalog = {
  language,
  otherTab,
};
