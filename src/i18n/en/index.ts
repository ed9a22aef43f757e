/**
 * The English catalog: every UI string, one module per area (add an area as a file beside this
 * one, and the same file under ../ko). Keys are namespaced by the component or area that shows them.
 */
import { course } from './course.ts';
import { engine } from './engine.ts';
import { handout } from './handout.ts';
import { forwardMode, traceTable } from './forwardMode.ts';
import { language } from './language.ts';
import { practice } from './practice.ts';
import { presets } from './presets.ts';
import { warnings } from './warnings.ts';

export const en = {
  language,
  engine,
  warnings,
  handout,
  presets,
  course,
  practice,
  forwardMode,
  traceTable,
} as const;
