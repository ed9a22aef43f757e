/**
 * TeX of the Layers view: a statement in matrix form, symbolic or with its numbers in
 * `bmatrix`. Big vectors and matrices keep their first and last entries around ⋯, ⋮ and ⋱.
 * Formulas hold symbols only, no words, so they read the same in every language.
 */
import { foldExpr } from '../language/ast.ts';
import { OPS, Prec, bracketTex } from '../engine/ops.ts';
import type { Expr } from '../language/parser.ts';
import { texName, texNumber, wrapTex } from '../tex/tex.ts';

/** Rows (or columns) shown in full up to this many; past it the first few, a dots line and the last. */
export const MAX_SHOWN = 6;
const HEAD = 3;

/** Which indices to show of n: all, or the first HEAD, a gap (-1) and the last. */
export function shownIndices(n: number): number[] {
  if (n <= MAX_SHOWN) return Array.from({ length: n }, (_, i) => i);
  return [...Array.from({ length: HEAD }, (_, i) => i), -1, n - 1];
}

/**
 * Wraps entry `i`'s TeX: the app marks each entry of a layer node's matrix with its scalar id
 * (KaTeX's \htmlData), so that a click on it can pick that entry. The CLI and handouts mark nothing.
 */
export type EntryMark = (i: number, tex: string) => string;

/** Numbers (row-major) as a bmatrix of `rows`×`cols` (cols 0: a column vector); one number plain. */
export function bmatrix(values: ArrayLike<number>, rows: number, cols: number, at: (i: number) => number = (i) => values[i], mark?: EntryMark): string {
  const width = cols === 0 ? 1 : cols;
  const entry = (i: number) => (mark ? mark(i, texNumber(at(i))) : texNumber(at(i)));
  if (rows * width === 1) return entry(0);
  const rs = shownIndices(rows);
  const cs = shownIndices(width);
  const body = rs.map((r) => cs.map((c) => {
    if (r < 0 && c < 0) return '\\ddots';
    if (r < 0) return '\\vdots';
    if (c < 0) return '\\cdots';
    return entry(r * width + c);
  }).join(' & ')).join(' \\\\ ');
  return `\\begin{bmatrix} ${body} \\end{bmatrix}`;
}

/** A diagonal matrix diag(d) with its zeros, elided like any other matrix. */
export function diagMatrix(d: readonly number[]): string {
  const n = d.length;
  return bmatrix([], n, n, (k) => (Math.floor(k / n) === k % n ? d[k % n] : 0));
}

interface Tex { readonly tex: string; readonly prec: number }

/** A statement's expression in matrix form: `leaf` writes each name (symbol or numbers). */
export function exprTex(root: Expr, leaf: (name: string) => Tex): string {
  return foldTex(root, leaf).tex;
}

function foldTex(root: Expr, leaf: (name: string) => Tex): Tex {
  return foldExpr<Tex>(root, (e, kids) => {
    const slot = (k: number, p: number) => wrapTex(kids[k].tex, kids[k].prec, p);
    switch (e.kind) {
      case 'number': return { tex: texNumber(e.value), prec: e.value < 0 ? Prec.signed : Prec.atom };
      case 'name': return leaf(e.name);
      case 'unary':
      case 'binary':
      case 'call': {
        const spec = OPS[e.op];
        return { tex: spec.tex(slot(0, spec.slots[0]), kids.length > 1 ? slot(1, spec.slots[1] ?? 0) : ''), prec: spec.prec };
      }
      case 'matmul': return { tex: `${slot(0, Prec.product)} ${slot(1, Prec.power)}`, prec: Prec.product };
      case 'array': return { tex: `\\begin{bmatrix} ${kids.map((k) => k.tex).join(' \\\\ ')} \\end{bmatrix}`, prec: Prec.atom };
      case 'index': return { tex: `${slot(0, Prec.atom)}_{${e.indices.join(',')}}`, prec: Prec.atom };
      case 'shapeCall':
        if (e.fn === 'transpose') return { tex: `${slot(0, Prec.atom)}^{\\top}`, prec: Prec.power };
        return { tex: e.fn === 'sum' ? `\\textstyle\\sum ${bracketTex(kids[0].tex)}` : `\\operatorname{mean}${bracketTex(kids[0].tex)}`, prec: Prec.product };
    }
  });
}

/** A name as a symbol: its TeX name. */
export const symbol = (name: string): Tex => {
  const tex = texName(name);
  return { tex, prec: tex.includes('^') ? Prec.power : Prec.atom };
};

/** ∂J/∂name in TeX. */
export const partialOf = (output: string, name: string) => `\\frac{\\partial ${texName(output)}}{\\partial ${texName(name)}}`;
