/**
 * The handout's figure as a standalone SVG file: the app's drawing (figure.ts) in the app's
 * colours, every text escaped as XML text. The Markdown handout links it (`explain --out DIR`)
 * or embeds it as a data: address.
 */
import type { Point } from '../../layout/index.ts';
import type { Figure, FigureText } from './figure.ts';
import { edgeSegments } from './figurePath.ts';

const n = (v: number) => String(Math.round(v * 10) / 10);
const xy = ({ x, y }: Point) => `${n(x)},${n(y)}`;
const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

const d = (points: readonly Point[]) =>
  edgeSegments(points).map((s) => (s.kind === 'move' ? `M${xy(s.to)}` : s.kind === 'line' ? `L${xy(s.to)}` : `C${xy(s.c1)} ${xy(s.c2)} ${xy(s.to)}`)).join('');

const text = (cls: string, t: FigureText) => `<text class="${cls}" x="${n(t.at.x)}" y="${n(t.at.y)}">${xml(t.text)}</text>`;

const STYLE = [
  'text{font-family:"DejaVu Sans",Verdana,sans-serif;text-anchor:middle}',
  '.e{fill:none;stroke:#6b7785;stroke-width:1.6}', '.v{fill:#0a6b47;font-weight:500}', '.g{fill:#b42318;font-weight:800}',
  '.v,.g,.m{paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}',
  '.n{fill:#fff;stroke:#46505c;stroke-width:1.8}', '.i{fill:#e8f1fb}', '.c{fill:#f2f2f2;stroke:#9aa3ad;stroke-dasharray:3 2}',
  '.s{fill:#1d2733;font-weight:600}', '.b{font-size:18px}', '.m{fill:#2b5c8a;font-weight:700}',
].join('');

/** `title` names the picture for screen readers (and as its tooltip). */
export function figureSvg(fig: Figure, title: string): string {
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(fig.left)} ${n(fig.top)} ${n(fig.width)} ${n(fig.height)}" width="${n(fig.width)}" height="${n(fig.height)}" font-size="${fig.fontSize}" role="img">`,
    `<title>${xml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#6b7785"/></marker></defs>',
    `<rect x="${n(fig.left)}" y="${n(fig.top)}" width="${n(fig.width)}" height="${n(fig.height)}" fill="#fff"/>`,
  ];
  for (const e of fig.edges) out.push(`<path class="e" d="${d(e.points)}" marker-end="url(#a)"/>`);
  for (const e of fig.edges) out.push(text('v', e.value), text('g', e.grad));
  for (const node of fig.nodes) {
    const { x, y } = node.at;
    out.push(node.shape === 'circle'
      ? `<circle class="n" cx="${n(x)}" cy="${n(y)}" r="${n(node.halfWidth)}"/>`
      : `<rect class="n${node.kind === 'input' ? ' i' : node.kind === 'const' ? ' c' : ''}" x="${n(x - node.halfWidth)}" y="${n(y - node.halfHeight)}" width="${n(2 * node.halfWidth)}" height="${n(2 * node.halfHeight)}" rx="${node.kind === 'input' ? 7 : 4}"/>`);
    const big = node.shape === 'circle' && [...node.text].length <= 2;
    out.push(text(big ? 's b' : 's', { at: { x, y: y + (big ? 18 : fig.fontSize) * 0.35 }, text: node.text }));
    if (node.name) out.push(text('m', node.name));
    if (node.sum) out.push(text('g', node.sum));
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** The SVG as a data: address a Markdown image can hold: no space, bracket or quote left raw. */
export const svgDataUrl = (svg: string) =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
