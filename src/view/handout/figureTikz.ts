/**
 * The handout's figure as a TikZ picture: the app's drawing (figure.ts) scaled to the page, its
 * text at the size the layout placed it for, scaled with it. A figure whose text would come out
 * smaller than a footnote on the page's text block gets a page of its own with narrow margins,
 * turned sideways when that draws it bigger (a wide network): a page float, so the text runs on
 * around it instead of leaving the page before it half empty.
 */
import { latexText } from '../../core/course/latexText.ts';
import type { Point } from '../../layout/index.ts';
import type { Figure, FigureText } from './figure.ts';
import { edgeSegments } from './figurePath.ts';

export const PT_PER_CM = 72.27 / 2.54;
/** The text block of the handout (A4, 2 cm margins: 17 × 25.7 cm), inline and on a page of its own, less a heading's and a caption's room. */
const BLOCK = { width: 17, height: 11 };
const PAGE = { width: 17, height: 23.5 };
/** Largest and least label size on paper (pt): text as big as the handout's, and a figure inline only if its labels are at least this. */
const MAX_FONT = 9;
const INLINE_FONT = 6;

export interface Placement { readonly scale: number; readonly ownPage: boolean; readonly sideways: boolean }

/** cm per layout unit, and where the figure goes. */
export function placement(fig: Pick<Figure, 'width' | 'height' | 'fontSize'>): Placement {
  const cap = MAX_FONT / (fig.fontSize * PT_PER_CM);
  const fit = (w: number, h: number) => Math.min(cap, w / fig.width, h / fig.height);
  const inline = fit(BLOCK.width, BLOCK.height);
  if (inline * fig.fontSize * PT_PER_CM >= INLINE_FONT) return { scale: inline, ownPage: false, sideways: false };
  const upright = fit(PAGE.width, PAGE.height);
  const turned = fit(PAGE.height, PAGE.width - 2);
  return turned > upright ? { scale: turned, ownPage: true, sideways: true } : { scale: upright, ownPage: true, sideways: false };
}

const n = (v: number) => String(Math.round(v * 10) / 10);
const pt = ({ x, y }: Point) => `(${n(x)},${n(y)})`;

/** A number label with a real minus sign: the labels are formatNumber's text ("-0.2", "∂ -4", "Σ∂ 1×10⁻⁵"). */
export const numberText = (s: string) => latexText(s).replace(/(^|[\s(])-(?=[0-9.I])/g, '$1\\ensuremath{-}');

function path(points: readonly Point[]): string {
  return edgeSegments(points)
    .map((s) => (s.kind === 'move' ? pt(s.to) : s.kind === 'line' ? `-- ${pt(s.to)}` : `.. controls ${pt(s.c1)} and ${pt(s.c2)} .. ${pt(s.to)}`))
    .join(' ');
}

const label = (style: string, t: FigureText, text = numberText(t.text)) => `\\node[${style}] at ${pt(t.at)} {${text}};`;

/**
 * The section: its heading, the picture and the caption under it (both LaTeX already). On a page
 * of its own (a page float) the heading goes on that page, and a sideways page turns heading,
 * picture and caption together.
 */
export function figureTikz(fig: Figure, heading: string, caption: string): string[] {
  const place = placement(fig);
  const font = fig.fontSize * place.scale * PT_PER_CM;
  const size = `\\fontsize{${n(font)}}{${n(font * 1.2)}}\\selectfont\\sffamily`;
  const out = [
    `\\begin{tikzpicture}[x=${place.scale.toFixed(5)}cm, y=-${place.scale.toFixed(5)}cm, font=${size},`,
    '  line width=0.45pt, every node/.style={inner sep=0.4pt, outer sep=0pt},',
    '  edge/.style={draw=edgeline, -{Stealth[length=1.2mm]}},',
    // A white ground under each label, as the app's halo: an edge crossing a label never strikes it through.
    '  label/.style={anchor=base, fill=white}, value/.style={label, text=valuecol}, grad/.style={label, text=gradcol, font=' + size + '\\bfseries},',
    '  name/.style={label, text=namecol, font=' + size + '\\bfseries}]',
    // The bounding box is the drawing's own, text included: the page is laid out around what is drawn.
    `\\useasboundingbox ${pt({ x: fig.left, y: fig.top })} rectangle ${pt({ x: fig.left + fig.width, y: fig.top + fig.height })};`,
  ];
  // Lines first, then every label over them, then the nodes: the order the eye needs, not the app's DOM order.
  for (const e of fig.edges) out.push(`\\draw[edge] ${path(e.points)};`);
  for (const e of fig.edges) out.push(label('value', e.value), label('grad', e.grad));
  for (const node of fig.nodes) {
    const { x, y } = node.at;
    const look = node.kind === 'input' ? 'fill=inputfill, rounded corners=1.5pt' : node.kind === 'const' ? 'fill=white, dashed, rounded corners=1pt' : 'fill=white';
    out.push(node.shape === 'circle'
      ? `\\draw[${look}, draw=nodeline] ${pt(node.at)} circle[radius=${n(node.halfWidth)}];`
      : `\\draw[${look}, draw=nodeline] ${pt({ x: x - node.halfWidth, y: y - node.halfHeight })} rectangle ${pt({ x: x + node.halfWidth, y: y + node.halfHeight })};`);
    // The app's gate symbols are larger than its labels (18 px to 14), but for a word such as ReLU.
    const big = node.shape === 'circle' && [...node.text].length <= 2;
    out.push(`\\node[anchor=center${big ? `, font=\\fontsize{${n(font * 1.25)}}{${n(font * 1.5)}}\\selectfont\\sffamily` : ''}] at ${pt(node.at)} {${numberText(node.text)}};`);
    if (node.name) out.push(label('name', node.name, latexText(node.name.text)));
    if (node.sum) out.push(label('grad', node.sum));
  }
  out.push('\\end{tikzpicture}');
  return figureSection(place, out, heading, caption);
}

/** A picture (LaTeX) with its heading and caption, inline or on a page of its own as `place` says. */
export function figureSection(place: Placement, picture: readonly string[], heading: string, caption: string): string[] {
  const body = [...picture, '', `\\smallskip{\\small ${caption}}`];
  const title = `\\subsection*{${heading}}`;
  if (!place.ownPage) return [title, '\\begin{center}', ...body, '\\end{center}'];
  // A float holds no \\subsection: the heading is set as one, by hand.
  const page = [`{\\large\\bfseries ${heading}}\\par\\medskip`, ...body];
  const turned = place.sideways ? ['\\rotatebox{90}{\\begin{minipage}{' + PAGE.height + 'cm}\\centering', ...page, '\\end{minipage}}'] : page;
  return ['\\begin{figure}[p]', '\\centering', ...turned, '\\end{figure}'];
}

/** What the preamble needs for figureTikz. */
export const TIKZ_PREAMBLE = [
  '\\usepackage{tikz}', '\\usetikzlibrary{arrows.meta}',
  '\\definecolor{valuecol}{HTML}{0A6B47}', '\\definecolor{gradcol}{HTML}{B42318}',
  '\\definecolor{edgeline}{HTML}{6B7785}', '\\definecolor{namecol}{HTML}{2B5C8A}', '\\definecolor{nodeline}{HTML}{46505C}', '\\definecolor{inputfill}{HTML}{E8F1FB}',
];
