/**
 * Random programs over every kind of gate the views treat differently (fused calls Primitives
 * expands, fan-out, named and anonymous intermediates), with tame operands (a divisor kept
 * away from 0), for the tests that hold every view to the one engine.
 */
import fc from 'fast-check';

type Tree = { k: 'ref'; i: number } | { k: 'num'; v: number } | { k: 'op'; f: string; args: Tree[] };
const WRITE: Record<string, (a: string, b: string) => string> = {
  add: (a, b) => `(${a}) + (${b})`, sub: (a, b) => `(${a}) - (${b})`, mul: (a, b) => `(${a}) * (${b})`,
  div: (a, b) => `(${a}) / (2 + sigmoid(${b}))`, pow: (a) => `(${a})^2`, neg: (a) => `-(${a})`,
  sigmoid: (a) => `sigmoid(${a})`, tanh: (a) => `tanh(${a})`, softplus: (a) => `softplus(${a})`,
  relu: (a) => `relu(${a})`, sin: (a) => `sin(${a})`, max: (a, b) => `max(${a}, ${b})`, exp: (a) => `exp(sigmoid(${a}))`,
};
const tree = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.nat().map((i): Tree => ({ k: 'ref', i })),
    fc.integer({ min: 1, max: 30 }).map((n): Tree => ({ k: 'num', v: n / 10 })),
    fc.tuple(fc.constantFrom(...Object.keys(WRITE)), tie('t'), tie('t')).map(([f, a, b]): Tree => ({ k: 'op', f, args: [a, b] })),
  ),
})).t;
const write = (t: Tree, pool: string[]): string =>
  t.k === 'ref' ? pool[t.i % pool.length] : t.k === 'num' ? String(t.v) : WRITE[t.f](write(t.args[0], pool), write(t.args[1], pool));
export const viewProgram = fc.record({
  inputs: fc.array(fc.integer({ min: -200, max: 200 }), { minLength: 1, maxLength: 3 }),
  lines: fc.array(tree, { maxLength: 4 }),
  last: tree,
}).map(({ inputs, lines, last }) => {
  const pool = inputs.map((_, i) => `x${i}`);
  const text = inputs.map((v, i) => `x${i} = ${v / 100}`);
  lines.forEach((t, i) => { text.push(`t${i} = ${write(t, pool)}`); pool.push(`t${i}`); });
  text.push(`${write(last, pool)} + ${pool[pool.length - 1]}`);
  return text.join('\n');
});
