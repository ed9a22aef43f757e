/**
 * The catalogs of the lazy-loaded panels (course panels and their charts, practice, forward
 * mode, the trace table, the Layers view): the same typed catalogs as index.ts, in a module only those panels
 * import, so their words in both languages load with them and not with the first page.
 */
import type { Widen } from './catalog.ts';
import { course as enCourse } from './en/course.ts';
import { forwardMode as enForwardMode, traceTable as enTraceTable } from './en/forwardMode.ts';
import { practice as enPractice } from './en/practice.ts';
import { layers as enLayers } from './en/layers.ts';
import { layers as koLayers } from './ko/layers.ts';
import { course as koCourse } from './ko/course.ts';
import { forwardMode as koForwardMode, traceTable as koTraceTable } from './ko/forwardMode.ts';
import { practice as koPractice } from './ko/practice.ts';
import type { Language } from './language.ts';

const en = { course: enCourse, practice: enPractice, forwardMode: enForwardMode, traceTable: enTraceTable, layers: enLayers } as const;

export type PanelCatalog = Widen<typeof en>;

export const panelCatalogs: Readonly<Record<Language, PanelCatalog>> = {
  en,
  ko: { course: koCourse, practice: koPractice, forwardMode: koForwardMode, traceTable: koTraceTable, layers: koLayers },
};
