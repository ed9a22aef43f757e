/**
 * THE op table. Each gate states, once and side by side: its arity, its forward rule,
 * its local partial derivatives (numeric and symbolic TeX), its TeX and plain-text forms and
 * the symbol drawn in its circle. The gate pattern it teaches is the catalogs', by op name.
 * Adding a function to the language means adding one entry here (and its name to FUNCTIONS).
 */

/** Binding strength of a rendered expression: a child weaker than its slot needs parentheses. */
export const Prec = { sum: 1, signed: 1.5, product: 2, unary: 3, power: 4, atom: 5 } as const;
// `signed` sits between sum and product: `-x + y` and `-2 + 5` stand bare, `x + (-y)` and `(-2) \cdot 5` get brackets.

/** Operand values and the gate's own output, which several derivatives reuse (σ' = σ(1−σ)). */
type Partial = (a: number, b: number, out: number) => number;
/** TeX of a local derivative from the operands' TeX (already bracketed as atoms where needed). */
type PartialTex = (a: string, b: string, out: string) => string;

export interface OpSpec {
  readonly arity: 1 | 2;
  /** Drawn inside the gate's circle. */
  readonly symbol: string;
  readonly forward: (a: number, b: number) => number;
  readonly partials: readonly Partial[];
  /** TeX of the expression from its operands' TeX; `slots` says how strongly each operand slot binds. */
  readonly tex: (a: string, b: string) => string;
  readonly prec: number;
  readonly slots: readonly number[];
  /**
   * A one-line TeX form where `tex` stacks (`a/b` for `\frac{a}{b}`), for inside a partial
   * derivative's numerator; with its own slots. Defaults to `tex` and `slots`.
   */
  readonly inlineTex?: (a: string, b: string) => string;
  readonly inlineSlots?: readonly number[];
  /** Slots for the plain-text form where it differs (`a / b` and `a^b` have no TeX braces to lean on). */
  readonly textSlots?: readonly number[];
  readonly textPrec?: number;
  /**
   * How strongly each operand binds inside `partialTex`. Most derivatives use an operand whole
   * or inside their own brackets (`\cos\left(a\right)`), so the default is no bracketing;
   * `b\cdot a^{b-1}` and `a/b^{2}` need them.
   */
  readonly partialSlots?: readonly number[];
  readonly partialTex: readonly PartialTex[];
  /** Plain text of the expression, for screen readers and the CLI. */
  readonly text: (a: string, b: string) => string;
  /**
   * The op written in more elementary gates, as program text in its operand `a` (used once, so
   * the expansion stays a tree), or null: the Primitives view draws the gate as this.
   */
  readonly expansion: string | null;
}

const sigmoid = (a: number) => (a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a)));
// log(1 + e^a) without overflow for large a or underflow for very negative a.
const softplus = (a: number) => Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));
/**
 * `(tex)`: brackets that grow (`\\left(…\\right)`) only around something tall, a fraction or a
 * root. KaTeX cannot break a line inside a growing pair, and a whole statement's line
 * (`ReLU(W·x₁ + W·x₂ + b)`) must be able to break at its `+` in a narrow panel.
 */
export const bracketTex = (tex: string) => (/\\(?:d?frac|sqrt|begin)/.test(tex) ? `\\left(${tex}\\right)` : `(${tex})`);

const fn = (name: string) => (a: string) => `${name}${bracketTex(a)}`;
const call = (name: string) => (a: string, b?: string) => (b === undefined ? `${name}(${a})` : `${name}(${a}, ${b})`);
const one = () => 1;
// A call writes its own brackets (`\sin(…)`, `sin(…)`): its operand needs none more.
const unarySlots = [0];

const unary = (spec: Omit<OpSpec, 'arity' | 'prec' | 'slots'> & { prec?: number; slots?: number[] }): OpSpec => ({
  arity: 1,
  prec: Prec.atom,
  slots: unarySlots,
  ...spec,
});

