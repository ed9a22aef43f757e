/**
 * Names, numbers and node labels → KaTeX source and plain text. Every user-typed name passes
 * through `texName`, so no program text reaches TeX raw. Step formulas are built in stepTex.ts
 * from these pieces.
 */
import { bracketTex, Prec, type OpName } from '../engine/ops.ts';

const GREEK = new Set([
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota',
  'kappa', 'lambda', 'mu', 'nu', 'xi', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi',
  'omega', 'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega',
]);

/** KaTeX reads U+0300–U+036F as accents and knows these twelve: any other throws "Unknown accent". */
const KATEX_ACCENT = /^[\u0300-\u0304\u0306-\u0308\u030a-\u030c\u0327]$/;
/**
 * A combining mark NFC could not fold into its letter (`x` + U+0323) is written by code point,
 * which KaTeX sets as a character instead of parsing an accent; so is a known accent on
 * something that is not a letter (`_`, another mark).
 */
const escapeMarks = (s: string) => s.replace(/[\u0300-\u036f]/g, (mark, at: number) =>
  (KATEX_ACCENT.test(mark) && /\p{L}/u.test(s[at - 1] ?? '') ? mark : `{\\char"${mark.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`));
/** Only letters, marks and digits survive raw; `_` is escaped and anything else is dropped. */
const escapeText = (s: string) => escapeMarks(s.replace(/[^\p{L}\p{M}0-9_]/gu, '').replace(/_/g, '\\_'));
/** A name with letters beyond ASCII (`가중치`) is set as text: math mode has no glyphs for them. */
const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);
const upright = (s: string) => (isAscii(s) ? `\\mathrm{${escapeText(s)}}` : `\\text{${escapeText(s)}}`);

function texBase(base: string): string {
  if (GREEK.has(base)) return `\\${base}`;
  if (/^[A-Za-z]$/.test(base)) return base;
  return `\\mathrm{${escapeText(base)}}`;
}

/** `21` → 21; `1_10`, an entry of a matrix past 9 (`W_1_10`), → 1,10; anything else as text. */
const texSub = (sub: string) =>
  (/^[0-9]+$/.test(sub) ? sub : /^[0-9]+(?:_[0-9]+)+$/.test(sub) ? sub.replace(/_/g, ',') : `\\text{${escapeText(sub)}}`);

/**
 * `w0` → w₀, `y_true` → y with subscript "true", `alpha` → α, and `W1_21` → W⁽¹⁾₂₁
 * (a layer number before the underscore becomes a superscript, as in the course's MLP).
 */
export function texName(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return upright(name);
  const underscore = name.indexOf('_');
  const head = underscore < 0 ? name : name.slice(0, underscore);
  const sub = underscore < 0 ? '' : name.slice(underscore + 1);
  const [, letters, digits] = /^(.*?)([0-9]*)$/.exec(head) as RegExpExecArray;
  if (!sub) return digits ? `${texBase(letters)}_{${digits}}` : texBase(head);
  if (digits && letters) return `${texBase(letters)}^{(${digits})}_{${texSub(sub)}}`;
  return `${texBase(head)}_{${texSub(sub)}}`;
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/**
 * The one display rule for a finite number: its mantissa as the shortest decimal of the rounded
 * value, and a power of ten when it is very small or very large. Five significant digits, or six
 * when the integer part has six (so 999992.05 reads 999992: every shown digit is right, and no
 * integer digit is swallowed by rounding); below 10⁻⁴ and from 10⁶, m × 10ⁿ with m to five.
 */
function decompose(v: number): { mantissa: string; exponent?: number } {
  const abs = Math.abs(v);
  if (abs >= 1e-4 && abs < 1e6) {
    const plain = Number(v.toPrecision(abs >= 1e5 ? 6 : 5));
    if (Math.abs(plain) < 1e6) return { mantissa: String(plain) };
  }
  const [m, e] = v.toExponential(4).split('e');
  return { mantissa: String(Number(m)), exponent: Number(e) };
}

/** A number as shown everywhere (graph labels, step text, tables): `3`, `-0.25`, `999992`, `-4×10⁶`. */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  if (v === 0) return '0';
  const { mantissa, exponent } = decompose(v);
  if (exponent === undefined) return mantissa;
  return `${mantissa}×10${[...String(exponent)].map((c) => SUPERSCRIPT[c]).join('')}`;
}

/** The same number in TeX: `-4 \times 10^{6}`. */
export function texNumber(v: number): string {
  if (Number.isNaN(v)) return '\\text{NaN}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  if (v === 0) return '0';
  const { mantissa, exponent } = decompose(v);
  return exponent === undefined ? mantissa : `${mantissa} \\times 10^{${exponent}}`;
}

