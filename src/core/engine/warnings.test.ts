import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile, type Graph } from '../index.ts';
import { evaluate } from './evaluate.ts';
import { expressionText } from './warnings.ts';
import { renderMessage } from '../language/message.ts';
import { catalogs } from '../../i18n/index.ts';

const warningsOf = (source: string) => {
  const r = compile(source);
  if (!r.ok) throw new Error(r.error.message);
  return [...r.value.warnings, ...evaluate(r.value.graph, r.value.inputValues).warnings];
};

describe('underflow', () => {
  it('warns on a nonzero literal that becomes 0, as 1e400 is warned about, at the literal', () => {
    const [w, ...rest] = warningsOf('x = 1e-400\nf = x * 2');
    expect(rest).toEqual([]);
    expect(w.message).toBe('1e-400 is 0: the number is too small for a double (nonzero, below ±4.9e-324) at line 1, column 5');
    expect(w.span).toMatchObject({ line: 1, column: 5 });
    expect(renderMessage(catalogs.ko.engine.messages, w.ref)).toContain('1e-400');
    expect(warningsOf('x = 2; f = x * 2.5e-999').map((v) => v.span?.column)).toEqual([16]);
  });

  it('says nothing of a literal that is 0, or small but still a double', () => {
    expect(warningsOf('x = 0e-400; y = 0.000e5; z = 1e-320; f = x + y + z')).toEqual([]);
  });
});

describe('warnings print expressions with the brackets they need', () => {
  it.each([
    ['x = -8; f = x^(1/3)', 'x^(1 / 3)'],
    ['x = 0.5; f = (x - 1)^0.5', '(x - 1)^0.5'],
    ['x = 0; f = 1/(x*x)', '1 / (x * x)'],
    ['x = -8; y = 1; f = x^(y - 1/3)', 'x^(y - 1 / 3)'],
  ])('%s', (source, expression) => {
    const [w] = warningsOf(source);
    expect(w.message).toContain(`: ${expression} where`);
  });
});

/** A node's tree as a string: ops with their operands, names, and constants by value. */
function shape(graph: Graph, id: number): string {
  const n = graph.nodes[id];
  if (n.kind === 'const') return String(n.value);
  if (n.kind !== 'gate' || (n.name !== undefined && id !== graph.output)) return n.text;
  return `${n.op}(${n.args.map((a) => shape(graph, a)).join(', ')})`;
}

const atom = fc.constantFrom('x', 'y', 't', '2', '0.5', '1e-3', '0.1234567', 'pi', 'e', '-3');
const expr = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '^'), tie('e')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    fc.tuple(fc.constantFrom('-', '+'), tie('e')).map(([s, a]) => `${s}(${a})`),
    fc.tuple(fc.constantFrom('exp', 'log', 'sqrt', 'abs', 'tanh', 'relu'), tie('e')).map(([f, a]) => `${f}(${a})`),
    fc.tuple(fc.constantFrom('max', 'pow'), tie('e'), tie('e')).map(([f, a, b]) => `${f}(${a}, ${b})`),
  ),
})).e;

describe('expressionText', () => {
  it('prints a tree that parses back to the same tree', () => {
    const PREFIX = 'x = -2\ny = 3\nt = x * y\n';
    fc.assert(fc.property(expr, (e) => {
      const first = compile(`${PREFIX}f = ${e}`);
      if (!first.ok) return;
      const { graph } = first.value;
      // `f = 2` makes f an input: there is no expression to print.
      fc.pre(graph.nodes[graph.output].kind === 'gate');
      const printed = expressionText(graph, graph.output).text;
      // Past the size limits a warning calls a sub-expression g₁: not program text.
      fc.pre(!/[₀-₉]/.test(printed));
      const again = compile(`${PREFIX}f = ${printed}`);
      expect(again.ok, printed).toBe(true);
      if (!again.ok) return;
      expect(shape(again.value.graph, again.value.graph.output), printed).toBe(shape(graph, graph.output));
    }), { numRuns: 500 });
  });
});
