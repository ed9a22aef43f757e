/**
 * The engine's messages and gate patterns in the student's language. The engine writes English
 * (the CLI's and the tests' contract) and keeps a reference into the catalogs beside it.
 */
import { renderMessage, type MessageRef, type PatternKey, type StepWord } from '../core/language/message.ts';
import { catalogs, type Catalog } from '../i18n/index.ts';
import { useT } from './useT.ts';

/** An error, a warning or a practice answer's complaint, in the catalog's language. */
export const engineText = (t: Catalog, said: { readonly ref: MessageRef }) => renderMessage(t.engine.messages, said.ref);

/** A step's gate pattern or note, in the catalog's language (its English when it has no key). */
export const patternText = (t: Catalog, step: { readonly pattern?: string; readonly patternKey?: PatternKey }) =>
  step.patternKey ? t.engine.patterns[step.patternKey] : step.pattern;

/** A step's plain-text summary (for the live region) in the catalog's language: its word, then its formulas. */
export const stepSummary = (t: Catalog, step: { readonly textWord: StepWord; readonly textBody: string }) =>
  `${t.engine.steps[step.textWord]}: ${localOperands(t, step.textBody)}`;

/**
 * The one word inside a step's formula text, "(operand 1)" where one operand fills both slots
 * (`x * x`), in the catalog's language. Unambiguous: no name holds a space or a bracket.
 */
const EN_OPERAND = new RegExp(`\\(${catalogs.en.engine.steps.operand(9).replace('9', '(\\d+)')}\\)`, 'g');
const localOperands = (t: Catalog, body: string) =>
  (t === catalogs.en ? body : body.replace(EN_OPERAND, (_, n: string) => `(${t.engine.steps.operand(Number(n))})`));

/** `stepSummary` as an element, for a place that has no `t` of its own. */
export function StepSummary({ step }: { step: { readonly textWord: StepWord; readonly textBody: string } }) {
  return <>{stepSummary(useT(), step)}</>;
}

/** `patternText` as an element, for a place that has no `t` of its own. */
export function PatternText({ step }: { step: { readonly pattern?: string; readonly patternKey?: PatternKey } }) {
  return <>{patternText(useT(), step)}</>;
}

/** `engineText` as an element, for a place that has no `t` of its own. */
export function EngineMessage({ said }: { said: { readonly ref: MessageRef } }) {
  return <>{engineText(useT(), said)}</>;
}
