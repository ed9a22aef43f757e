/**
 * The English catalog: every UI string, one module per area (add an area as a file beside this
 * one, and the same file under ../ko). Keys are namespaced by the component or area that shows them.
 */
import { language } from './language.ts';
import { bigGraph } from './bigGraph.ts';

export const en = {
  language,
  bigGraph,
} as const;
