import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, analyzeView, compile, setInputValue, texName, type Analysis } from '../index.ts';
import { analyzed } from '../../testing/fixtures.ts';

/** Every name's value and gradient. */
function byName(a: Analysis): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const n of a.graph.nodes) if (n.name !== undefined) out.set(n.name, [a.trace.values[n.id], a.trace.grads[n.id]]);
  return out;
}

/** The two programs build the same scalar graph (ops, edges, names, constants) with bit-equal numbers. */
function expectSameGraph(matrixForm: string, handWritten: string): void {
  const a = analyzed(matrixForm);
  const b = analyzed(handWritten);
  expect(a.graph.key).toBe(b.graph.key);
  const av = byName(a);
  const bv = byName(b);
  expect([...av.keys()]).toEqual([...bv.keys()]);
  for (const [name, [value, grad]] of bv) {
    expect(Object.is(av.get(name)?.[0], value), `${name} value`).toBe(true);
    expect(Object.is(av.get(name)?.[1], grad), `${name} gradient`).toBe(true);
  }
}

const errorOf = (source: string) => {
  const r = compile(source);
  if (r.ok) throw new Error(`expected an error: ${source}`);
  return { message: r.error.message, line: r.error.span.line, column: r.error.span.column };
};

describe('vectors and matrices unfold into the scalar graph', () => {
  it('relu(W1 @ x + b1) builds exactly the graph of the hand-written line, bit for bit', () => {
    expectSameGraph(
      'x = [1, -2]\nW1 = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]\nb1 = [0.1, 0.2, -0.3]\nh1 = relu(W1 @ x + b1)\nf = sum(h1)',
      ['x_1 = 1', 'x_2 = -2', 'W1_11 = 0.1', 'W1_12 = 0.2', 'W1_21 = 0.3', 'W1_22 = 0.4', 'W1_31 = 0.5', 'W1_32 = 0.6',
        'b1_1 = 0.1', 'b1_2 = 0.2', 'b1_3 = -0.3',
        'h1_1 = relu(W1_11*x_1 + W1_12*x_2 + b1_1)', 'h1_2 = relu(W1_21*x_1 + W1_22*x_2 + b1_2)', 'h1_3 = relu(W1_31*x_1 + W1_32*x_2 + b1_3)',
        'f = h1_1 + h1_2 + h1_3'].join('\n'),
    );
  });

  it('does so for every shape combination of @, on random sizes and values (property)', () => {
    const value = fc.double({ min: -3, max: 3, noNaN: true });
    const arb = fc.record({ m: fc.integer({ min: 1, max: 5 }), n: fc.integer({ min: 1, max: 5 }), p: fc.integer({ min: 1, max: 4 }), seed: fc.array(value, { minLength: 80, maxLength: 80 }) });
    fc.assert(fc.property(arb, ({ m, n, p, seed }) => {
      let k = 0;
      const num = () => String(seed[k++ % seed.length]);
      const A = Array.from({ length: m }, () => Array.from({ length: n }, num));
      const B = Array.from({ length: n }, () => Array.from({ length: p }, num));
      const x = Array.from({ length: n }, num);
      const y = Array.from({ length: m }, num);
      const lit = (rows: string[][]) => `[${rows.map((r) => `[${r.join(', ')}]`).join(', ')}]`;
      const nameOf = (base: string, rows: number, cols: number, i: number, j: number) => (rows > 9 || cols > 9 ? `${base}_${i}_${j}` : `${base}_${i}${j}`);
      // A matrix or vector of one entry is a scalar: its name is the bare name.
      const a = (i: number, j: number) => (m * n === 1 ? 'A' : m === 1 && n === 1 ? 'A' : nameOf('A', m, n, i, j));
      const b = (i: number, j: number) => (n * p === 1 ? 'B' : nameOf('B', n, p, i, j));
      const xe = (j: number) => (n === 1 ? 'x' : `x_${j}`);
      const ye = (i: number) => (m === 1 ? 'y' : `y_${i}`);
      const sum = (terms: string[]) => terms.join(' + ');
      const range = (c: number) => Array.from({ length: c }, (_, i) => i + 1);
      const declare = [
        ...(m * n === 1 ? [`A = ${A[0][0]}`] : range(m).flatMap((i) => range(n).map((j) => `${a(i, j)} = ${A[i - 1][j - 1]}`))),
        ...(n * p === 1 ? [`B = ${B[0][0]}`] : range(n).flatMap((i) => range(p).map((j) => `${b(i, j)} = ${B[i - 1][j - 1]}`))),
        ...(n === 1 ? [`x = ${x[0]}`] : range(n).map((j) => `${xe(j)} = ${x[j - 1]}`)),
        ...(m === 1 ? [`y = ${y[0]}`] : range(m).map((i) => `${ye(i)} = ${y[i - 1]}`)),
      ];
      const matrixDecl = [`A = ${lit(A)}`, `B = ${lit(B)}`, `x = [${x.join(', ')}]`, `y = [${y.join(', ')}]`];
      // Only true matrices (at least two entries) and vectors of two or more go through @.
      if (m * n > 1 && n > 1) {
        const rows = range(m).map((i) => `relu(${sum(range(n).map((j) => `${a(i, j)}*${xe(j)}`))})`);
        expectSameGraph([...matrixDecl, 'f = sum(relu(A @ x))'].join('\n'), [...declare, `f = ${sum(rows)}`].join('\n'));
      }
      if (m > 1 && m * n > 1) {
        const cols = range(n).map((j) => `sigmoid(${sum(range(m).map((i) => `${ye(i)}*${a(i, j)}`))})`);
        expectSameGraph([...matrixDecl, 'f = sum(sigmoid(y @ A))'].join('\n'), [...declare, `f = ${sum(cols)}`].join('\n'));
      }
      if (m * n > 1 && n * p > 1 && m * p > 1) {
        const entries = range(m).flatMap((i) => range(p).map((j) => sum(range(n).map((t) => `${a(i, t)}*${b(t, j)}`))));
        expectSameGraph([...matrixDecl, 'f = sum(A @ B)'].join('\n'), [...declare, `f = ${entries.map((e) => `(${e})`).join(' + ')}`].join('\n'));
      }
      if (n > 1) {
        expectSameGraph([...matrixDecl, 'f = x @ x'].join('\n'), [...declare, `f = ${sum(range(n).map((j) => `${xe(j)}*${xe(j)}`))}`].join('\n'));
      }
    }), { numRuns: 60 });
  });

  it("computes CS231n's vectorised example f = ‖W·x‖² with every gradient derived by hand", () => {
    const a = analyzed('W = [[0.1, 0.5], [-0.3, 0.8]]\nx = [0.2, 0.4]\nq = W @ x\nf = sum(q^2)');
    const v = byName(a);
    const value = (n: string) => v.get(n)?.[0] as number;
    const grad = (n: string) => v.get(n)?.[1] as number;
    // q = W x = (0.1·0.2 + 0.5·0.4, −0.3·0.2 + 0.8·0.4) = (0.22, 0.26); f = 0.22² + 0.26² = 0.0484 + 0.0676 = 0.116
    expect(value('q_1')).toBeCloseTo(0.22, 15);
    expect(value('q_2')).toBeCloseTo(0.26, 15);
    expect(value('f')).toBeCloseTo(0.116, 15);
    // ∂f/∂q = 2q = (0.44, 0.52)
    expect(grad('q_1')).toBeCloseTo(0.44, 15);
    expect(grad('q_2')).toBeCloseTo(0.52, 15);
    // ∂f/∂W = 2q xᵀ = [[0.44·0.2, 0.44·0.4], [0.52·0.2, 0.52·0.4]] = [[0.088, 0.176], [0.104, 0.208]]
    expect(grad('W_11')).toBeCloseTo(0.088, 15);
    expect(grad('W_12')).toBeCloseTo(0.176, 15);
    expect(grad('W_21')).toBeCloseTo(0.104, 15);
    expect(grad('W_22')).toBeCloseTo(0.208, 15);
    // ∂f/∂x = 2Wᵀq = (0.1·0.44 − 0.3·0.52, 0.5·0.44 + 0.8·0.52) = (−0.112, 0.636)
    expect(grad('x_1')).toBeCloseTo(-0.112, 15);
    expect(grad('x_2')).toBeCloseTo(0.636, 15);
    expect(a.shapes.map((s) => [s.name, s.rows, s.cols])).toEqual([['W', 2, 2], ['x', 2, 0], ['q', 2, 0]]);
  });

  it('treats one entry as a scalar: b3 = [0.6] is the input b3, and a W @ h of length 1 is a scalar', () => {
    const a = analyzed('h = [1, 2]\nW3 = [[1.3, 1.4]]\nb3 = [0.6]\ny = W3 @ h + b3');
    expect(a.graph.nodes[a.graph.names.get('b3') as number].kind).toBe('input');
    expect(byName(a).get('y')?.[0]).toBeCloseTo(1.3 + 2.8 + 0.6, 14);
    expect(a.shapes.map((s) => s.name)).toEqual(['h', 'W3']);
  });

  it('names entries past 9 with their indices joined by _, rendered W₁,₁₀', () => {
    const row = Array.from({ length: 10 }, (_, i) => i).join(', ');
    const a = analyzed(`W = [[${row}], [${row}]]\nx = [${row}]\nf = sum(W @ x)`);
    expect(a.graph.names.has('W_1_10')).toBe(true);
    expect(a.graph.names.has('x_10')).toBe(true);
    expect(texName('W_1_10')).toBe('W_{1,10}');
    expect(texName('W1_2_10')).toBe('W^{(1)}_{2,10}');
  });

  it('fans a broadcast scalar out from one node; a literal of expressions makes identity nodes', () => {
    const a = analyzed('x = [1, 2, 3]\ns = 2\nv = [x_1, 2*s]\nf = sum(x * (s + 1)) + sum(v)');
    const adds = a.graph.nodes.filter((n) => n.kind === 'gate' && n.op === 'add' && n.span.start === a.program.source.indexOf('(s + 1)'));
    expect(adds).toHaveLength(1);
    expect(a.graph.outEdges[adds[0].id]).toHaveLength(3);
    for (const name of ['v_1', 'v_2']) {
      const node = a.graph.nodes[a.graph.names.get(name) as number];
      expect(node.kind === 'gate' && node.op).toBe('identity');
    }
  });

  it('picks entries by 1-based index, transposes without a node, and means by a constant n', () => {
    const a = analyzed('A = [[1, 2], [3, 4], [5, 6]]\nx = [1, 10, 100]\nf = A[3, 1] + x[2] + sum(transpose(A) @ x) + mean(x)');
    // 5 + 10 + (1 + 30 + 500) + (2 + 40 + 600) + 111/3
    expect(byName(a).get('f')?.[0]).toBeCloseTo(5 + 10 + 531 + 642 + 37, 12);
    expect(a.graph.nodes.some((n) => n.kind === 'const' && n.value === 3)).toBe(true);
  });

  it('reads a matrix written a row per line', () => {
    const a = analyzed('W = [[1, 2],\n     [3, 4]]\nf = sum(W)');
    expect(byName(a).get('f')?.[0]).toBe(10);
  });

  it('gives Statements one node per entry', () => {
    const r = analyzeView('x = [1, 2]\nh = relu(x * 2)\nf = sum(h)', { detail: 'statements' });
    expect(r.ok && r.value.graph.nodes.map((n) => n.name)).toEqual(['x_1', 'x_2', 'h_1', 'h_2', 'f']);
  });

  it('lets a slider rewrite an entry inside its literal', () => {
    expect(setInputValue('W = [[1, 2], [3, -4]]\nf = sum(W)', 'W_22', 0.5)).toBe('W = [[1, 2], [3, 0.5]]\nf = sum(W)');
  });

  it('leaves a scalar program exactly as it was', () => {
    const r = analyze('x = 2\nf = x * x');
    expect(r.ok && r.value.shapes).toEqual([]);
  });
});

