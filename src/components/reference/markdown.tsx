/**
 * Markdown to React elements, for the language reference. markdown-it parses (raw HTML off, so
 * a tag in the text stays text); its tokens become elements here, never an HTML string, so
 * nothing reaches innerHTML and the page's CSP holds (markdown-it's own renderer would write a
 * table's alignment as a style attribute, which `style-src 'self'` blocks).
 */
import MarkdownIt from 'markdown-it';
import { createElement, Fragment, type ReactNode } from 'react';

const parser = new MarkdownIt({ html: false, linkify: false, typographer: false });
type Token = ReturnType<typeof parser.parse>[number];

/** The elements a reference may contain; any other token's text is kept as plain text. */
const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 's', 'a']);

/** A Markdown heading one level under the dialog's own title (`##` → h3). */
const headingTag = (tag: string) => `h${Math.min(6, Number(tag.slice(1)) + 1)}`;

interface Frame { tag: string; attrs: Record<string, string>; children: ReactNode[] }

/** The reference's Markdown as React elements. */
export function renderMarkdown(source: string): ReactNode[] {
  return build(parser.parse(source, {}));
}

function build(tokens: readonly Token[]): ReactNode[] {
  const root: Frame = { tag: '', attrs: {}, children: [] };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1];
  const add = (node: ReactNode) => top().children.push(node);
  tokens.forEach((t, i) => {
    if (t.nesting === 1) {
      const tag = /^h[1-6]$/.test(t.tag) ? headingTag(t.tag) : BLOCK_TAGS.has(t.tag) ? t.tag : 'span';
      const href = t.tag === 'a' ? String(t.attrGet('href') ?? '') : '';
      stack.push({ tag, attrs: href ? { href, target: '_blank', rel: 'noreferrer' } : {}, children: [] });
    } else if (t.nesting === -1) {
      const frame = stack.pop() as Frame;
      add(createElement(frame.tag, { key: i, ...frame.attrs }, ...frame.children));
    } else {
      add(leaf(t, i));
    }
  });
  return root.children;
}

function leaf(t: Token, key: number): ReactNode {
  switch (t.type) {
    case 'inline': return createElement(Fragment, { key }, ...build(t.children ?? []));
    case 'text': return t.content;
    case 'code_inline': return createElement('code', { key }, t.content);
    case 'fence':
    case 'code_block': return createElement('pre', { key }, createElement('code', null, t.content.replace(/\n$/, '')));
    case 'softbreak': return '\n';
    case 'hardbreak': return createElement('br', { key });
    case 'hr': return createElement('hr', { key });
    case 'image': return t.content;
    default: return t.content;
  }
}