const OP_TABLE = {
  add: {
    arity: 2, symbol: '+', prec: Prec.sum, slots: [Prec.sum, Prec.product],
    forward: (a, b) => a + b,
    partials: [one, one],
    tex: (a, b) => `${a} + ${b}`,
    partialTex: [() => '1', () => '1'],
    text: (a, b) => `${a} + ${b}`,
    expansion: null,
  },
  sub: {
    arity: 2, symbol: '−', prec: Prec.sum, slots: [Prec.sum, Prec.product],
    forward: (a, b) => a - b,
    partials: [one, () => -1],
    tex: (a, b) => `${a} - ${b}`,
    partialTex: [() => '1', () => '-1'],
    text: (a, b) => `${a} - ${b}`,
    expansion: null,
  },
  mul: {
    arity: 2, symbol: '×', prec: Prec.product, slots: [Prec.product, Prec.unary + 0.5],
    forward: (a, b) => a * b,
    partials: [(_a, b) => b, (a) => a],
    tex: (a, b) => `${a} \\cdot ${b}`,
    partialTex: [(_a, b) => b, (a) => a],
    text: (a, b) => `${a} * ${b}`,
    expansion: null,
  },
  div: {
    arity: 2, symbol: '÷', prec: Prec.atom, slots: [0, 0], textSlots: [Prec.product, Prec.unary + 0.5], textPrec: Prec.product,
    partialSlots: [0, Prec.atom],
    forward: (a, b) => a / b,
    partials: [(_a, b) => 1 / b, (a, b) => -a / (b * b)],
    tex: (a, b) => `\\frac{${a}}{${b}}`,
    inlineTex: (a, b) => `${a}/${b}`, inlineSlots: [Prec.product, Prec.unary + 0.5],
    partialTex: [(_a, b) => `\\frac{1}{${b}}`, (a, b) => `-\\frac{${a}}{${b}^{2}}`],
    text: (a, b) => `${a} / ${b}`,
    expansion: null,
  },
  neg: unary({
    symbol: '−', prec: Prec.signed, slots: [Prec.unary + 0.5],
    forward: (a) => -a,
    partials: [() => -1],
    tex: (a) => `-${a}`,
    partialTex: [() => '-1'],
    text: (a) => `-${a}`,
    expansion: null,
  }),
  pos: unary({
    symbol: '+', prec: Prec.signed, slots: [Prec.unary + 0.5],
    forward: (a) => a,
    partials: [one],
    tex: (a) => `+${a}`,
    partialTex: [() => '1'],
    text: (a) => `+${a}`,
    expansion: null,
  }),
  identity: unary({
    symbol: '=', prec: Prec.atom, slots: [0],
    forward: (a) => a,
    partials: [one],
    tex: (a) => a,
    partialTex: [() => '1'],
    text: (a) => a,
    expansion: null,
  }),
  pow: {
    arity: 2, symbol: '^', prec: Prec.power, slots: [Prec.atom, 0], textSlots: [Prec.atom, Prec.atom],
    partialSlots: [Prec.atom, Prec.product],
    forward: (a, b) => Math.pow(a, b),
    partials: [(a, b) => (b === 0 ? 0 : b * Math.pow(a, b - 1)), (a, _b, out) => out * Math.log(a)],
    tex: (a, b) => `${a}^{${b}}`,
    partialTex: [(a, b) => `${b} \\cdot ${a}^{${b} - 1}`, (a, b) => `${a}^{${b}} \\ln ${a}`],
    text: (a, b) => `${a}^${b}`,
    expansion: null,
  },
  exp: unary({
    symbol: 'exp', prec: Prec.power, slots: [0],
    forward: Math.exp,
    partials: [(_a, _b, out) => out],
    tex: (a) => `e^{${a}}`,
    partialTex: [(a) => `e^{${a}}`],
    text: call('exp'),
    expansion: null,
  }),
  log: unary({
    symbol: 'log',
    forward: Math.log,
    partials: [(a) => 1 / a],
    tex: fn('\\log'),
    partialTex: [(a) => `\\frac{1}{${a}}`],
    text: call('log'),
    expansion: null,
  }),
  sqrt: unary({
    symbol: '√',
    forward: Math.sqrt,
    partials: [(_a, _b, out) => 1 / (2 * out)],
    tex: (a) => `\\sqrt{${a}}`,
    partialTex: [(a) => `\\frac{1}{2\\sqrt{${a}}}`],
    text: call('sqrt'),
    expansion: null,
  }),
  abs: unary({
    symbol: '|·|',
    forward: Math.abs,
    partials: [(a) => (a > 0 ? 1 : a < 0 ? -1 : 0)],
    tex: (a) => `\\left|${a}\\right|`,
    partialTex: [(a) => `\\operatorname{sign}${bracketTex(a)}`],
    text: call('abs'),
    expansion: null,
  }),
  sin: unary({
    symbol: 'sin',
    forward: Math.sin,
    partials: [(a) => Math.cos(a)],
    tex: fn('\\sin'),
    partialTex: [fn('\\cos')],
    text: call('sin'),
    expansion: null,
  }),
  cos: unary({
    symbol: 'cos',
    forward: Math.cos,
    partials: [(a) => -Math.sin(a)],
    tex: fn('\\cos'),
    partialTex: [(a) => `-\\sin${bracketTex(a)}`],
    text: call('cos'),
    expansion: null,
  }),
  tan: unary({
    symbol: 'tan',
    forward: Math.tan,
    partials: [(_a, _b, out) => 1 + out * out],
    tex: fn('\\tan'),
    partialTex: [(a) => `1 + \\tan^{2}${bracketTex(a)}`],
    text: call('tan'),
    expansion: null,
  }),
  tanh: unary({
    symbol: 'tanh',
    forward: Math.tanh,
    partials: [(_a, _b, out) => 1 - out * out],
    tex: fn('\\tanh'),
    partialTex: [(a) => `1 - \\tanh^{2}${bracketTex(a)}`],
    text: call('tanh'),
    expansion: '2 * sigmoid(2 * a) - 1',
  }),
  sigmoid: unary({
    symbol: 'σ',
    forward: sigmoid,
    partials: [(_a, _b, out) => out * (1 - out)],
    tex: fn('\\sigma'),
    partialTex: [(a) => `\\sigma${bracketTex(a)}(1 - \\sigma${bracketTex(a)})`],
    text: call('sigmoid'),
    expansion: '1 / (1 + exp(-a))',
  }),
  relu: unary({
    symbol: 'ReLU',
    forward: (a) => (a > 0 ? a : 0),
    partials: [(a) => (a > 0 ? 1 : 0)],
    tex: fn('\\operatorname{ReLU}'),
    partialTex: [(a) => `\\mathbf{1}\\left[${a} > 0\\right]`],
    text: call('relu'),
    expansion: null,
  }),
  softplus: unary({
    symbol: 'soft+',
    forward: softplus,
    partials: [(a) => sigmoid(a)],
    tex: fn('\\operatorname{softplus}'),
    partialTex: [fn('\\sigma')],
    text: call('softplus'),
    expansion: 'log(1 + exp(a))',
  }),
  max: {
    arity: 2, symbol: 'max', prec: Prec.atom, slots: [0, 0],
    forward: (a, b) => (a >= b ? a : b),
    partials: [(a, b) => (a >= b ? 1 : 0), (a, b) => (a >= b ? 0 : 1)],
    tex: (a, b) => `\\max${bracketTex(`${a}, ${b}`)}`,
    partialTex: [(a, b) => `\\mathbf{1}\\left[${a} \\ge ${b}\\right]`, (a, b) => `\\mathbf{1}\\left[${a} < ${b}\\right]`],
    text: call('max'),
    expansion: null,
  },
  min: {
    arity: 2, symbol: 'min', prec: Prec.atom, slots: [0, 0],
    forward: (a, b) => (a <= b ? a : b),
    partials: [(a, b) => (a <= b ? 1 : 0), (a, b) => (a <= b ? 0 : 1)],
    tex: (a, b) => `\\min${bracketTex(`${a}, ${b}`)}`,
    partialTex: [(a, b) => `\\mathbf{1}\\left[${a} \\le ${b}\\right]`, (a, b) => `\\mathbf{1}\\left[${a} > ${b}\\right]`],
    text: call('min'),
    expansion: null,
  },
} as const satisfies Record<string, OpSpec>;

