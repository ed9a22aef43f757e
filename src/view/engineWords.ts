/**
 * The engine's messages, step summaries and gate patterns in the student's language. The engine
 * writes English (the CLI's and the tests' contract) and keeps a reference into the catalogs
 * beside it; a step's formula text holds no word, so only its leading word is translated.
 */
import { renderMessage, type MessageRef, type PatternKey, type StepWord } from '../core/language/message.ts';
import type { Catalog } from '../i18n/index.ts';

/** An error, a warning or a practice answer's complaint, in the catalog's language. */
export const engineText = (t: Catalog, said: { readonly ref: MessageRef }) => renderMessage(t.engine.messages, said.ref);

/** A step's gate pattern or note, in the catalog's language (its English when it has no key). */
export const patternText = (t: Catalog, step: { readonly pattern?: string; readonly patternKey?: PatternKey }) =>
  step.patternKey ? t.engine.patterns[step.patternKey] : step.pattern;

/** A step's plain-text summary (for the live region) in the catalog's language: its word, then its formulas. */
export const stepSummary = (t: Catalog, step: { readonly textWord: StepWord; readonly textBody: string }) =>
  `${t.engine.steps[step.textWord]}: ${step.textBody}`;
