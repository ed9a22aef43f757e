/**
 * The reference renders as elements, safely: tables, code and headings become markup, raw HTML
 * stays text; and each language's reference puts the language first and the command line last.
 */
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.tsx';

const html = (md: string) => renderToStaticMarkup(<>{renderMarkdown(md)}</>);
const reference = (language: 'en' | 'ko') => readFileSync(new URL(`../../reference/language.${language}.md`, import.meta.url), 'utf8');

/** The reference's prose: its text outside fenced and inline code. */
const prose = (md: string) => md.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
const count = (text: string, letters: RegExp) => (text.match(letters) ?? []).length;

describe('the reference’s Markdown', () => {
  it('renders tables, fences, inline code and headings (one level under the dialog’s title)', () => {
    const out = html('## Operators\n\n| a | b |\n| :--- | ---: |\n| `x` | **y** |\n\n```\nq = x + y\n```\n');
    expect(out).toContain('<h3>');
    expect(out).toMatch(/<table><thead><tr><th>a<\/th>/);
    expect(out).toContain('<code>x</code>');
    expect(out).toContain('<strong>y</strong>');
    expect(out).toContain('<pre><code>q = x + y</code></pre>');
    // No alignment style: the CSP forbids style attributes.
    expect(out).not.toContain('style=');
  });

  it('keeps raw HTML as text', () => {
    const out = html('<script>alert(1)</script>\n\nA <img src=x onerror=alert(1)> here');
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain('&lt;script&gt;');
  });
});

describe('the language reference', () => {
  it.each(['en', 'ko'] as const)('%s: the language first, the command line in its own, last section', (language) => {
    const md = reference(language);
    const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections.at(-1)).toBe(language === 'en' ? 'The command line' : '명령줄');
    const cli = md.indexOf(`## ${sections.at(-1)}`);
    expect(md.slice(0, cli)).not.toContain('npm run');
    expect(md.slice(cli)).toContain('npm run --silent cli -- grad');
  });

  it('in Korean, its prose outside code has more Hangul than Latin letters', () => {
    const text = prose(reference('ko'));
    const hangul = count(text, /\p{Script=Hangul}/gu);
    const latin = count(text, /[A-Za-z]/g);
    expect(hangul).toBeGreaterThan(1000);
    expect(hangul).toBeGreaterThan(2 * latin);
  });
});