export type OpName = keyof typeof OP_TABLE;
export const OPS: Readonly<Record<OpName, OpSpec>> = OP_TABLE;

/** The functions a program may call, by the name it calls them; `ln` is an alias of `log`. */
export const FUNCTIONS: ReadonlyMap<string, OpName> = new Map<string, OpName>([
  ['exp', 'exp'], ['log', 'log'], ['ln', 'log'], ['sqrt', 'sqrt'], ['abs', 'abs'],
  ['sin', 'sin'], ['cos', 'cos'], ['tan', 'tan'], ['tanh', 'tanh'], ['sigmoid', 'sigmoid'],
  ['relu', 'relu'], ['softplus', 'softplus'], ['max', 'max'], ['min', 'min'], ['pow', 'pow'],
]);

export const CONSTANTS: ReadonlyMap<string, number> = new Map([['pi', Math.PI], ['e', Math.E]]);

/** Small integer codes so the evaluator's tape is typed arrays. */
export const OP_NAMES = Object.keys(OPS) as OpName[];
export const OP_CODE: Readonly<Record<OpName, number>> = Object.fromEntries(OP_NAMES.map((n, i) => [n, i])) as Record<OpName, number>;
export const OP_BY_CODE: readonly OpSpec[] = OP_NAMES.map((n) => OPS[n]);
