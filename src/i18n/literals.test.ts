/**
 * No UI string in a component: every sentence, label and accessible name comes from the
 * catalogs (src/i18n/<lang>/<area>.ts) through `useT()`. This test parses every component and
 * app module with the TypeScript compiler and flags
 *   (a) JSX text with a letter in it,
 *   (b) a string literal given to a JSX attribute a person reads (aria-label, title, …),
 *   (c) any other string literal or template with a space and a letter in it (a sentence),
 *       except where such strings are code, not UI text (the commented allow-list below).
 * Single words without a space in code (keys, class names, event names) are not flagged by (c):
 * a component compares and passes those all the time, and (a)/(b) catch the visible ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const SCANNED = ['components', 'app'];

/** Files not yet checked (none: i18n-engine's course, practice, forward, trace-table, warnings and picker are done). */
const PENDING = new Set<string>([]);

/** JSX attributes whose text a person reads or hears. */
const UI_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);

/** JSX attributes that hold code (class names, CSS, SVG geometry, ids, URLs): sentences never go there. */
const CODE_ATTRIBUTES = new Set([
  'className', 'style', 'd', 'transform', 'viewBox', 'points', 'key', 'id', 'htmlFor', 'type', 'role', 'name', 'value',
  'href', 'src', 'rel', 'target', 'accept', 'inputMode', 'lang', 'markerEnd', 'aria-describedby', 'aria-controls',
  'aria-labelledby', 'aria-keyshortcuts', 'textAnchor', 'dy', 'fill',
]);

/** Calls whose string arguments are code: CSS selectors, events, attributes, developer errors and logs. */
const CODE_CALLS = new Set([
  'querySelector', 'querySelectorAll', 'closest', 'matches', 'addEventListener', 'removeEventListener',
  'setAttribute', 'getAttribute', 'removeAttribute', 'setProperty', 'getPropertyValue', 'createElementNS', 'createElement',
  'matchMedia', 'error', 'warn', 'log', 'info', 'debug',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** A letter of a word: Greek letters here are math (Σ, λ), like the symbols ∂ and ×. */
const hasLetter = (s: string) => /(?!\p{Script=Greek})\p{L}/u.test(s);

/** Strings with spaces that are code by their look. */
const CODE_LOOKS = [
  /^[MmLlHhVvCcSsQqTtAaZz\d.,\s-]+$/, // SVG path data: 'M5 4h2v16H5z'
  /\{[^}]*:[^}]*\}/, // a CSS rule: 'svg { font-family: … }'
  /^\s*</, // markup: '<?xml …?>'
  /\\[A-Za-z]+/, // TeX, with a command: 'p \\leftarrow p - \\alpha' (formulas are the same in every language)
];
const isSentence = (s: string) => hasLetter(s) && /\s/.test(s.trim()) && !CODE_LOOKS.some((re) => re.test(s));

/** Variables holding class lists ('node node-input current'). */
const CLASS_VARIABLES = /^(cls|className|classes)$/;

/** The static text of a string literal or template (what is left with its `${…}` holes removed). */
function staticText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('');
  return undefined;
}

/** Is this string in a place where it is code, not text for a person? */
function isCode(node: ts.Node): boolean {
  for (let at: ts.Node = node, up = node.parent; up; at = up, up = up.parent) {
    // import … from '…', export … from '…'
    if (ts.isImportDeclaration(up) || ts.isExportDeclaration(up) || ts.isImportTypeNode(up)) return true;
    // 'a' | 'b' in a type
    if (ts.isLiteralTypeNode(up)) return true;
    // { 'some key': … } and obj['some key']
    if (ts.isPropertyAssignment(up) && up.name === at) return true;
    if (ts.isElementAccessExpression(up) && up.argumentExpression === at) return true;
    if (ts.isJsxAttribute(up)) return CODE_ATTRIBUTES.has(up.name.getText());
    if (ts.isVariableDeclaration(up) && up.initializer === at && ts.isIdentifier(up.name) && CLASS_VARIABLES.test(up.name.text)) return true;
    // new Error('…'): a developer's message (what a person sees about a failure is the catalog's)
    if (ts.isNewExpression(up) && up.expression.getText() === 'Error') return true;
    if (ts.isCallExpression(up) && up.arguments.includes(at as ts.Expression)) {
      const callee = up.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
      return CODE_CALLS.has(name);
    }
  }
  return false;
}

interface Finding { file: string; line: number; rule: string; text: string }

const findLiterals = (file: string) => findLiteralsIn(file, readFileSync(file, 'utf8'));

function findLiteralsIn(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Finding[] = [];
  const report = (node: ts.Node, rule: string, s: string) => found.push({
    file: path.relative(ROOT, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, rule, text: s.trim(),
  });
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (hasLetter(node.text)) report(node, '(a) JSX text', node.text);
    } else if (ts.isJsxAttribute(node) && UI_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isJsxExpression(init) && init.expression ? staticText(init.expression) : staticText(init);
      if (literal !== undefined && hasLetter(literal)) {
        report(node, `(b) ${node.name.getText()}`, literal);
        return; // once is enough
      }
    } else {
      const literal = staticText(node);
      if (literal !== undefined && isSentence(literal) && !isCode(node)) report(node, '(c) sentence', literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const isPending = (relative: string) => [...PENDING].some((p) => relative === p || (p.endsWith('/') && relative.startsWith(p)));

describe('components hold no UI strings', () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

  it('scans the components and the app', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('finds every string in the catalogs, none in a component', () => {
    const findings = files.filter((f) => !isPending(path.relative(ROOT, f).split(path.sep).join('/'))).flatMap(findLiterals);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('catches each kind of literal (the checker checks itself on a sample)', () => {
    const sample = path.join(ROOT, 'i18n', '__sample__.tsx');
    const findings = findLiteralsIn(sample, [
      "import { x } from './some module.ts';",
      'const a = <p className="muted big">Hello there</p>;',
      'const b = <button aria-label="Close me" title={`Next step (→)`} />;',
      "const c = <Row label={'Upstream gradient'} />;",
      "const d = fail('That file is too large.');",
      "const e = document.querySelector('svg g > text');",
      "const f = <span>{'×'}</span>;",
      "const g = new Error('a developer message');",
      'const h = <svg><path d="M5 4h2v16H5z" /><text>Σ∂ 5</text></svg>;',
      "const cls = `node node-${kind}`;",
      "const i = <p title={open ? 'Close it' : 'Open it'} />;",
    ].join('\n'));
    expect(findings.map((f) => `${f.line} ${f.rule}`)).toEqual([
      '2 (a) JSX text', '3 (b) aria-label', '3 (b) title', '4 (b) label', '5 (c) sentence', '11 (c) sentence', '11 (c) sentence',
    ]);
  });
});
