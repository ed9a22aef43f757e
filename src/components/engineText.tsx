/**
 * The engine's words as elements, for a place that has no `t` of its own; the functions
 * themselves are framework-free (view/engineWords.ts).
 */
import type { MessageRef, PatternKey, StepWord } from '../core/language/message.ts';
import { engineText, patternText, stepSummary } from '../view/engineWords.ts';
import { useT } from './useT.ts';

export { engineText, patternText, stepSummary };

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
