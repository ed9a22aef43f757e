/**
 * What the unit tests share: the CS231n program, compile/analyze-or-throw, lookups by name,
 * and the random-program generators. Test-only: nothing in the app or the CLI imports this
 * module, so it is never bundled (it pulls in fast-check). The benchmarks' seeded program
 * generator stays in bench/programs.ts: the benchmarks run it outside the tests.
 */
import fc from 'fast-check';
import { analyze, compile, describeStep, FUNCTIONS, type Analysis, type Compiled, type Formula } from '../core/index.ts';
import type { LayoutInput } from '../layout/layered.ts';

// ---- the course's first example ---------------------------------------------------------------

/** CS231n lecture 4: f(x, y, z) = (x + y) z at x = -2, y = 5, z = -4. */
export const CS231N = 'x = -2\ny = 5\nz = -4\nq = x + y\nf = q * z';

// ---- compile or throw, and look up by name ----------------------------------------------------

const failure = (source: string, error: { message: string; span: { line: number; column: number } }) =>
  new Error(`${source}\n${error.message} at ${error.span.line}:${error.span.column}`);

/** The compiled program; a program the test expects to be valid throws with its error. */
export function compiled(source: string): Compiled {
  const c = compile(source);
  if (!c.ok) throw failure(source, c.error);
  return c.value;
}

/** The analysis (values, gradients, schedule); an invalid program throws with its error. */
export function analyzed(source: string): Analysis {
  const r = analyze(source);
  if (!r.ok) throw failure(source, r.error);
  return r.value;
}

export const idOf = (a: Analysis, name: string) => a.graph.names.get(name) as number;
export const valueOf = (a: Analysis, name: string) => a.trace.values[idOf(a, name)];
export const gradOf = (a: Analysis, name: string) => a.trace.grads[idOf(a, name)];

// ---- random programs: every op, name style, number form and awkward value (for the TeX) -------

const NAMES = ['x', 'w0', 'y_true', 'alpha', 'W1_21', 'x0_a', 'Delta', 'loss', '_t', 'a__b'];
const VALUES = ['-2', '0', '3', '0.5', '1e-7', '-3e-5', '2.5E+9', '1e300', '-1'];
const ATOMS = ['2', '.5', '1e-3', '2.5E+4', '1e-9', 'pi', 'e'];
type Node = { f: string; args: Node[] } | { leaf: number };
const node = fc.letrec<{ n: Node }>((tie) => ({
  n: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.nat().map((leaf): Node => ({ leaf })),
    fc.tuple(fc.constantFrom('-', '+', ...[...FUNCTIONS.keys()].filter((f) => !['max', 'min', 'pow'].includes(f))), tie('n'))
      .map(([f, a]): Node => ({ f, args: [a] })),
    fc.tuple(fc.constantFrom('+', '-', '*', '/', '^', '**', 'max', 'min', 'pow'), tie('n'), tie('n'))
      .map(([f, a, b]): Node => ({ f, args: [a, b] })),
  ),
})).n;
function write(n: Node, pool: string[]): string {
  if ('leaf' in n) return n.leaf % 3 === 0 ? ATOMS[n.leaf % ATOMS.length] : pool[n.leaf % pool.length];
  const [a, b] = n.args.map((m) => `(${write(m, pool)})`);
  if (b === undefined) return `${n.f}${a}`; // -(…), +(…) or a call f(…)
  return /^[a-z]/.test(n.f) ? `${n.f}(${a}, ${b})` : `${a} ${n.f} ${b}`;
}
/** Valid programs over any op and value, NaN and overflow included: for renderers and schedules. */
export const texProgram = fc.record({
  inputs: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }),
  values: fc.array(fc.constantFrom(...VALUES), { minLength: 3, maxLength: 3 }),
  lines: fc.array(node, { maxLength: 2 }),
  last: node,
  alias: fc.boolean(),
}).map(({ inputs, values, lines, last, alias }) => {
  const pool = [...inputs];
  const text = inputs.map((n, i) => `${n} = ${values[i]}`);
  if (alias) { text.push(`u_copy = ${inputs[0]}`); pool.push('u_copy'); }
  lines.forEach((l, i) => { text.push(`h${i} = ${write(l, pool)}`); pool.push(`h${i}`); });
  text.push(write(last, pool));
  return text.join('\n');
});

// ---- random programs at the level of syntax: every construct and separator (for the parser) ---

/** Valid programs: a few statements over a small pool of names, every construct of the language. */
const atom = fc.constantFrom('x', 'y', 'w0', 'y_true', '2', '0.5', '.5', '1e-3', 'pi', 'e', '(x + 1)');
const expr = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '^', '**'), tie('e')).map(([a, op, b]) => `${a} ${op} ${b}`),
    fc.tuple(fc.constantFrom('-', '+'), tie('e')).map(([s, a]) => `${s}${a}`),
    fc.tuple(fc.constantFrom('exp', 'log', 'ln', 'sqrt', 'abs', 'sin', 'cos', 'tan', 'tanh', 'sigmoid', 'relu', 'softplus'), tie('e'))
      .map(([f, a]) => `${f}(${a})`),
    fc.tuple(fc.constantFrom('max', 'min', 'pow'), tie('e'), tie('e')).map(([f, a, b]) => `${f}(${a}, ${b})`),
    tie('e').map((a) => `(${a})`),
  ),
})).e;
export const syntaxProgram = fc.tuple(fc.array(expr, { maxLength: 3 }), expr, fc.constantFrom('\n', '; ', '  # note\n'))
  .map(([lines, last, sep]) => ['x = -2', ...lines.map((l, i) => `t${i} = ${l}`), last].join(sep));

// ---- random smooth programs: every op kept inside its domain (for finite differences) ---------

