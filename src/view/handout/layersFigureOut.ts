/**
 * The Layers figure (layersFigure.ts) written out: as a standalone SVG in the app's light
 * colours (every text escaped as XML text), and as a TikZ picture placed on the page as the
 * Gates figure is (figureTikz.ts: scaled to the text block, or a page of its own).
 */
import { latexText } from '../../core/course/latexText.ts';
import type { Point } from '../../layout/index.ts';
import type { FigureText } from './figure.ts';
import { figureSection, numberText, placement, PT_PER_CM } from './figureTikz.ts';
import { CELL_FONT, type LayersFigure } from './layersFigure.ts';

const n = (v: number) => String(Math.round(v * 10) / 10);
const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The app's light-theme colours (layers.css over styles.css). */
const INK = '#1d2733';
const NAME = '#2b5c8a';
const EDGE = '#6b7785';
const FRAME = '#46505c';
const MUTED = '#5b6673';

const STYLE = [
  'text{font-family:"DejaVu Sans",Verdana,sans-serif;text-anchor:middle}',
  `.e{fill:none;stroke:${EDGE};stroke-width:1.6}`, `.l{fill:${INK};font-weight:600}`, `.l.i{fill:${NAME}}`,
  `.f{fill:none;stroke:${FRAME};stroke-width:1.2}`, '.f.d{stroke-dasharray:5 3}', '.c{stroke:#fff;stroke-width:1.5}',
  `.n{fill:#1b1f24;font-size:${CELL_FONT}px}`, '.n.w{fill:#fff}', `.g{fill:${MUTED};font-size:14px}`,
].join('');

const text = (cls: string, t: FigureText) => `<text class="${cls}" x="${n(t.at.x)}" y="${n(t.at.y)}">${xml(t.text)}</text>`;

/** `title` names the picture for screen readers (and as its tooltip). */
export function layersFigureSvg(fig: LayersFigure, title: string): string {
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(fig.left)} ${n(fig.top)} ${n(fig.width)} ${n(fig.height)}" width="${n(fig.width)}" height="${n(fig.height)}" font-size="${fig.fontSize}" role="img">`,
    `<title>${xml(title)}</title>`,
    `<style>${STYLE}</style>`,
    `<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${EDGE}"/></marker></defs>`,
    `<rect x="${n(fig.left)}" y="${n(fig.top)}" width="${n(fig.width)}" height="${n(fig.height)}" fill="#fff"/>`,
  ];
  const xy = ({ x, y }: Point) => `${n(x)},${n(y)}`;
  for (const [a, b, c, d] of fig.edges) out.push(`<path class="e" d="M${xy(a)}C${xy(b)} ${xy(c)} ${xy(d)}" marker-end="url(#a)"/>`);
  for (const node of fig.nodes) {
    const f = node.frame;
    out.push(text(node.input ? 'l i' : 'l', node.label));
    out.push(`<rect class="f${node.dashed ? ' d' : ''}" x="${n(f.x)}" y="${n(f.y)}" width="${n(f.width)}" height="${n(f.height)}" rx="3"/>`);
    for (const cell of node.cells) {
      out.push(`<rect class="c" x="${n(cell.x)}" y="${n(cell.y)}" width="${n(cell.width)}" height="${n(cell.height)}" fill="${xml(cell.fill)}"/>`);
      if (cell.text) out.push(text(cell.onDark ? 'n w' : 'n', cell.text));
    }
    for (const gap of node.gaps) out.push(text('g', gap));
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** A colour as xcolor's `{rgb,255:red,…;green,…;blue,…}`, from `#rrggbb` or `rgb(r, g, b)`. */
export function tikzColour(css: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css);
  const rgb = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : (css.match(/\d+(?:\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Math.round(Number(v)));
  return `{rgb,255:red,${rgb[0]};green,${rgb[1]};blue,${rgb[2]}}`;
}

/** The section: heading, picture and caption (both LaTeX already), placed as the Gates figure is. */
export function layersFigureTikz(fig: LayersFigure, heading: string, caption: string): string[] {
  const place = placement(fig);
  const font = fig.fontSize * place.scale * PT_PER_CM;
  const cellFont = font * (CELL_FONT / fig.fontSize);
  const size = (pt: number) => `\\fontsize{${n(pt)}}{${n(pt * 1.2)}}\\selectfont\\sffamily`;
  const pt = ({ x, y }: Point) => `(${n(x)},${n(y)})`;
  const out = [
    `\\begin{tikzpicture}[x=${place.scale.toFixed(5)}cm, y=-${place.scale.toFixed(5)}cm, font=${size(font)},`,
    '  line width=0.45pt, every node/.style={inner sep=0.4pt, outer sep=0pt},',
    '  edge/.style={draw=edgeline, -{Stealth[length=1.2mm]}}, frame/.style={draw=nodeline, rounded corners=0.8pt},',
    `  label/.style={anchor=base, font=${size(font)}\\bfseries}, number/.style={anchor=base, font=${size(cellFont)}}]`,
    `\\useasboundingbox ${pt({ x: fig.left, y: fig.top })} rectangle ${pt({ x: fig.left + fig.width, y: fig.top + fig.height })};`,
  ];
  for (const [a, b, c, d] of fig.edges) out.push(`\\draw[edge] ${pt(a)} .. controls ${pt(b)} and ${pt(c)} .. ${pt(d)};`);
  for (const node of fig.nodes) {
    const f = node.frame;
    out.push(`\\node[label${node.input ? ', text=namecol' : ''}] at ${pt(node.label.at)} {${latexText(node.label.text)}};`);
    for (const cell of node.cells) {
      out.push(`\\filldraw[fill=${tikzColour(cell.fill)}, draw=white, line width=0.6pt] ${pt(cell)} rectangle ${pt({ x: cell.x + cell.width, y: cell.y + cell.height })};`);
      if (cell.text) out.push(`\\node[number${cell.onDark ? ', text=white' : ''}] at ${pt(cell.text.at)} {${numberText(cell.text.text)}};`);
    }
    for (const gap of node.gaps) out.push(`\\node[number] at ${pt(gap.at)} {${latexText(gap.text)}};`);
    out.push(`\\draw[frame${node.dashed ? ', dashed' : ''}] ${pt(f)} rectangle ${pt({ x: f.x + f.width, y: f.y + f.height })};`);
  }
  out.push('\\end{tikzpicture}');
  return figureSection(place, out, heading, caption);
}
