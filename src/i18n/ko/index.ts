/** The Korean catalog: the same keys as ../en, checked by the compiler through `Catalog`. */
import type { Catalog } from '../index.ts';
import { coursePanels } from './coursePanels.ts';
import { engine } from './engine.ts';
import { handout } from './handout.ts';
import { language } from './language.ts';
import { presets } from './presets.ts';
import { warnings } from './warnings.ts';

export const ko: Catalog = {
  language,
  engine,
  warnings,
  handout,
  presets,
  coursePanels,
};
