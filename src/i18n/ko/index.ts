/** The Korean catalog: the same keys as ../en, checked by the compiler through `Catalog`. */
import type { Catalog } from '../index.ts';
import { engine } from './engine.ts';
import { language } from './language.ts';

export const ko: Catalog = {
  language,
  engine,
};
