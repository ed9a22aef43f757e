import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { analyzeCompiledView, analyzeLayers, describeLayerStep, FUNCTIONS, type Analysis, type LayersAnalysis } from '../../core/index.ts';
import { presetById, PRESETS } from '../../presets/index.ts';
import { catalogs } from '../../i18n/index.ts';
import { compiled } from '../../testing/fixtures.ts';
import { layersFigure } from './layersFigure.ts';
import { layersFigureSvg, tikzColour } from './layersFigureOut.ts';
import { writeHandout } from './handoutFiles.ts';

const gatesOf = (source: string): Analysis => analyzeCompiledView(compiled(source), { detail: 'gates' });
const MLP = gatesOf(presetById('mlp-2321-matrix')?.source ?? '');
const LA = analyzeLayers(MLP) as LayersAnalysis;
const MATRIX_PRESETS = PRESETS.filter((p) => compiled(p.source).shapes.length > 0);

const md = (a: Analysis, lang: 'en' | 'ko' = 'en') => writeHandout(a, catalogs[lang], { format: 'md', lang, detail: 'layers' }).text;
const tex = (a: Analysis, lang: 'en' | 'ko' = 'en') => writeHandout(a, catalogs[lang], { format: 'tex', lang, detail: 'layers' }).text;
/** Every $…$ of a Markdown handout (the image's data: address left out). */
const mathOf = (text: string) => [...text.replace(/!\[[^\]]*\]\([^)]*\)/g, '').matchAll(/\$([^$]+)\$/g)].map((m) => m[1]);