type Tree = { k: 'ref'; i: number } | { k: 'num'; v: number } | { k: 'op'; f: string; args: Tree[] };
/** Each op keeps its arguments in its domain: positive under log/sqrt/pow bases, away from 0 under a divisor. */
const TEMPLATES: Record<string, (a: string, b: string) => string> = {
  add: (a, b) => `${a} + ${b}`, sub: (a, b) => `${a} - (${b})`, mul: (a, b) => `(${a}) * (${b})`,
  div: (a, b) => `(${a}) / ((${b})*(${b}) + 1)`, divExp: (a, b) => `(${a}) / exp(${b})`,
  neg: (a) => `-(${a})`, pos: (a) => `+(${a})`, square: (a) => `(${a})^2`, cube: (a) => `(${a}) ** 3`,
  pow: (a, b) => `pow((${a})*(${a}) + 0.5, ${b})`, powSig: (a, b) => `sigmoid(${a})^(${b})`,
  exp: (a) => `exp(${a})`, log: (a) => `log((${a})*(${a}) + 1)`, ln: (a) => `ln(exp(${a}) + 1)`,
  sqrt: (a) => `sqrt(exp(${a}))`, sqrtSq: (a) => `sqrt((${a})*(${a}) + 0.25)`,
  sin: (a) => `sin(${a})`, cos: (a) => `cos(${a})`, tan: (a) => `tan(${a})`, tanh: (a) => `tanh(${a})`,
  sigmoid: (a) => `sigmoid(${a})`, softplus: (a) => `softplus(${a})`, relu: (a) => `relu(${a})`, abs: (a) => `abs(${a})`,
  max: (a, b) => `max(${a}, ${b})`, min: (a, b) => `min(${a}, ${b})`,
};
const UNARY = Object.keys(TEMPLATES).filter((k) => TEMPLATES[k].length === 1);
const BINARY = Object.keys(TEMPLATES).filter((k) => TEMPLATES[k].length === 2);
const render = (t: Tree, pool: string[]): string =>
  t.k === 'ref' ? pool[t.i % pool.length] : t.k === 'num' ? String(t.v)
    : TEMPLATES[t.f](render(t.args[0], pool), t.args[1] ? render(t.args[1], pool) : '');

const tree = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.nat().map((i): Tree => ({ k: 'ref', i })),
    fc.integer({ min: 1, max: 30 }).map((n): Tree => ({ k: 'num', v: n / 10 })),
    fc.tuple(fc.constantFrom(...UNARY), tie('t')).map(([f, a]): Tree => ({ k: 'op', f, args: [a] })),
    fc.tuple(fc.constantFrom(...BINARY), tie('t'), tie('t')).map(([f, a, b]): Tree => ({ k: 'op', f, args: [a, b] })),
  ),
})).t;
/** Programs with inputs x0… in [-2, 2] whose every op is differentiable near the inputs, bar kinks. */
export const smoothProgram = fc.record({
  inputs: fc.array(fc.integer({ min: -200, max: 200 }), { minLength: 1, maxLength: 3 }),
  lines: fc.array(tree, { maxLength: 3 }),
  last: tree,
}).map(({ inputs, lines, last }) => {
  const pool = inputs.map((_, i) => `x${i}`);
  const text = inputs.map((v, i) => `x${i} = ${v / 100}`);
  lines.forEach((t, i) => { text.push(`t${i} = ${render(t, pool)}`); pool.push(`t${i}`); });
  text.push(`${render(last, pool)} + ${pool[pool.length - 1]}`); // reuse the newest name: fan-out
  return text.join('\n');
});

// ---- random expression-shaped DAGs (for the layout, no program text) --------------------------

type LayoutNode = LayoutInput['nodes'][number];
/**
 * Expression-shaped DAGs: 1–4 inputs, then constants and gates of arity 1–2 whose operands
 * are earlier nodes, mostly recent ones; fan-out and x*x-style multi-edges happen.
 */
const box = { width: fc.integer({ min: 8, max: 120 }), height: fc.integer({ min: 8, max: 60 }) };
export const expressionDag: fc.Arbitrary<LayoutInput> = fc
  .record({
    inputs: fc.array(fc.record(box), { minLength: 1, maxLength: 4 }),
    steps: fc.array(
      fc.record({ isConst: fc.integer({ min: 0, max: 5 }).map((k) => k === 0), arity: fc.integer({ min: 1, max: 2 }), picks: fc.tuple(fc.nat(), fc.nat()), ...box }),
      { maxLength: 296, size: 'max' },
    ),
  })
  .map(({ inputs, steps }) => {
    const nodes: LayoutNode[] = inputs.map((size) => ({ ...size, kind: 'input' }));
    const edges: { from: number; to: number }[] = [];
    const pick = (r: number, before: number): number => (r % 5 === 0 ? r % before : before - 1 - (r % Math.min(before, 4)));
    for (const { isConst, arity, picks, width, height } of steps) {
      const id = nodes.length;
      if (!isConst) for (let k = 0; k < arity; k++) edges.push({ from: pick(picks[k], id), to: id });
      nodes.push({ width, height, kind: isConst ? 'const' : 'gate' });
    }
    return { nodes, edges, output: nodes.length - 1 };
  });

/** A view's steps with their formulas (describeStep) merged in: what the step panel shows of each, for tests to read in one place. */
export function shownSteps(a: Analysis) {
  return a.schedule.steps.map((s) => {
    const d = describeStep(a, s);
    if (s.kind === 'forward') return { ...s, ...d, kind: s.kind, formula: d.formula as Formula };
    return { ...s, ...d, kind: s.kind, upstream: d.upstream as Formula, locals: s.locals.map((l, i) => ({ ...l, ...d.locals[i] })) };
  });
}
