/**
 * The English catalog: every UI string, one module per area (add an area as a file beside this
 * one, and the same file under ../ko). Keys are namespaced by the component or area that shows them.
 */
import { coursePanels } from './coursePanels.ts';
import { engine } from './engine.ts';
import { handout } from './handout.ts';
import { language } from './language.ts';
import { presets } from './presets.ts';
import { warnings } from './warnings.ts';

export const en = {
  language,
  engine,
  warnings,
  handout,
  presets,
  coursePanels,
} as const;
