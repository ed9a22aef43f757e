/**
 * How the engine's messages read to a student: a misspelt function is answered with the one
 * meant, first; a Korean position is written one way ("3행 21열"), in the message and around it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../core/index.ts';
import { renderMessage } from '../core/language/message.ts';
import { catalogs } from './index.ts';

function errorOf(source: string) {
  const r = analyze(source);
  if (r.ok) throw new Error(`${source} parsed`);
  return r.error;
}

describe('an unknown function close to a known one', () => {
  it('is answered "did you mean sigmoid?" before any other hint, in English', () => {
    const e = errorOf('x = 1\nf = sigmod(x)');
    expect(e.message).toMatch(/^unknown function 'sigmod': did you mean sigmoid\?/);
    expect(e.message).not.toContain('sigmod*(');
  });
  it('and in Korean', () => {
    const ko = renderMessage(catalogs.ko.engine.messages, errorOf('x = 1\nf = sigmod(x)').ref);
    expect(ko).toMatch(/^알 수 없는 함수 'sigmod': 혹시 sigmoid인가요\?/);
    expect(ko).not.toContain('sigmod*(');
  });
  it('a name close to no function still gets the multiplication hint', () => {
    expect(errorOf('f = foo(1)').message).toContain('To multiply, write foo*(…)');
  });
});

describe('Korean positions', () => {
  it('are written "3행 21열" in the message and in the line before it, never "번째 줄 … 번째 칸"', () => {
    const e = errorOf('x = 1\ny = 2\nf = x * (y + sin(x)');
    const message = renderMessage(catalogs.ko.engine.messages, e.ref);
    const shown = catalogs.ko.editor.error(e.span.line, e.span.column, message);
    expect(shown).toMatch(/^\d+행 \d+열: /);
    expect(message).toMatch(/3행 9열/);
    expect(shown).not.toMatch(/번째 (줄|칸)/);
    for (const [line] of [[1], [12]]) expect(catalogs.ko.warnings.line(line)).toBe(`${line}행`);
  });
  it('no Korean message template writes "번째 줄" or "번째 칸"', () => {
    const source = Object.values(catalogs.ko.engine.messages).map((f) => f.toString()).join('\n');
    expect(source).not.toMatch(/번째 (줄|칸)/);
  });
});
