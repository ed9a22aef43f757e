/**
 * The live class's words, in a module of their own: the header's two buttons read it, and the
 * panels that load with the class (components/liveClass/). Typed like the other catalogs, so a
 * missing or extra Korean key is a compile error.
 */
import type { Widen } from './catalog.ts';
import { liveClass as en } from './en/liveClass.ts';
import { liveClass as ko } from './ko/liveClass.ts';
import type { Language } from './language.ts';

export type LiveClassCatalog = Widen<typeof en>;

export const liveClassCatalogs: Readonly<Record<Language, LiveClassCatalog>> = { en, ko };
