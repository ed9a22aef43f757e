import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, compile, parse, MAX_NESTING, MAX_NODES, type Expr, type ProgramError } from '../index.ts';
import { syntaxProgram as program } from '../../testing/fixtures.ts';

/** A parsed expression as a fully bracketed prefix form, so tree shape is easy to assert. */
function show(e: Expr): string {
  switch (e.kind) {
    case 'number': return String(e.value);
    case 'name': return e.name;
    case 'unary': return `(${e.op} ${show(e.operand)})`;
    case 'binary': return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case 'call': return `(${e.callee} ${e.args.map(show).join(' ')})`;
    case 'array': return `[${e.items.map(show).join(' ')}]`;
    case 'matmul': return `(@ ${show(e.left)} ${show(e.right)})`;
    case 'index': return `(index ${show(e.target)} ${e.indices.join(' ')})`;
    case 'shapeCall': return `(${e.fn} ${show(e.arg)})`;
  }
}

/** The tree of the last statement. */
function tree(source: string): string {
  const r = parse(source);
  if (!r.ok) throw new Error(`did not parse: ${r.error.message}`);
  return show(r.value.statements[r.value.statements.length - 1].expr);
}

/** The error of parsing and building a program (the path the app and the CLI take). */
function errorOf(source: string): { message: string; line: number; column: number } {
  const r = compile(source);
  if (r.ok) throw new Error(`expected an error for ${JSON.stringify(source)}`);
  return { message: r.error.message, line: r.error.span.line, column: r.error.span.column };
}

describe('precedence and associativity', () => {
  it('reads -x^2 as -(x^2)', () => expect(tree('-x^2')).toBe('(neg (pow x 2))'));
  it('allows a signed exponent: 2^-1', () => expect(tree('2^-1')).toBe('(pow 2 (neg 1))'));
  it('groups powers to the right: a^b^c is a^(b^c)', () => expect(tree('a^b^c')).toBe('(pow a (pow b c))'));
  it('treats ** as ^', () => expect(tree('a**b**c')).toBe(tree('a^b^c')));
  it('groups subtraction and division to the left', () => {
    expect(tree('a-b-c')).toBe('(sub (sub a b) c)');
    expect(tree('a/b/c')).toBe('(div (div a b) c)');
  });
  it('binds * tighter than + and a call tightest', () => {
    expect(tree('a + b * c')).toBe('(add a (mul b c))');
    expect(tree('(a + b) * c')).toBe('(mul (add a b) c)');
    expect(tree('-exp(x)^2 * y')).toBe('(mul (neg (pow (exp x) 2)) y)');
  });
  it('stacks prefix signs innermost-first', () => expect(tree('-+-x')).toBe('(neg (pos (neg x)))'));
  it('reads ln as log and numbers in every written form', () => {
    expect(tree('ln(x)')).toBe('(ln x)');
    expect(tree('3 + 0.5 + .5 + 1e-3 + 2.5E+4')).toBe('(add (add (add (add 3 0.5) 0.5) 0.001) 25000)');
  });
});

