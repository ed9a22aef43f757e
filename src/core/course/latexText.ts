/**
 * Any text as pdfLaTeX source that typesets that text and does nothing else. Catalog hints
 * ("∂(aᵇ)/∂a = b·aᵇ⁻¹"), comments and names carry characters pdfLaTeX has no glyph for: each is
 * written as the math it stands for (a run of superscripts as one exponent, so ⁻ stays a minus),
 * Hangul and Latin letters pass as themselves (kotex and T1 typeset them), and anything else is
 * shown as [U+XXXX]: never dropped in silence.
 */

const LATEX_SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '#': '\\#', '_': '\\_', '%': '\\%',
  '^': '\\textasciicircum{}', '~': '\\textasciitilde{}', '\t': ' ',
};

/** Characters written as math; \ensuremath keeps them valid in text and in math alike. */
const AS_MATH: Readonly<Record<string, string>> = {
  '∂': '\\partial', '∇': '\\nabla', '·': '\\cdot', '×': '\\times', '÷': '\\div', '−': '-', '±': '\\pm', '∓': '\\mp',
  '≤': '\\le', '≥': '\\ge', '≠': '\\ne', '≈': '\\approx', '≡': '\\equiv', '∝': '\\propto', '∞': '\\infty',
  '→': '\\to', '←': '\\leftarrow', '↔': '\\leftrightarrow', '⇒': '\\Rightarrow', '⇐': '\\Leftarrow', '⇔': '\\Leftrightarrow',
  '↦': '\\mapsto', '∑': '\\sum', '∏': '\\prod', '√': '\\surd', '∫': '\\int', '∈': '\\in', '∉': '\\notin',
  '⊂': '\\subset', '∪': '\\cup', '∩': '\\cap', '∘': '\\circ', '⊙': '\\odot', '⊗': '\\otimes', '⊕': '\\oplus',
  '⋯': '\\cdots', '⋮': '\\vdots', '⋱': '\\ddots', '′': "'", '″': "''", '∀': '\\forall', '∃': '\\exists',
  '°': '^{\\circ}', 'µ': '\\mu', '¬': '\\neg', '∧': '\\wedge', '∨': '\\vee', '⟨': '\\langle', '⟩': '\\rangle',
  '‖': '\\|', '∣': '|', 'ℝ': '\\mathbb{R}', 'ℓ': '\\ell', 'ħ': '\\hbar', '∅': '\\emptyset',
};
const GREEK = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi o pi rho varsigma sigma tau upsilon phi chi psi omega'.split(' ');
const GREEK_CAPS: Readonly<Record<string, string>> = { Γ: 'Gamma', Δ: 'Delta', Θ: 'Theta', Λ: 'Lambda', Ξ: 'Xi', Π: 'Pi', Σ: 'Sigma', Υ: 'Upsilon', Φ: 'Phi', Ψ: 'Psi', Ω: 'Omega' };
const greekTex = (c: string): string | undefined => {
  if (GREEK_CAPS[c]) return `\\${GREEK_CAPS[c]}`;
  const k = (c.codePointAt(0) as number) - 0x3b1;
  const name = k >= 0 && k < GREEK.length ? GREEK[k] : undefined;
  // Omicron has no macro (it is an o), and a capital Alpha is an A: both are letters as they are.
  return name === 'o' ? 'o' : name && `\\${name}`;
};

/** Unicode superscripts and subscripts, by what they raise or lower. */
const SUPER: Readonly<Record<string, string>> = Object.fromEntries([
  ...[...'⁰¹²³⁴⁵⁶⁷⁸⁹'].map((c, i) => [c, String(i)]),
  ['⁺', '+'], ['⁻', '-'], ['⁼', '='], ['⁽', '('], ['⁾', ')'], ['ⁿ', 'n'], ['ⁱ', 'i'], ['ᵀ', 'T'],
  ...[...'ᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻ'].map((c, i) => [c, 'abcdefghjklmoprstuvwxyz'[i]]),
]);
const SUB: Readonly<Record<string, string>> = Object.fromEntries([
  ...[...'₀₁₂₃₄₅₆₇₈₉'].map((c, i) => [c, String(i)]),
  ['₊', '+'], ['₋', '-'], ['₌', '='], ['₍', '('], ['₎', ')'],
  ...[...'ₐₑₒₓₕₖₗₘₙₚₛₜᵢᵣᵤᵥⱼ'].map((c, i) => [c, 'aeoxhklmnpstiruvj'[i]]),
]);
const SCRIPT_RUN = new RegExp(`[${Object.keys(SUPER).join('')}]+|[${Object.keys(SUB).join('')}]+`, 'gu');

/** Punctuation text mode has a ligature or a command for. */
const AS_TEXT: Readonly<Record<string, string>> = {
  '—': '---', '–': '--', '‘': '`', '’': "'", '“': '``', '”': "''", '…': '\\ldots{}', '•': '\\textbullet{}',
  '\u00a0': '\\nobreakspace{}', '«': '\\guillemotleft{}', '»': '\\guillemotright{}', '¡': '\\textexclamdown{}', '¿': '\\textquestiondown{}', '£': '\\pounds{}',
  '§': '\\S{}', '¶': '\\P{}', '©': '\\copyright{}', '†': '\\dag{}', '‡': '\\ddag{}',
};

/** Letters pdfLaTeX sets with T1 (Latin-1 and Latin Extended-A, as t1enc.dfu declares them) and kotex's Hangul. */
const LATIN = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u0125\u0128-\u0131\u0134-\u0137\u0139-\u013e\u0141-\u0148\u014a-\u017e]/u;
export const HANGUL = /[\uac00-\ud7a3\u3131-\u3163]/u;

const codePoint = (c: string) => `[U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}]`;

function oneChar(c: string): string {
  if (c in LATEX_SPECIAL) return LATEX_SPECIAL[c];
  if (c < '\u007f' && c >= ' ') return c;
  if (LATIN.test(c) || HANGUL.test(c)) return c;
  const math = AS_MATH[c] ?? greekTex(c);
  if (math) return `\\ensuremath{${math}}`;
  return AS_TEXT[c] ?? codePoint(c);
}

/**
 * `s` as LaTeX text. Special characters are escaped (never stripped: stripping once lets
 * `\end{ve\end{verbatim}rbatim}` reassemble); invisible or control characters (NUL, bidi
 * controls, lone surrogates) and characters with no glyph are shown as [U+XXXX].
 */
export function latexText(s: string): string {
  let out = '';
  let at = 0;
  const text = s.normalize('NFC');
  for (const m of text.matchAll(SCRIPT_RUN)) {
    out += plain(text.slice(at, m.index));
    const run = [...m[0]];
    const up = run[0] in SUPER;
    const body = run.map((c) => (up ? SUPER[c] : SUB[c])).join('');
    out += `\\ensuremath{${up ? '^' : '_'}{${body}}}`;
    at = m.index + m[0].length;
  }
  return out + plain(text.slice(at));
}

const plain = (s: string) => Array.from(s, oneChar).join('');

/**
 * Engine TeX (written for KaTeX) as pdfLaTeX math: KaTeX's `\char"0323` is pdfLaTeX's "bad
 * character code" past 255, and a letter beyond ASCII (a name like 가중치, set in \text) needs
 * a text box around it to reach its font.
 */
export const latexMath = (tex: string) =>
  tex
    .replace(/\{\\char"([0-9A-F]{4,6})\}/g, (_m, hex: string) => `\\mbox{[U+${hex}]}`)
    .replace(/[^\p{ASCII}]+/gu, (run) => `\\mbox{${latexText(run)}}`);