/**
 * How strongly a rendered number binds: `-2 + 5` needs no brackets, `5 + (-2)` and `(-2)\cdot 5` do.
 * `1 \times 10^{-7}` is a product: as a power's base it needs brackets (and `…10^{-7}^{2}` is a KaTeX error).
 */
export const numberPrec = (v: number) =>
  v < 0 ? Prec.signed : Number.isFinite(v) && v !== 0 && decompose(v).exponent !== undefined ? Prec.product : Prec.atom;

/** `W1_21` → `W^{(1)}_{21}` already carries a superscript, so as a power's base it needs brackets. */
const namePrec = (tex: string) => (tex.includes('^') ? Prec.power : Prec.atom);

/** Brackets `tex` when it binds more loosely than the slot it stands in. */
export const wrapTex = (tex: string, prec: number, slot: number) => (prec < slot ? bracketTex(tex) : tex);
export const wrapText = (text: string, prec: number, slot: number) => (prec < slot ? `(${text})` : text);

/** A number in TeX and in text, bracketed when it binds more loosely than its slot (`(-2) \cdot 5`). */
export const texNum = (v: number, slot: number) => wrapTex(texNumber(v), numberPrec(v), slot);
export const textNum = (v: number, slot: number) => wrapText(formatNumber(v), numberPrec(v), slot);

export interface Label {
  readonly label: string;
  readonly text: string;
  /** How strongly `label` (and `text`) bind, for bracketing them inside a bigger expression. */
  readonly prec: number;
  readonly textPrec: number;
}

type LabelDraft =
  | { kind: 'input'; name: string }
  | { kind: 'const'; value: number; symbol?: string }
  | { kind: 'gate'; op: OpName; args: readonly number[]; name?: string };

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
/**
 * An anonymous gate's generated name: a sans-serif g in TeX and `g₁` in text. Names a program
 * may use are ASCII letters, digits and `_`, so `g₁` is never a user's `g1` (which is `g_{1}`,
 * or `\mathrm{g1}` beside a `g_1`).
 */
export const gateName = (k: number) => ({
  tex: `\\mathsf{g}_{${k}}`,
  text: `g${[...String(k)].map((c) => SUBSCRIPT[Number(c)]).join('')}`,
});

/** A user name exactly as typed, upright: for names whose usual rendering another name shares. */
const asTyped = upright;

/** Per node, its label; `gateName` is set where formulas call an anonymous gate g₁, g₂, …. */
export interface NodeLabel extends Label {
  readonly gateName?: string;
}

/**
 * Labels for every node: names for named ones, constants as written, g₁, g₂, … for anonymous
 * gates (their expression is in their forward step). Two names that would render alike (`w0`, `w_0` → w₀) are both shown as typed.
 */
export function nodeLabels(drafts: readonly LabelDraft[]): NodeLabel[] {
  const texOf = new Map<string, string>();
  const owners = new Map<string, number>();
  for (const d of drafts) {
    const name = d.kind === 'const' ? undefined : d.name;
    if (name === undefined || texOf.has(name)) continue;
    const tex = texName(name);
    texOf.set(name, tex);
    owners.set(tex, (owners.get(tex) ?? 0) + 1);
  }
  const nameLabel = (name: string): Label => {
    const usual = texOf.get(name) as string;
    const label = (owners.get(usual) ?? 0) > 1 ? asTyped(name) : usual;
    return { label, text: name, prec: namePrec(label), textPrec: Prec.atom };
  };
  const labels: NodeLabel[] = [];
  let anonymous = 0;
  for (const d of drafts) {
    if (d.kind === 'input') labels.push(nameLabel(d.name));
    else if (d.kind === 'const') {
      const label = d.symbol === 'pi' ? '\\pi' : d.symbol === 'e' ? 'e' : texNumber(d.value);
      const prec = d.symbol ? Prec.atom : numberPrec(d.value);
      labels.push({ label, text: d.symbol ?? formatNumber(d.value), prec, textPrec: prec });
    } else if (d.name !== undefined) labels.push(nameLabel(d.name));
    else {
      // An anonymous gate is a variable of its own in every formula, as in the course's
      // q = x + y: its local partial ∂(g₁ + x)/∂x = 1 then cannot be misread as ∂(x·x + x)/∂x.
      const g = gateName(++anonymous);
      labels.push({ label: g.tex, text: g.text, prec: Prec.atom, textPrec: Prec.atom, gateName: g.text });
    }
  }
  return labels;
}
