/** The Korean catalog: the same keys as ../en, checked by the compiler through `Catalog`. */
import type { Catalog } from '../index.ts';
import { language } from './language.ts';
import { bigGraph } from './bigGraph.ts';

export const ko: Catalog = {
  language,
  bigGraph,
};
