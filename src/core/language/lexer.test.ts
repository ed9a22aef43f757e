import { describe, expect, it } from 'vitest';
import { analyze, compile, evaluate, parse } from '../index.ts';
import { texName } from '../tex/tex.ts';

const errorOf = (source: string) => {
  const r = compile(source);
  if (r.ok) throw new Error(`expected an error for ${JSON.stringify(source)}`);
  return { message: r.error.message, line: r.error.span.line, column: r.error.span.column };
};

/** Value of the output and gradient of each named input, by name. */
function grads(source: string) {
  const r = compile(source);
  if (!r.ok) throw new Error(r.error.message);
  const t = evaluate(r.value.graph, r.value.inputValues);
  const by: Record<string, number> = {};
  for (const [name, id] of r.value.graph.names) by[name] = t.grads[id];
  return { value: t.values[r.value.graph.output], grads: by };
}

describe('line endings', () => {
  it.each([['LF', '\n'], ['CRLF', '\r\n'], ['lone CR', '\r']])('%s ends a line', (_, nl) => {
    const r = parse(`a = 2${nl}b = a * 3${nl}f = b + 1${nl}`);
    expect(r.ok && r.value.statements.length).toBe(3);
    // f = 2*3 + 1 = 7
    expect(grads(`a = 2${nl}b = a * 3${nl}f = b + 1`).value).toBe(7);
  });

  it('a lone CR ends a comment, so the next line is not swallowed', () => {
    // a = 1, f = a + 4 = 5: if the comment ran past the CR, f would be undefined.
    expect(grads('a = 1 # note\rf = a + 4').value).toBe(5);
  });

  it.each([['LF', '\n'], ['CRLF', '\r\n'], ['lone CR', '\r']])('errors after a %s point at the right line and column', (_, nl) => {
    expect(errorOf(`a = 1${nl}${nl}f = a +`)).toMatchObject({ line: 3, column: 8 });
  });

  it('a UTF-8 BOM at the start is accepted, and columns count from after it', () => {
    expect(grads('\uFEFFf = 2 * 3').value).toBe(6);
    expect(errorOf('\uFEFFf = 2 +').line).toBe(1);
  });

  it('a BOM elsewhere is an error, not silently skipped', () => {
    expect(errorOf('f = 2 \uFEFF+ 3').message).toMatch(/U\+FEFF/);
  });
});

describe('number syntax hints', () => {
  it.each(['0x10', '0X1F', '0b101', '0o7'])('%s is explained as number syntax', (n) => {
    const e = errorOf(`f = ${n} + 1`);
    expect(e.message).toMatch(/numbers like .* are not supported/);
    expect(e.message).not.toMatch(/\*/);
    expect(e.column).toBe(5);
  });

  it('1_000 is explained as digit grouping', () => {
    const e = errorOf('f = 1_000 * x');
    expect(e.message).toMatch(/'_' cannot group digits.*write 1000/);
    expect(e.message).not.toMatch(/1\*_000/);
  });

  it('2x keeps the multiplication hint', () => {
    expect(errorOf('f = 2x').message).toMatch(/write 2\*x/);
  });
});

describe('Unicode names', () => {
  const KO = '가중치 = 0.75; 손실 = (가중치 * 2 - 1)^2';

  it('Korean names compile and differentiate', () => {
    // 손실 = (2w - 1)^2 at w = 0.75: (1.5 - 1)^2 = 0.25; d/dw = 2(2w - 1)·2 = 2·0.5·2 = 2.
    const g = grads(KO);
    expect(g.value).toBe(0.25);
    expect(g.grads['가중치']).toBe(2);
  });

  it('they are rendered as escaped text in TeX, never raw', () => {
    expect(texName('가중치')).toBe('\\text{가중치}');
    expect(texName('손실_1')).toBe('\\text{손실\\_1}');
    const a = analyze(KO);
    expect(a.ok).toBe(true);
  });

  it('letters beyond the BMP and combining marks are letters too', () => {
    expect(grads('𝑥 = 2; f = 𝑥 * 3').value).toBe(6);
    expect(grads('café = 2; f = café + 1').value).toBe(3);
  });

  it('symbols are still rejected with their code point shown', () => {
    expect(errorOf('f = 2 × 3').message).toMatch(/use '\*' to multiply/);
    expect(errorOf('f = 😀').message).toMatch(/unexpected character/);
  });
});
