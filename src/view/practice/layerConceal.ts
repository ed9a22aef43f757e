/**
 * Practice in Layers: the step panel's lines while the step asks. A line a question asks shows
 * its result as "Hide numbers"' blanks (hideNumbers.ts) and keeps the numbers the student needs:
 * a forward step its operands (h1 = relu(W1x + b1) = relu([..][..] + [..]) = ?), a backward step
 * ∂J/∂h, diag(f′(z)) and the products' other factors (∂J/∂W = δ xᵀ = ? [..] = ?), δ blanked where
 * it is asked too. Framework-free; no DOM.
 */
import type { LayersAnalysis } from '../../core/index.ts';
import { layerQuestions } from '../../core/course/layerQuestions.ts';
import { bmatrix } from '../../core/layers/layerTex.ts';
import { blankTex } from '../presenter/hideNumbers.ts';
import { topLevelParts } from '../layers/layersView.ts';

/** The numbers of a piece of TeX blanked. */
const blankNumbers = (tex: string) => blankTex(`x =${tex}`).slice('x ='.length);

/** The line with the numbers of its last part (its result) blanked, and `hidden` (δ's numbers) wherever it appears. */
export function blankResult(tex: string, hidden?: string): string {
  const parts = topLevelParts(tex);
  if (parts.length < 2) return tex;
  const kept = parts.slice(0, -1).map((p) => (hidden ? p.split(hidden).join(blankNumbers(hidden)) : p));
  return [...kept, blankNumbers(parts[parts.length - 1])].join('=');
}

/** How Layers step `step`'s panel writes line `i` while practice asks: a function of the line's TeX. */
export function layerConcealer(la: LayersAnalysis, step: number): (tex: string, line: number) => string {
  const questions = layerQuestions(la, la.steps[step]);
  const asked = new Set(questions.map((q) => q.line));
  // δ as the products write it, a column of numbers; a one-entry δ is a bare number, too short to find safely.
  const delta = questions.find((q) => q.kind === 'delta');
  const deltaTex = delta && delta.answers.length > 1 && delta.shape.cols === 0 ? bmatrix(delta.answers, delta.shape.rows, 0) : undefined;
  return (tex, line) => {
    if (!asked.has(line)) return tex;
    if (delta && !deltaTex) return blankTex(tex);
    return blankResult(tex, deltaTex);
  };
}
