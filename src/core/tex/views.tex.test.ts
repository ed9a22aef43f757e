/**
 * Every view's steps, held to the same two promises: their TeX renders under KaTeX's
 * `throwOnError`, and rendered in Korean (formulas, live-region summary, gate pattern) they hold
 * no English word — the program's own names and the function names aside.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import katex from 'katex';
import { analyzeView, CONSTANTS, describeStep, describeTangent, FUNCTIONS, type Analysis, type StepFormulas } from '../index.ts';
import { forwardMode } from '../steps/forwardMode.ts';
import { DETAILS, type Detail } from '../engine/views.ts';
import { PRESETS } from '../../presets/index.ts';
import { texProgram } from '../../testing/fixtures.ts';
import { catalogs } from '../../i18n/index.ts';
import { patternText, stepSummary } from '../../view/engineWords.ts';

function view(source: string, detail: Detail): Analysis {
  const r = analyzeView(source, { detail });
  if (!r.ok) throw new Error(`${source}\n${r.error.message}`);
  return r.value;
}

/** Every TeX string a step shows: each formula, on one line and split in two for a narrow panel. */
const texOf = (f: StepFormulas): string[] => [f.tex, ...f.lines.flatMap((l) => [l.tex, ...(l.split ?? [])])];

/** What a Korean student hears and reads beside a step's TeX: its spoken summary, its pattern line. */
function koreanOf(a: Analysis, index: number): string[] {
  const step = a.schedule.steps[index];
  return [stepSummary(catalogs.ko, describeStep(a, step)), patternText(catalogs.ko, step) ?? ''];
}

// Notation, not words: NaN and ∞ are how the app writes those values; `sign` is a function.
const NOTATION = ['nan', 'infinity', 'sign', ...FUNCTIONS.keys(), ...CONSTANTS.keys()];

/** Words of two or more Latin letters that are neither a name of the program nor notation. */
function englishWords(shown: readonly string[], a: Analysis): string[] {
  const allowed = new Set(NOTATION);
  for (const n of a.graph.nodes) for (const w of n.text.split(/[^A-Za-z]+/)) allowed.add(w.toLowerCase());
  return shown.flatMap((s) => {
    // Function names set upright (\operatorname{ReLU}), TeX's own commands (\partial, \cdot) and
    // environments (\begin{gathered}) are not words.
    const bare = s.replace(/\\(?:operatorname|begin|end)\{[^}]*\}/g, ' ').replace(/\\[A-Za-z]+/g, ' ');
    // `dx` is x's tangent in forward mode's text (ẋ in TeX): notation too.
    const notation = (w: string) => allowed.has(w) || (w.startsWith('d') && allowed.has(w.slice(1)));
    return (bare.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !notation(w.toLowerCase()));
  });
}

function check(a: Analysis, f: StepFormulas, korean: readonly string[], label: string): void {
  const tex = texOf(f);
  for (const t of tex) expect(() => katex.renderToString(t, { throwOnError: true }), `${label}: ${t}`).not.toThrow();
  const shown = [...tex, ...korean];
  expect(englishWords(shown, a), `${label} in Korean: ${shown.join(' | ')}`).toEqual([]);
}

/** Reverse mode's steps, then forward mode's sweep by the first input. */
function checkView(a: Analysis, label: string): void {
  a.schedule.steps.forEach((s, i) => check(a, describeStep(a, s), koreanOf(a, i), `${label} step ${i + 1}`));
  if (a.graph.inputs.length === 0) return;
  const sweep = forwardMode(a.trace, a.graph.inputs[0]);
  sweep.steps.forEach((s, i) => {
    const f = describeTangent(a, sweep, s);
    check(a, f, [stepSummary(catalogs.ko, f), catalogs.ko.engine.patterns.tangent], `${label} forward step ${i + 1}`);
  });
}

describe('every view of every program renders, and in Korean holds no English word', () => {
  it('finds an English word when one is planted, so the check cannot pass by finding nothing', () => {
    const a = view('w = 2\nx = 0.5\nf = sigmoid(w * x)', 'statements');
    const last = a.schedule.steps.length - 1;
    const shown = [...texOf(describeStep(a, a.schedule.steps[last])), ...koreanOf(a, last)];
    expect(englishWords(shown, a)).toEqual([]);
    expect(englishWords([...shown, 's = w \\cdot x \\quad \\text{where } s > 0'], a)).toEqual(['where']);
    expect(englishWords([`${shown[0]} (operand 1)`], a)).toEqual(['operand']);
    // A program name and a function name are not English words, even when they are (`loss`, `relu`).
    const b = view('loss = 2\nf = relu(loss)', 'gates');
    const at = b.schedule.steps.length - 1;
    expect(englishWords([...texOf(describeStep(b, b.schedule.steps[at])), ...koreanOf(b, at)], b)).toEqual([]);
  });

  for (const detail of DETAILS) {
    it(`${detail}: every preset`, () => {
      for (const p of PRESETS) checkView(view(p.source, detail), `${p.id} (${detail})`);
    });

    it(`${detail}: random programs over every op, name style and awkward value`, () => {
      fc.assert(fc.property(texProgram, (source) => checkView(view(source, detail), `${source} (${detail})`)), { numRuns: 50 });
    });
  }
});