/** Words of two or more Latin letters outside the program listing, the figure's address, TeX commands and the program's names. */
function englishWords(a: Analysis, text: string): string[] {
  const allowed = new Set([...FUNCTIONS.keys()]);
  for (const n of a.graph.nodes) for (const w of n.text.split(/[^A-Za-z]+/)) allowed.add(w.toLowerCase());
  const prose = text
    .replace(/```[^]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\$[^$]+\$/g, (m) => m.replace(/\\(?:operatorname|begin|end)\{[^}]*\}/g, ' ').replace(/\\[A-Za-z]+/g, ' '));
  return (prose.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.has(w.toLowerCase()));
}

describe('the Layers handout', () => {
  it('is a handout: title, the program, the layers figure, every Layers step numbered as the app numbers it, results', () => {
    const text = md(MLP);
    expect(text.startsWith('# Backpropagation, step by step: J\n')).toBe(true);
    expect(text).toContain('h1 = relu(W1 @ x + b1)');
    expect(text).toContain('## Computational graph\n\n![Computational graph: J](data:image/svg+xml;charset=utf-8,');
    expect(LA.steps).toHaveLength(16);
    for (let k = 1; k <= 16; k++) expect(text).toContain(`**Step ${k} of 16**`);
    expect(text).toContain('**Step 1 of 16** · Forward: h1 in matrix form, with the numbers');
    // Each step's formulas are the step panel's, line for line.
    for (const step of LA.steps) for (const line of describeLayerStep(LA, step).lines) expect(text).toContain(`   - $${line}$`);
    expect(text).toContain('## Results');
  });

  it('writes the course\'s products with the engine\'s numbers: ∂J/∂W1 = δxᵀ at the ReLU layer', () => {
    // By hand: y_pred = 12.26, ∂J/∂y_pred = 12.26 − 3 = 9.26; h2's pre-activations are positive, so
    // δ₂ = W3ᵀ·9.26 = [12.038, 12.964]; δ₁ = W2ᵀδ₂ = [21.3906, 23.8908, 26.391] (every h1 entry active);
    // ∂J/∂W1 = δ₁xᵀ with x = [1, 2].
    const text = md(MLP);
    expect(text).toContain('\\delta\\, x^{\\top}');
    expect(text).toContain('\\begin{bmatrix} 21.391 & 42.781 \\\\ 23.891 & 47.782 \\\\ 26.391 & 52.782 \\end{bmatrix}');
    expect(text).toContain('\\operatorname{diag}(f\'(z))');
  });

  it('renders every formula under KaTeX throwOnError, in every matrix example and both languages', () => {
    for (const p of MATRIX_PRESETS) {
      for (const lang of ['en', 'ko'] as const) {
        const math = mathOf(md(gatesOf(p.source), lang));
        expect(math.length, p.id).toBeGreaterThan(4);
        for (const m of math) expect(() => katex.renderToString(m, { throwOnError: true }), `${p.id} ${lang}: ${m}`).not.toThrow();
      }
    }
  });

  it('holds no English word in Korean, names of the program and functions aside', () => {
    // The check finds English where there is some: the English handout is full of it.
    expect(englishWords(MLP, md(MLP, 'en'))).toEqual(expect.arrayContaining(['Backpropagation', 'Forward', 'matrix']));
    for (const p of MATRIX_PRESETS) {
      const a = gatesOf(p.source);
      const text = md(a, 'ko');
      expect(englishWords(a, text), p.id).toEqual([]);
      expect(text).toContain('# 역전파, 한 단계씩: ');
    }
    expect(md(MLP, 'ko')).toContain('**16단계 중 1단계** · 순전파: h1의 행렬 형태와 그 수');
  });

  it('is a LaTeX document with the layers drawn in TikZ, the same formulas in display math', () => {
    const text = tex(MLP);
    expect(text).toMatch(/^\\documentclass/);
    expect(text).toContain('\\begin{tikzpicture}');
    expect(text.match(/\\filldraw\[/g)).toHaveLength(LA.layers.nodes.reduce((n, node) => n + node.entries.length, 0));
    // In display math, shrunk to the text's width only when a row of matrices is wider.
    expect(text).toContain('\\[ \\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{$\\displaystyle \\frac{\\partial J}{\\partial W_{1}} = \\delta\\, x^{\\top}');
    expect(tex(MLP, 'ko')).toContain('\\usepackage{kotex}');
  });

  it('is the Statements handout for a program with no vector or matrix, as the Layers view is then Statements', () => {
    const source = 'x = 3\ny = 4\nf = x * y';
    const statements = analyzeCompiledView(compiled(source), { detail: 'statements' });
    expect(writeHandout(statements, catalogs.en, { format: 'md', lang: 'en', detail: 'layers' }).text)
      .toBe(writeHandout(statements, catalogs.en, { format: 'md', lang: 'en', detail: 'statements' }).text);
  });
});

describe('the layers figure', () => {
  it('draws the app\'s last step: every node labelled with its shape, gradients in the cells, their frames dashed', () => {
    const fig = layersFigure(LA);
    expect(fig.nodes.map((n) => n.label.text).sort()).toEqual(['J', 'W1 3×2', 'W2 2×3', 'W3 1×2', 'b1 3', 'b2 2', 'b3', 'h1 3', 'h2 2', 'x 2', 'y_pred', 'y_true'].sort());
    const w1 = fig.nodes.find((n) => n.label.text === 'W1 3×2');
    // ∂J/∂W1 = δ₁xᵀ (worked out above): 21.3906, 42.7812, 23.8908, 47.7816, 26.391, 52.782 in three digits.
    expect(w1?.cells.map((c) => c.text?.text)).toEqual(['21.4', '42.8', '23.9', '47.8', '26.4', '52.8']);
    expect(w1?.dashed).toBe(true);
    expect(fig.edges).toHaveLength(LA.layers.nodes.reduce((n, node) => n + node.operands.length, 0));
    const svg = layersFigureSvg(fig, 'Computational graph');
    expect(svg).toContain('>W1 3×2</text>');
    expect(svg).toContain('>52.8</text>');
  });

  it('writes the app\'s colours for TikZ', () => {
    expect(tikzColour('#2166ac')).toBe('{rgb,255:red,33;green,102;blue,172}');
    expect(tikzColour('rgb(194, 65, 12)')).toBe('{rgb,255:red,194;green,65;blue,12}');
  });
});
