import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../core/index.ts';
import { explainLatex, explainMarkdown, latexText } from './explain.ts';

const analysed = (source: string) => {
  const r = analyze(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/**
 * A LaTeX string that only typesets: a sequence of ordinary characters and the escapes
 * latexText writes. No other backslash, and no unescaped brace, `$`, `%`, `#`, `&`, `^`, `_`, `~`.
 * Math it writes for a symbol (∂, ᵇ⁻¹, σ) is one \ensuremath{…} of macro names, letters, digits
 * and script braces; a text symbol (…, •) is one macro with empty braces.
 */
const SAFE_LATEX = /^(?:[^\\{}$&#^_%~\p{C}]|\\[{}$&#_%]|\\textbackslash\{\}|\\textasciicircum\{\}|\\textasciitilde\{\}|\[U\+[0-9A-F]{4,6}\]|\\ensuremath\{(?:\\[a-zA-Z|]+|[\^_]?\{(?:\\[a-zA-Z]+|[a-zA-Z0-9+\-=()])+\}|[a-zA-Z0-9'|+-])+\}|\\[a-zA-Z]+\{\})*$/u;
/** What pdfLaTeX sets as it is: ASCII, and the Latin and Hangul letters of T1 and kotex. */
const SETTABLE = /^[\x20-\x7e\u00c0-\u017e\uac00-\ud7a3\u3131-\u3163]*$/u;

/** The lines of the program listing in a LaTeX handout. */
function latexListing(tex: string): string[] {
  const lines = tex.split('\n');
  const start = lines.indexOf('\\begin{flushleft}\\ttfamily');
  const end = lines.indexOf('\\end{flushleft}');
  expect(start).toBeGreaterThan(0);
  return lines.slice(start + 1, end).map((l) => l.replace(/\\\\$/, '').replace(/~/g, ' '));
}

/** The code block of a Markdown handout as CommonMark reads it (LF, CRLF and CR end lines). */
function markdownCode(md: string): { inside: string[]; after: string[] } {
  const lines = md.split(/\r\n|\r|\n/);
  const open = lines.findIndex((l) => /^`{3,}text$/.test(l));
  const fence = (/^`+/.exec(lines[open]) as RegExpExecArray)[0];
  const close = lines.findIndex((l, i) => i > open && /^ {0,3}`+\s*$/.test(l) && l.trim().length >= fence.length);
  return { inside: lines.slice(open + 1, close), after: lines.slice(close + 1) };
}

const INJECTION = '\\end{ve\\end{verbatim}rbatim}\\input{/etc/passwd}';

describe('handouts never let program text through live', () => {
  it('the nested \\end{verbatim} comment is escaped, whole, in the LaTeX handout', () => {
    const tex = explainLatex(analysed(`x = 2 # ${INJECTION}\nf = x * 3`));
    expect(tex).not.toContain('\\input');
    expect(tex).not.toContain('\\end{verbatim}');
    expect(tex).toContain('\\textbackslash{}input\\{/etc/passwd\\}');
    expect(latexListing(tex).every((l) => SAFE_LATEX.test(l))).toBe(true);
  });

  it('a lone CR in a comment cannot end the Markdown code fence', () => {
    const source = 'x = 2 # a\r```\r<img src=x onerror=alert(1)>\rf = x * 3';
    // The lexer reads the CR as a line break, so `````` is a statement: not a valid program.
    expect(analyze(source).ok).toBe(false);
    // A comment holding the fence and the HTML on the same line stays inside the block.
    const md = explainMarkdown(analysed('x = 2 # a ``` <img src=x onerror=alert(1)>\r# ````\rf = x * 3'));
    const { inside, after } = markdownCode(md);
    expect(inside).toEqual(['x = 2 # a ``` <img src=x onerror=alert(1)>', '# ````', 'f = x * 3']);
    expect(after.join('\n')).not.toMatch(/<img|````/);
    expect(md).not.toContain('\r');
  });

  it('latexText leaves only ordinary characters and its own escapes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      const escaped = latexText(s);
      expect(SAFE_LATEX.test(escaped)).toBe(true);
      expect(SETTABLE.test(escaped)).toBe(true);
    }), { numRuns: 2000 });
  });

  it('latexText writes symbols as the math they stand for, never dropping one', () => {
    expect(latexText('∂(aᵇ)/∂a = b·aᵇ⁻¹')).toBe('\\ensuremath{\\partial}(a\\ensuremath{^{b}})/\\ensuremath{\\partial}a = b\\ensuremath{\\cdot}a\\ensuremath{^{b-1}}');
    expect(latexText('σ(1−σ) ≤ 1/4 — g₁₇ × 10⁻⁵')).toBe('\\ensuremath{\\sigma}(1\\ensuremath{-}\\ensuremath{\\sigma}) \\ensuremath{\\le} 1/4 --- g\\ensuremath{_{17}} \\ensuremath{\\times} 10\\ensuremath{^{-5}}');
    expect(latexText('가중치 é 😀')).toBe('가중치 é [U+1F600]');
    // Every character up to the CJK blocks, one at a time: each is settable text or a known escape.
    for (let c = 0; c < 0x3300; c++) {
      const escaped = latexText(String.fromCharCode(c));
      expect(SAFE_LATEX.test(escaped) && SETTABLE.test(escaped), `U+${c.toString(16)} → ${escaped}`).toBe(true);
    }
  });

  const commentText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.constantFrom('\\', 'end', '{', '}', 'verbatim', 'input', '`', '```', '<', '>', 'script', '$', '%', '^', '_', '~', '&', '#', '\u202e', '\0', '\r', ' '), { maxLength: 20 }).map((p) => p.join('')),
  );
  const name = fc.stringMatching(/^[a-zA-Z_가-힣][a-zA-Z0-9_가-힣]{0,8}$/).filter((n) => analyze(`${n} = 1; f = ${n} * 2`).ok);

  it('fuzz: comments and names never escape the listing, the fence or the table', () => {
    fc.assert(fc.property(commentText, name, (comment, n) => {
      // One comment per line: split it where the language would (its line breaks start new lines).
      const commentLines = comment.split(/\r\n|\r|\n/).map((c) => `# ${c}`);
      const source = [...commentLines, `${n} = 1.5`, `f = ${n} * 2 # ${comment.replace(/[\r\n]/g, ' ')}`].join('\n');
      const r = analyze(source);
      if (!r.ok) return; // e.g. a NUL the lexer rejects outside a comment: nothing to explain
      const tex = explainLatex(r.value);
      for (const line of latexListing(tex)) expect(SAFE_LATEX.test(line)).toBe(true);
      expect(tex.match(/\\begin\{document\}/g)).toHaveLength(1);
      expect(tex.trimEnd().endsWith('\\end{document}')).toBe(true);
      const md = explainMarkdown(r.value);
      const { inside, after } = markdownCode(md);
      expect(inside).toHaveLength(source.trim().split(/\r\n|\r|\n/).length);
      expect(after.join('\n')).not.toMatch(/<[a-z]/i);
      expect(after.some((l) => /^ {0,3}`{3,}/.test(l))).toBe(false);
    }), { numRuns: 500 });
  });
});