describe('shape errors name both shapes, at the operator', () => {
  it.each([
    ['W1 = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]\nh = [1, 2, 3]\nf = sum(W1 @ h)', '@ cannot multiply a 3×2 matrix by a vector of length 3: the matrix has 2 columns but the vector has 3 entries', 3, 12],
    ['W = [[1, 2], [3, 4]]\nh = [1, 2, 3]\nf = sum(h @ W)', '@ cannot multiply a vector of length 3 by a 2×2 matrix: the vector has 3 entries but the matrix has 2 rows', 3, 11],
    ['A = [[1, 2], [3, 4]]\nB = [[1, 2, 3]]\nf = sum(A @ B)', '@ cannot multiply a 2×2 matrix by a 1×3 matrix: the first has 2 columns but the second has 1 row', 3, 11],
    ['a = [1, 2]\nb = [1, 2, 3]\nf = a @ b', '@ of two vectors is their dot product, which needs equal lengths: a vector of length 2 and a vector of length 3', 3, 7],
    ['a = [1, 2]\nf = sum(2 @ a)', '@ multiplies vectors and matrices, but its left operand is a scalar: use * to multiply by a scalar', 2, 11],
    ['a = [1, 2]\nb = [1, 2, 3]\nf = sum(a + b)', "'+' works entry by entry on equal shapes, but here it has a vector of length 2 and a vector of length 3", 3, 11],
    ['a = [1, 2]\nB = [[1, 2], [3, 4]]\nf = sum(max(a, B))', 'max works entry by entry on equal shapes, but here it has a vector of length 2 and a 2×2 matrix', 3, 9],
    ['W = [[1, 2], [3, 4], [5, 6, 7]]\nf = sum(W)', 'every row of a matrix must have the same length: row 1 has 2 entries but row 3 has 3', 1, 22],
    ['W = [[1, 2], 3]\nf = sum(W)', 'write a matrix as rows, every item a row like [1, 2]; a vector as entries, none of them a row', 1, 14],
    ['a = [1, 2]\nv = [a, 3]\nf = sum(v)', 'an entry of a vector or a matrix must be a scalar, but this is a vector of length 2', 2, 6],
    ['x = [1, 2]\nx_1 = 3\nf = x_1', 'x_1 is the name of an entry of the vector x (line 1): give one of them another name', 2, 1],
    ['W_12 = 3\nW = [[1, 2], [3, 4]]\nf = sum(W)', 'W_12 is the name of an entry of the matrix W (line 2): give one of them another name', 2, 1],
    ['x = [1, 2]\nh = x * 2', 'the output must be a scalar, but h is a vector of length 2: write sum(…) of it, or pick an entry like [1]', 2, 1],
    ['W = [[1, 2], [3, 4]]\nW', 'the output must be a scalar, but f is a 2×2 matrix: write sum(…) of it, or pick an entry like [1, 1]', 2, 1],
    ['x = [1, 2]\nf = x[3]', '[3] is out of range for a vector of length 2 (indices count from 1)', 2, 5],
    ['x = [1, 2]\nf = x[1, 2]', 'a vector takes one index, like v[2], not 2', 2, 5],
    ['x = [1, 2]\nf = x[0]', "an index is a whole number from 1, written out, like v[2] or A[3, 1]; found '0'", 2, 7],
    ['x = [1, 2]\nf = x[i]', "an index is a whole number from 1, written out, like v[2] or A[3, 1]; found 'i'", 2, 7],
    ['x = []\nf = 1', 'a vector needs at least one entry, like [1, 2]', 1, 5],
    ['x = [1, 2\nf = 1', "expected ',' or ']' to close the '[' at line 1, column 5, found 'f'", 2, 1],
    ['sum = 2', 'sum is a function name and cannot be assigned', 1, 1],
  ])('%s', (source, message, line, column) => {
    expect(errorOf(source)).toEqual({ message, line, column });
  });

  it('caps a literal at 100,000 entries, at the entry past the cap', () => {
    const e = errorOf(`x = [${Array.from({ length: 100_001 }, () => '1').join(',')}]\nf = sum(x)`);
    expect(e.message).toBe('a vector or matrix literal holds at most 100,000 entries. This is where the limit falls');
    expect(e.column).toBe(6 + 2 * 100_000);
  });

  it('caps what a program unfolds to, at the operator that unfolds', () => {
    const row = `[${Array.from({ length: 100 }, () => '1').join(',')}]`;
    const e = errorOf(`W = [${Array.from({ length: 100 }, () => row).join(',')}]\nf = sum(W @ W)`);
    expect(e.message).toMatch(/^unfolded into scalars, the program has more than 400,000 operations and values/);
    expect([e.line, e.column]).toEqual([2, 11]);
  });
});
