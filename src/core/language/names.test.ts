/** Names with combining marks (issue 21): one name however typed, and every name renders. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import katex from 'katex';
import { tokenize } from './lexer.ts';
import { texName } from '../tex/tex.ts';
import { compile } from '../index.ts';

const names = (source: string) => {
  const r = tokenize(source);
  return r.ok ? r.value.filter((t) => t.kind === 'name').map((t) => t.text) : undefined;
};
const renders = (tex: string) => katex.renderToString(tex, { throwOnError: true, strict: 'ignore' });

describe('names with combining marks', () => {
  it('are normalised to NFC: é typed either way is one name', () => {
    expect(names('e\u0301 = 1')).toEqual(['\u00e9']);
    const r = compile('e\u0301 = 2\nf = \u00e9 * 3');
    expect(r.ok && r.value.graph.inputs.length).toBe(1);
  });

  it('render under throwOnError where KaTeX knows no such accent (a + U+0323 folds; x + U+0323 does not)', () => {
    for (const name of ['a\u0323', 'x\u0323', 'x\u0305', 'a\u0301\u0301', 'w_\u0301', 'x\u0323y']) {
      const [lexed] = names(`${name} = 1`) ?? [];
      expect(lexed, name).toBeDefined();
      expect(() => renders(texName(lexed)), name).not.toThrow();
    }
  });

  it('every name the lexer accepts renders under throwOnError', () => {
    const marks = fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCodePoint(c));
    const unit = fc.oneof(
      marks, marks,
      fc.constantFrom('a', 'x', 'e', 'W', '_', '1', '가', 'α', 'ß', 'ı', 'ǅ', 'न', '\u093e', '\u20d7', '\u0488', 'ก', '\u0e48', '\u{1D400}'),
    );
    fc.assert(fc.property(fc.array(unit, { minLength: 1, maxLength: 6 }), (units) => {
      const text = units.join('');
      const lexed = names(`${text} = 1`);
      fc.pre(lexed !== undefined && lexed.length === 1);
      const [name] = lexed as string[];
      expect(() => renders(texName(name)), JSON.stringify(name)).not.toThrow();
    }), { numRuns: 600 });
  });
});
