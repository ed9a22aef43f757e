/** The Korean catalog: the same keys as ../en, checked by the compiler through `Catalog`. */
import type { Catalog } from '../index.ts';
import { course } from './course.ts';
import { engine } from './engine.ts';
import { handout } from './handout.ts';
import { forwardMode, traceTable } from './forwardMode.ts';
import { language } from './language.ts';
import { practice } from './practice.ts';
import { presets } from './presets.ts';
import { warnings } from './warnings.ts';

export const ko: Catalog = {
  language,
  engine,
  warnings,
  handout,
  presets,
  course,
  practice,
  forwardMode,
  traceTable,
};
