/**
 * Names, numbers and node labels → KaTeX source and plain text. Every user-typed name passes
 * through `texName`, so no program text reaches TeX raw. Step formulas are built in stepTex.ts
 * from these pieces.
 */
import { OPS, Prec, type OpName } from './ops.ts';

const GREEK = new Set([
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota',
  'kappa', 'lambda', 'mu', 'nu', 'xi', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi',
  'omega', 'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega',
]);

/** Only letters and digits survive raw; anything else is escaped or dropped. */
const escapeText = (s: string) => s.replace(/_/g, '\\_').replace(/[^A-Za-z0-9\\_]/g, '');

function texBase(base: string): string {
  if (GREEK.has(base)) return `\\${base}`;
  if (/^[A-Za-z]$/.test(base)) return base;
  return `\\mathrm{${escapeText(base)}}`;
}

const texSub = (sub: string) => (/^[0-9]+$/.test(sub) ? sub : `\\text{${escapeText(sub)}}`);

/**
 * `w0` → w₀, `y_true` → y with subscript "true", `alpha` → α, and `W1_21` → W⁽¹⁾₂₁
 * (a layer number before the underscore becomes a superscript, as in the course's MLP).
 */
export function texName(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return `\\mathrm{${escapeText(name)}}`;
  const underscore = name.indexOf('_');
  const head = underscore < 0 ? name : name.slice(0, underscore);
  const sub = underscore < 0 ? '' : name.slice(underscore + 1);
  const [, letters, digits] = /^(.*?)([0-9]*)$/.exec(head) as RegExpExecArray;
  if (!sub) return digits ? `${texBase(letters)}_{${digits}}` : texBase(head);
  if (digits && letters) return `${texBase(letters)}^{(${digits})}_{${texSub(sub)}}`;
  return `${texBase(head)}_{${texSub(sub)}}`;
}

/** Five significant digits, trailing zeros dropped: what a student writes by hand. */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e6 || abs < 1e-4) {
    const [mantissa, exponent] = v.toExponential(3).split('e');
    return `${String(Number(mantissa))}e${Number(exponent)}`;
  }
  return String(Number(v.toPrecision(5)));
}

export function texNumber(v: number): string {
  if (Number.isNaN(v)) return '\\text{NaN}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  const s = formatNumber(v);
  const e = s.indexOf('e');
  return e < 0 ? s : `${s.slice(0, e)} \\times 10^{${s.slice(e + 1)}}`;
}

/**
 * How strongly a rendered number binds: `-2 + 5` needs no brackets, `5 + (-2)` and `(-2)\cdot 5` do.
 * `1 \times 10^{-7}` is a product: as a power's base it needs brackets (and `…10^{-7}^{2}` is a KaTeX error).
 */
export const numberPrec = (v: number) =>
  v < 0 ? Prec.signed : Number.isFinite(v) && formatNumber(v).includes('e') ? Prec.product : Prec.atom;

/** `W1_21` → `W^{(1)}_{21}` already carries a superscript, so as a power's base it needs brackets. */
const namePrec = (tex: string) => (tex.includes('^') ? Prec.power : Prec.atom);

/** Brackets `tex` when it binds more loosely than the slot it stands in. */
export const wrapTex = (tex: string, prec: number, slot: number) => (prec < slot ? `\\left(${tex}\\right)` : tex);
export const wrapText = (text: string, prec: number, slot: number) => (prec < slot ? `(${text})` : text);

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

/** Past this many characters of plain text an anonymous gate is called g₁, g₂, … instead of its expression. */
export const MAX_LABEL = 20;

function nameLabel(name: string): Label {
  const label = texName(name);
  return { label, text: name, prec: namePrec(label), textPrec: Prec.atom };
}

/** Labels for every node: names for named ones, the expression for short anonymous ones. */
export function nodeLabels(drafts: readonly LabelDraft[]): Label[] {
  const labels: Label[] = [];
  let anonymous = 0;
  for (const d of drafts) {
    if (d.kind === 'input') labels.push(nameLabel(d.name));
    else if (d.kind === 'const') {
      const label = d.symbol === 'pi' ? '\\pi' : d.symbol === 'e' ? 'e' : texNumber(d.value);
      const prec = d.symbol ? Prec.atom : numberPrec(d.value);
      labels.push({ label, text: d.symbol ?? formatNumber(d.value), prec, textPrec: prec });
    } else if (d.name !== undefined) labels.push(nameLabel(d.name));
    else {
      const op = OPS[d.op];
      const args = d.args.map((a) => labels[a]);
      const tex = op.tex(...(args.map((a, i) => wrapTex(a.label, a.prec, op.slots[i])) as [string, string]));
      const textSlots = op.textSlots ?? op.slots;
      const text = op.text(...(args.map((a, i) => wrapText(a.text, a.textPrec, textSlots[i])) as [string, string]));
      if (text.length <= MAX_LABEL) labels.push({ label: tex, text, prec: op.prec, textPrec: op.textPrec ?? op.prec });
      else {
        anonymous++;
        labels.push({ label: `\\mathsf{g}_{${anonymous}}`, text: `g${anonymous}`, prec: Prec.atom, textPrec: Prec.atom });
      }
    }
  }
  return labels;
}
