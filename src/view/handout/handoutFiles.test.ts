import { describe, expect, it } from 'vitest';
import { analyzeCompiledView, type Analysis } from '../../core/index.ts';
import { layoutGraph } from '../../layout/index.ts';
import { presetById } from '../../presets/index.ts';
import { catalogs } from '../../i18n/index.ts';
import { compiled } from '../../testing/fixtures.ts';
import { labelledLayout } from '../labelGeometry.ts';
import { LAYOUT_OPTIONS, STATEMENT_LAYOUT_OPTIONS } from '../layoutOptions.ts';
import { nodeSize } from '../nodeShape.ts';
import { FIGURE_MAX_NODES, handoutFigure } from './figure.ts';
import { svgDataUrl } from './figureSvg.ts';
import { placement } from './figureTikz.ts';
import { writeHandout } from './handoutFiles.ts';

const preset = (id: string, detail: 'gates' | 'statements' = 'gates'): Analysis =>
  analyzeCompiledView(compiled(presetById(id)?.source ?? ''), { detail });
const MLP = preset('mlp-2321');
const CS231N = preset('cs231n');

describe('the handout figure is the app\'s drawing', () => {
  it('puts every node where the app\'s layout puts it, in Gates and in Statements', () => {
    for (const [a, detail, options] of [[MLP, 'gates', LAYOUT_OPTIONS], [preset('mlp-2321', 'statements'), 'statements', STATEMENT_LAYOUT_OPTIONS]] as const) {
      const fig = handoutFigure(a, detail);
      const { layout, anchors } = labelledLayout(a, layoutGraph(a.graph, nodeSize, options));
      expect(fig?.nodes.map((n) => n.at)).toEqual(layout.nodes);
      // Each edge's value sits above its label anchor and its gradient below, as GraphMarks draws them.
      fig?.edges.slice(0, -1).forEach((e, i) => {
        expect(e.value.at.x).toBe(anchors[i].x);
        expect(e.value.at.y).toBeLessThan(anchors[i].y);
        expect(e.grad.at.y).toBeGreaterThan(anchors[i].y);
      });
    }
  });

  it('names every gate, so g₁₇ of the steps can be found on the figure, and writes every number', () => {
    const fig = handoutFigure(MLP, 'gates');
    const names = fig?.nodes.flatMap((n) => (n.name ? [n.name.text] : [])) ?? [];
    expect(names).toContain('g₁₇');
    expect(names).toContain('h1_1');
    expect(names.filter((n) => n.startsWith('g'))).toHaveLength(29);
    const tex = writeHandout(MLP, catalogs.en, { format: 'tex', lang: 'en', detail: 'gates' }).text;
    expect(tex).toContain('{g\\ensuremath{_{17}}}');
    expect(tex.match(/\\node\[value\]/g)).toHaveLength(MLP.graph.edges.length + 1);
    expect(tex.match(/\\node\[grad\]/g)?.length).toBeGreaterThan(MLP.graph.edges.length);
    // J = 0.5·(3 − y_pred)² = 42.874 on the output's stub, with ∂J/∂J = 1 below it.
    expect(tex).toContain('{42.874}');
    expect(tex).toContain('{\\ensuremath{\\partial} 1}');
  });

  it('fits the page: a small graph inline at text size, the MLP on a sideways page of its own', () => {
    const small = placement(handoutFigure(CS231N, 'gates') as NonNullable<ReturnType<typeof handoutFigure>>);
    expect(small).toMatchObject({ ownPage: false, sideways: false });
    const mlp = handoutFigure(MLP, 'gates') as NonNullable<ReturnType<typeof handoutFigure>>;
    const big = placement(mlp);
    expect(big).toMatchObject({ ownPage: true, sideways: true });
    // The whole drawing inside the text block of A4 with 2 cm margins, turned: 25.7 × 17 cm.
    expect(mlp.width * big.scale).toBeLessThanOrEqual(25.7);
    expect(mlp.height * big.scale).toBeLessThanOrEqual(17);
  });

  it('gives a graph too big for a page a sentence instead of a picture', () => {
    const lines = Array.from({ length: FIGURE_MAX_NODES }, (_, i) => `h${i + 1} = ${i ? `h${i}` : 'x'} * 2`);
    const a = analyzeCompiledView(compiled(['x = 1', ...lines].join('\n')), { detail: 'gates' });
    expect(handoutFigure(a, 'gates')).toBeNull();
    const tex = writeHandout(a, catalogs.en, { format: 'tex', lang: 'en', detail: 'gates' }).text;
    expect(tex).not.toContain('tikzpicture');
    expect(tex).toContain(`The graph has ${a.graph.nodes.length} nodes`);
  });
});

describe('the Markdown handout carries its graph as SVG', () => {
  it('links graph.svg when it is written beside it, and embeds the same SVG otherwise', () => {
    const linked = writeHandout(CS231N, catalogs.en, { format: 'md', lang: 'en', detail: 'gates', svgName: 'graph.svg' });
    expect(linked.text).toContain('![Computational graph: f](graph.svg)');
    expect(linked.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const label of ['-12', '∂ 1', '∂ -4', '∂ 3']) expect(linked.svg).toContain(`>${label}</text>`);
    const embedded = writeHandout(CS231N, catalogs.en, { format: 'md', lang: 'en', detail: 'gates' });
    expect(embedded.svg).toBeUndefined();
    const url = /!\[[^\]]*\]\(([^)\s]+)\)/.exec(embedded.text)?.[1] ?? '';
    expect(url).toBe(svgDataUrl(linked.svg ?? ''));
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(linked.svg);
  });

  it('escapes a name as XML text in the SVG', () => {
    const a = analyzeCompiledView(compiled('a = 1\nb = a * 2\nf = b + 1 # <script>&'), { detail: 'gates' });
    const { svg } = writeHandout(a, catalogs.en, { format: 'md', lang: 'en', detail: 'gates', svgName: 'graph.svg' });
    expect(svg).not.toMatch(/<script|&(?!#\d+;)/);
  });

  it('numbers steps as the app does, in Korean too', () => {
    const md = writeHandout(MLP, catalogs.ko, { format: 'md', lang: 'ko', detail: 'gates' }).text;
    expect(md).toContain('- **95단계 중 37단계** · **J**');
    expect(md).not.toMatch(/^1\. /m);
  });
});