describe('statements', () => {
  it('splits statements on ; and newlines and skips blank lines and comments', () => {
    const r = parse('# a comment\n\nx = -2; y = 5   # inline\n\n\n q = x + y ;\n# trailing\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.statements.map((s) => (s.kind === 'assign' ? s.name : '?'))).toEqual(['x', 'y', 'q']);
    expect(r.value.statements[2].span).toMatchObject({ line: 6, column: 2 });
  });
  it('gives a bracketed expression a span that takes in its brackets', () => {
    const r = parse('f = (x + y) * -(2)');
    if (!r.ok) throw new Error(r.error.message);
    const e = r.value.statements[0].expr;
    expect(r.value.source.slice(e.span.start, e.span.end)).toBe('(x + y) * -(2)');
    if (e.kind !== 'binary') throw new Error(e.kind);
    expect(r.value.source.slice(e.left.span.start, e.left.span.end)).toBe('(x + y)');
  });
  it('keeps a # inside a line from hiding the statements before it', () => {
    expect(tree('x = 1 # x = 2\nx * 3')).toBe('(mul x 3)');
  });
});

describe('errors say what is wrong and where (1-based line and column)', () => {
  const cases: [string, string, string, number, number][] = [
    ['an operator with nothing after it', 'f = x * y +', "expected an expression after '+'", 1, 12],
    ['a number glued to a name', '2x', 'a number cannot be followed directly by a name: write 2*x to multiply', 1, 2],
    ['max with one argument', 'max(x)', 'max takes 2 arguments max(a, b), but was given 1', 1, 1],
    ['sin with two arguments', 'y = sin(x, 2)', 'sin takes 1 argument sin(a), but was given 2', 1, 5],
    ['an unclosed parenthesis', '(x + 1', "expected ')' to close the '(' at line 1, column 1", 1, 7],
    ['a stray )', 'x + 1)', "unexpected ')' with no '(' to close", 1, 6],
    ['an empty program', '', 'the program is empty: type an expression such as (x + y) * z', 1, 1],
    ['a program of comments only', '# nothing\n', 'the program is empty: type an expression such as (x + y) * z', 2, 1],
    ['assigning to pi', 'pi = 3', 'pi is a built-in constant and cannot be assigned', 1, 1],
    ['assigning to e', 'x = 1\n  e = 2', 'e is a built-in constant and cannot be assigned', 2, 3],
    ['assigning to a function name', 'exp = 2', 'exp is a function name and cannot be assigned', 1, 1],
    ['a name used before its line', 'y = x + 1\nx = 2', 'x is used before it is defined on line 2', 1, 5],
    ['a name defined twice', 'x = 1\nx = 2', 'x is already defined on line 1; a name may be defined only once', 2, 1],
    ['an anonymous line that is not last', 'x + 1\ny = 2',
      'a line without a name is allowed only as the last line; write name = … to keep this value', 1, 1],
    ['an anonymous last line when f exists', 'f = 1\nx + 2',
      'the last line has no name, so its result would be called f — but f is already used; write out = … instead', 2, 1],
    ['a mistake on line 3', 'a = 1\nb = 2\nc = a + * b', "expected an expression after '+'", 3, 9],
    ['two names side by side', 'x y', "expected an operator before 'y'; to multiply, write x*y", 1, 3],
    ['a function named without a call', 'y = sin', 'sin is a function: call it as sin(…)', 1, 5],
    ['a character outside the language', 'x × y', "unexpected character '×'; use '*' to multiply", 1, 3],
  ];
  it.each(cases)('reports %s', (_what, source, message, line, column) => {
    expect(errorOf(source)).toEqual({ message, line, column });
  });

  it('lists the known functions for an unknown one', () => {
    const e = errorOf('y = 1 + foo(x)');
    expect(e).toMatchObject({ line: 1, column: 9 });
    expect(e.message).toMatch(/^unknown function 'foo'\. Known functions: exp, log, ln, sqrt, abs, sin, cos, tan, tanh, sigmoid, relu, softplus, max, min, pow, sum, mean, transpose\./);
  });

  it('stops 100,000 open parentheses at the nesting cap with a positioned error, not a stack overflow', () => {
    const e = errorOf('('.repeat(100_000));
    expect(e).toEqual({ message: `the expression is nested more than ${MAX_NESTING} levels deep`, line: 1, column: MAX_NESTING + 1 });
    expect(errorOf(`${'('.repeat(100_000)}x${')'.repeat(100_000)}`).message).toContain('nested more than');
    expect(errorOf('2^'.repeat(100_000) + '2').message).toContain('nested more than');
    expect(errorOf('exp('.repeat(100_000)).message).toContain('nested more than');
  });

  it('accepts nesting just under the cap and long flat chains', () => {
    expect(compile(`${'('.repeat(MAX_NESTING)}x${')'.repeat(MAX_NESTING)}`).ok).toBe(true);
    // As long as the node cap allows: n signs and x are n + 1 nodes; n terms and n − 1 '+' are 2n − 1.
    expect(parse(`${'-'.repeat(MAX_NODES - 1)}x`).ok).toBe(true);
    expect(parse(Array(MAX_NODES / 2).fill('x').join(' + ')).ok).toBe(true);
  });
});

// ---- fuzzing -------------------------------------------------------------------------------

/** Every error must point inside the text: a real line, a column at most one past its end. */
function positionIsInside(source: string, error: ProgramError): boolean {
  const lines = source.split(/\r\n|\r|\n/); // LF, CRLF and a lone CR each end a line
  const { line, column } = error.span;
  return Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length &&
    column >= 1 && column <= lines[line - 1].length + 1;
}

const LANGUAGE_CHARS = [...'xyzqw0123456789.eE_ab+-*/^(),=;#\n \t', 'exp', 'log', 'max', 'pi', '**', 'sigmoid', 'pow', '1e-3'];
const languageText = fc.array(fc.constantFrom(...LANGUAGE_CHARS), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  languageText,
);

const checkNeverThrows = (source: string) => {
  const r = analyze(source);
  if (!r.ok && !positionIsInside(source, r.error)) throw new Error(`error outside the text: ${JSON.stringify(r.error)}`);
};

describe('fuzzing', () => {
  it('never throws on arbitrary text and positions every error inside it', () => {
    fc.assert(fc.property(anyText, checkNeverThrows), { numRuns: 3000 });
  });

  it('generates programs that are valid before mutation', () => {
    fc.assert(fc.property(program, (p) => compile(p).ok), { numRuns: 300 });
  });

  it('never throws on valid programs with one character deleted, inserted or duplicated', () => {
    const mutated = fc.tuple(program, fc.nat(), fc.constantFrom('delete', 'insert', 'duplicate'), fc.constantFrom(...LANGUAGE_CHARS, 'é', '\u0000', '\r', '×'))
      .map(([p, at, how, c]) => {
        const i = at % (p.length + 1);
        if (how === 'delete') return p.slice(0, i) + p.slice(i + 1);
        if (how === 'insert') return p.slice(0, i) + c + p.slice(i);
        return p.slice(0, i) + p.slice(i, i + 1) + p.slice(i);
      });
    fc.assert(fc.property(mutated, checkNeverThrows), { numRuns: 3000 });
  });
});
