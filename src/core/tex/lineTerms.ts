/**
 * The terms of a line's symbolic partial (statementTex.ts): one per path through the line's
 * gates, each a coefficient times the local derivatives along it, and how they are added up and
 * written. Light simplification only: constants fold into the coefficient, equal terms add.
 */
import { bracketTex, Prec } from '../engine/ops.ts';
import type { Formula } from './stepTex.ts';
import { formatNumber, texNum, textNum, texNumber } from './tex.ts';

export interface Factor { readonly tex: string; readonly value: number; readonly constant: boolean; readonly uses: readonly number[] }
export interface Term { coef: number; readonly factors: readonly Factor[] }

/** Is there a `+` or `-` outside every bracket (after the first character)? Then as a factor it needs brackets. */
export function hasTopLevelSum(tex: string): boolean {
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    if (tex.startsWith('\\left', i)) { depth++; i += 4; continue; }
    if (tex.startsWith('\\right', i)) { depth--; i += 5; continue; }
    const c = tex[i];
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if (depth === 0 && i > 0 && (c === '+' || c === '-') && tex[i - 1] === ' ') return true;
  }
  return false;
}

/** Folds what is constant inside a factor's TeX: `2 - 1` in an exponent, `^{1}`, a leading sign or number. */
export function simplify(tex: string, value: number): { tex: string; value: number; coef: number } {
  let t = tex.replace(/\{(\d+(?:\.\d+)?) - 1\}/g, (_m, n: string) => `{${formatNumber(Number(n) - 1)}}`).replace(/\^\{1\}/g, '');
  let v = value;
  let coef = 1;
  if (t.startsWith('-') && !hasTopLevelSum(t)) { t = t.slice(1); coef = -1; v = -v; }
  const lead = /^(\d+(?:\.\d+)?) \\cdot (.*)$/.exec(t);
  if (lead && Number(lead[1]) !== 0 && !hasTopLevelSum(lead[2])) {
    coef *= Number(lead[1]);
    t = lead[2];
    v = v / Number(lead[1]);
  }
  return { tex: t, value: v, coef };
}

export function mergeTerms(terms: readonly Term[]): Term[] {
  const byKey = new Map<string, Term>();
  for (const t of terms) {
    const key = t.factors.map((f) => f.tex).join('\u0000');
    const same = byKey.get(key);
    if (same) same.coef += t.coef;
    else byKey.set(key, { coef: t.coef, factors: t.factors });
  }
  return [...byKey.values()].filter((t) => t.coef !== 0);
}

/** The short names a partial mentions, and those their definitions mention, innermost first. */
export function closeUses(terms: readonly Term[], usesOf: readonly (readonly number[])[], marked: Uint8Array): number[] {
  const seen = new Set<number>();
  const todo = terms.flatMap((t) => t.factors.flatMap((f) => f.uses));
  while (todo.length) {
    const u = todo.pop() as number;
    if (seen.has(u) || !marked[u]) continue;
    seen.add(u);
    todo.push(...usesOf[u]);
  }
  return [...seen].sort((a, b) => a - b);
}

export function symbolicSum(terms: readonly Term[]): Formula {
  if (terms.length === 0) return { tex: '0', text: '' };
  const written = terms.map((t) => {
    const many = t.factors.length > 1 || (t.coef !== 1 && t.coef !== -1);
    const fs = t.factors.map((f) => (many && hasTopLevelSum(f.tex) ? bracketTex(f.tex) : f.tex));
    if (fs.length === 0) return texNumber(t.coef);
    if (t.coef === 1) return fs.join(' \\cdot ');
    if (t.coef === -1) return `-${fs.length === 1 && hasTopLevelSum(fs[0]) ? bracketTex(fs[0]) : fs.join(' \\cdot ')}`;
    return `${texNumber(t.coef)} \\cdot ${fs.join(' \\cdot ')}`;
  });
  const tex = written.reduce((acc, w, i) => (i === 0 ? w : w.startsWith('-') ? `${acc} - ${w.slice(1)}` : `${acc} + ${w}`), '');
  return { tex, text: '' };
}

export function numericSum(terms: readonly Term[]): Formula {
  if (terms.length === 0) return { tex: '0', text: '0' };
  const termNumbers = terms.map((t) => [...(t.coef !== 1 || t.factors.length === 0 ? [t.coef] : []), ...t.factors.map((f) => f.value)]);
  const product = (ns: number[], first: number, num: (v: number, slot: number) => string, dot: string) =>
    ns.map((v, j) => num(v, j === 0 ? first : Prec.unary + 0.5)).join(dot);
  return {
    tex: termNumbers.map((ns, i) => product(ns, i === 0 ? Prec.signed : Prec.product, texNum, ' \\cdot ')).join(' + '),
    text: termNumbers.map((ns, i) => product(ns, i === 0 ? Prec.signed : Prec.product, textNum, ' · ')).join(' + '),
  };
}
