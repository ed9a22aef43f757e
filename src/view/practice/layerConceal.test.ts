import { describe, expect, it } from 'vitest';
import { analyzeLayers, analyzeView, describeLayerStep, texNumber, type LayersAnalysis } from '../../core/index.ts';
import { PRESETS } from '../../presets/index.ts';
import { analyzed } from '../../testing/fixtures.ts';
import { createLessonView, type LessonInput, type Lookup } from '../lessonView.ts';
import { layerConcealer } from './layerConceal.ts';

const la = analyzeLayers(analyzed(PRESETS.find((p) => p.id === 'cs231n-vectorised')!.source)) as LayersAnalysis;
const shown = (step: number) => {
  const conceal = layerConcealer(la, step);
  return describeLayerStep(la, la.steps[step]).lines.map((line, i) => conceal(line, i));
};

describe('the Layers step panel while practice asks', () => {
  it('blanks a forward step\'s result and keeps its operands\' numbers', () => {
    // q = Wx: W's 0.5 and x's 0.4 stay; q = [0.22, 0.26] is the answer.
    const [symbolic, numeric] = shown(0);
    expect(symbolic).toBe(describeLayerStep(la, la.steps[0]).lines[0]);
    expect(numeric).toContain('0.5');
    expect(numeric).toContain('0.4');
    expect(numeric).not.toContain('0.22');
    expect(numeric).not.toContain('0.26');
    expect(numeric).toContain('{?}');
  });

  it('keeps the upstream ∂f/∂q of a backward step and blanks every number of the products it asks', () => {
    const lines = shown(3);
    expect(lines[0]).toContain(texNumber(0.44));
    for (const answer of [0.088, 0.176, 0.104, 0.208, -0.112, 0.636]) expect(lines.slice(1).join(' ')).not.toContain(texNumber(answer));
    expect(lines[1]).toContain('x^{\\top}');
  });

  it('hides δ where the products write it, and keeps their other factors', () => {
    // The MLP by hand: h1 = W1x + b1 = [0.6, 1.3, 2]; h2 = W2h1 + b2 = [3.66, 4.93]; ŷ = 1.3·3.66 + 1.4·4.93 + 0.6 = 12.26;
    // ∂J/∂ŷ = ŷ − 3 = 9.26; ∂J/∂h2 = 9.26·[1.3, 1.4] = [12.038, 12.964] = δ (both ReLUs active).
    const mlp = analyzeLayers(analyzed(PRESETS.find((p) => p.id === 'mlp-2321-matrix')!.source)) as LayersAnalysis;
    const back = mlp.steps.find((s) => s.kind === 'backward' && mlp.layers.nodes[s.node].name === 'h2')!;
    const conceal = layerConcealer(mlp, back.index);
    const lines = describeLayerStep(mlp, back).lines.map((line, i) => conceal(line, i));
    expect(lines[0]).toContain('12.038');
    expect(lines[1]).toContain("\\operatorname{diag}(f'(z)) = \\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}");
    for (const line of lines.slice(2)) expect(line).not.toContain('12.038');
    const dW2 = lines.find((l) => l.includes('h_{1}^{\\top} ='))!;
    expect(dW2).toContain('\\begin{bmatrix} 0.6 & 1.3 & 2 \\end{bmatrix}');
    const dh1 = lines.find((l) => l.includes('W_{2}^{\\top} \\delta ='))!;
    expect(dh1).toContain('0.7 & 0.8 & 0.9');
  });

  it('leaves a step that asks nothing as it is', () => {
    expect(shown(4)).toEqual(describeLayerStep(la, la.steps[4]).lines);
  });
});

describe('the lesson view in Layers with practice', () => {
  const look: Lookup = (source, detail, expanded) => {
    const r = analyzeView(source, { detail, expand: [...expanded] });
    return r.ok ? { ok: true, analysis: r.value } : { ok: false, error: r.error };
  };
  const source = PRESETS.find((p) => p.id === 'cs231n-vectorised')!.source;
  const input = (over: Partial<LessonInput>): LessonInput => ({
    source, lastGoodSource: source, step: 0, detail: 'layers', expanded: [], mode: 'reverse', wrt: null, practice: true, answered: [], ...over,
  });

  it('asks at Layers steps and conceals each until answered; a step that asks nothing tells at once', () => {
    const view = createLessonView(look);
    const asked = view(input({ step: 3 }));
    expect([asked.layers !== null, asked.practice, asked.questions, asked.concealed, asked.overlay]).toEqual([true, true, 2, true, undefined]);
    expect(view(input({ step: 3, answered: [3] })).concealed).toBe(false);
    expect(view(input({ step: 4 }))).toMatchObject({ questions: 0, concealed: false });
    expect(view(input({ step: 3, practice: false }))).toMatchObject({ questions: 0, concealed: false });
  });
});
