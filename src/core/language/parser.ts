/**
 * Parser: tokens → AST with source spans (LANGUAGE.md's grammar). Recursive descent whose
 * depth follows parenthesis nesting only, capped so no input can overflow the stack;
 * long chains (`a+b+c+…`, `----x`) are loops. Returns a Result and never throws.
 */
import { CONSTANTS, FUNCTIONS, OPS } from '../engine/ops.ts';
import { SourceMap, tokenize, type Token } from './lexer.ts';
import { say, type Said } from './message.ts';
import { SHAPE_FUNCTIONS, type Expr, type Program, type ShapeFunction, type Statement } from './ast.ts';
import type { Result, Span } from '../types.ts';

export { SHAPE_FUNCTIONS, type Expr, type Program, type ShapeFunction, type Statement } from './ast.ts';

const isShapeFunction = (name: string): name is ShapeFunction => (SHAPE_FUNCTIONS as readonly string[]).includes(name);
const isFunctionName = (name: string) => FUNCTIONS.has(name) || isShapeFunction(name);

/** Deeper nesting than this is surely a mistake, and stays far from the stack limit. */
export const MAX_NESTING = 200;
/**
 * Caps on what one program may hold (issue 12), so a huge paste gets a clear error instead of
 * an endless analysis. They admit a 5,000-line program of about 20,000 nodes with a wide
 * margin, and the project's own yardsticks: micrograd's MLP as one program (635,426
 * characters, 130,555 expression nodes) and the benchmark's 100k-node random program
 * (809,061 characters, 135,978 expression nodes). Nodes are counted as parsed: every use of a
 * name is one.
 */
export const MAX_SOURCE_LENGTH = 2_000_000;
export const MAX_NODES = 400_000;
/** A vector or matrix literal holds at most this many entries (LANGUAGE.md). */
export const MAX_LITERAL_ENTRIES = 100_000;

const BINARY: Record<string, 'add' | 'sub' | 'mul' | 'div' | 'pow'> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '^': 'pow' };
const FUNCTION_LIST = [...FUNCTIONS.keys(), ...SHAPE_FUNCTIONS].join(', ');

class ParseError {
  constructor(readonly said: Said, readonly span: Span) {}
}

export function parse(source: string): Result<Program> {
  const stages = parseInStages(source);
  for (let r = stages.next(); ; r = stages.next()) if (r.done) return r.value;
}

/** Statements parsed between two pauses of `parseInStages`. */
const STAGE_STATEMENTS = 500;

/**
 * `parse`, pausing (a `yield`) after the lexer and after every STAGE_STATEMENTS statements, so a
 * big program can be parsed in several short tasks (see analyzeViewInStages).
 */
export function* parseInStages(source: string): Generator<void, Result<Program>> {
  if (source.length > MAX_SOURCE_LENGTH) {
    // Checked before the text is even split into lines: the point is to spend no time on it.
    const at = new SourceMap(source.slice(0, MAX_SOURCE_LENGTH + 1)).span(MAX_SOURCE_LENGTH, MAX_SOURCE_LENGTH + 1);
    return { ok: false, error: { ...say('tooLong', source.length, MAX_SOURCE_LENGTH), span: at } };
  }
  const map = new SourceMap(source);
  const lexed = tokenize(source, map);
  if (!lexed.ok) return lexed;
  yield;
  try {
    const parser = new Parser(lexed.value, map);
    const statements = yield* parser.program();
    return { ok: true, value: { source, statements, map, ...(parser.vectorSyntax && { vectorSyntax: true }) } };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: { ...e.said, span: e.span } };
    throw e; // an engine bug, not a user error
  }
}

class Parser {
  private pos = 0;
  private depth = 0;
  private nodes = 0;
  /** Entries of the literal being parsed (-1 outside one). */
  private literalEntries = -1;
  vectorSyntax = false;
  constructor(private readonly tokens: Token[], private readonly map: SourceMap) {}

  private get tok(): Token { return this.tokens[this.pos]; }
  private next(): Token { return this.tokens[this.pos++]; }
  private span(from: Span, to: Span): Span { return this.map.span(from.start, to.end); }
  private fail(said: Said, at: Span = this.tok.span): never { throw new ParseError(said, at); }
  private describe(t: Token) { return t.kind === 'eof' ? { end: 'program' as const } : t.kind === 'newline' ? { end: 'line' as const } : { token: t.text }; }

  *program(): Generator<void, Statement[]> {
    const statements: Statement[] = [];
    while (this.tok.kind !== 'eof') {
      if (this.tok.kind === 'newline') { this.next(); continue; }
      statements.push(this.statement());
      if (statements.length % STAGE_STATEMENTS === 0) yield;
      const t = this.tok;
      if (t.kind !== 'newline' && t.kind !== 'eof') this.unexpectedAfterExpression(t);
    }
    if (statements.length === 0) this.fail(say('empty'));
    return statements;
  }

  private statement(): Statement {
    const first = this.tok;
    if (first.kind === 'name' && this.tokens[this.pos + 1].kind === '=') {
      if (CONSTANTS.has(first.text)) this.fail(say('assignConstant', first.text), first.span);
      if (isFunctionName(first.text)) this.fail(say('assignFunction', first.text), first.span);
      this.next();
      const eq = this.next();
      const expr = this.expression(eq);
      return { kind: 'assign', name: first.text, nameSpan: first.span, expr, span: this.span(first.span, expr.span) };
    }
    const expr = this.expression(null);
    if (this.tok.kind === '=') this.fail(say('leftOfEquals'), expr.span);
    return { kind: 'expr', expr, span: expr.span };
  }

  /** `after` is the token just before the expression, for "expected an expression after '+'". */
  private expression(after: Token | null): Expr {
    let left = this.term(after);
    while (this.tok.kind === 'op' && (this.tok.text === '+' || this.tok.text === '-')) {
      const op = this.next();
      const right = this.term(op);
      left = this.node({ kind: 'binary', op: BINARY[op.text], left, right, span: this.span(left.span, right.span), opSpan: op.span });
    }
    return left;
  }

  private term(after: Token | null): Expr {
    let left = this.unary(after);
    // `@` binds like `*` (as in Python and NumPy): `W @ x * 2` is `(W @ x) * 2`.
    while (this.tok.kind === 'op' && (this.tok.text === '*' || this.tok.text === '/' || this.tok.text === '@')) {
      const op = this.next();
      const right = this.unary(op);
      const span = this.span(left.span, right.span);
      left = this.node(op.text === '@'
        ? { kind: 'matmul', left, right, span, opSpan: op.span }
        : { kind: 'binary', op: BINARY[op.text], left, right, span, opSpan: op.span });
    }
    return left;
  }

  /** Prefix signs are collected in a loop, then wrapped innermost-first: `--x` is neg(neg(x)). */
  private unary(after: Token | null): Expr {
    const signs: Token[] = [];
    while (this.tok.kind === 'op' && (this.tok.text === '-' || this.tok.text === '+')) signs.push(this.next());
    let expr = this.power(signs.length ? signs[signs.length - 1] : after);
    for (let i = signs.length - 1; i >= 0; i--) {
      expr = this.node({ kind: 'unary', op: signs[i].text === '-' ? 'neg' : 'pos', operand: expr, span: this.span(signs[i].span, expr.span) });
    }
    return expr;
  }

  /** `^` binds tighter than a unary minus on its left and takes a signed exponent: `2^-1`, `a^b^c = a^(b^c)`. */
  private power(after: Token | null): Expr {
    const base = this.primary(after);
    if (!(this.tok.kind === 'op' && this.tok.text === '^')) return base;
    const op = this.next();
    const exponent = this.nested(() => this.unary(op), op.span);
    return this.node({ kind: 'binary', op: 'pow', left: base, right: exponent, span: this.span(base.span, exponent.span), opSpan: op.span });
  }

  /** Every expression node passes here, so the node cap fails at the first node past it. */
  private node<E extends Expr>(e: E): E {
    if (++this.nodes > MAX_NODES) this.fail(say('tooManyNodes', MAX_NODES), e.span);
    if (e.kind === 'array' || e.kind === 'matmul' || e.kind === 'index' || e.kind === 'shapeCall') this.vectorSyntax = true;
    return e;
  }

  private nested<T>(parse: () => T, at: Span): T {
    if (++this.depth > MAX_NESTING) this.fail(say('tooDeep', MAX_NESTING), at);
    const result = parse();
    this.depth--;
    return result;
  }

  /** A primary, then any `[i]` / `[i, j]` that picks an entry of it. */
  private primary(after: Token | null): Expr {
    let e = this.atom(after);
    while (this.tok.kind === '[' && e.kind !== 'number') e = this.index(e);
    return e;
  }

  private atom(after: Token | null): Expr {
    const t = this.tok;
    if (t.kind === 'number') {
      this.next();
      return this.node({ kind: 'number', value: Number(t.text), span: t.span });
    }
    if (t.kind === 'name') {
      this.next();
      if (this.tok.kind === '(') return this.call(t);
      if (isFunctionName(t.text)) this.fail(say('functionNotCalled', t.text), t.span);
      return this.node({ kind: 'name', name: t.text, span: t.span });
    }
    if (t.kind === '(') {
      this.next();
      const inner = this.nested(() => this.expression(t), t.span);
      if (this.tok.kind !== ')') this.fail(say('unclosedParen', t.span.line, t.span.column));
      const close = this.next();
      // The span takes in the brackets, so `-(2)` and `2 * (x + 1)` end at their ')'.
      return { ...inner, span: this.span(t.span, close.span) };
    }
    if (t.kind === '[') return this.array();
    if (after) {
      this.fail(say('expectedAfter', after.text));
    }
    this.fail(t.kind === ')' ? say('unmatchedClose') : say('expectedExpression', this.describe(t)));
  }

  private call(nameTok: Token): Expr {
    const open = this.next();
    const op = FUNCTIONS.get(nameTok.text);
    if (!op && !isShapeFunction(nameTok.text)) {
      this.fail(say('unknownFunction', nameTok.text, FUNCTION_LIST), nameTok.span);
    }
    const args: Expr[] = [];
    if (this.tok.kind !== ')') {
      for (;;) {
        args.push(this.nested(() => this.expression(args.length ? this.tokens[this.pos - 1] : open), open.span));
        if (this.tok.kind !== ',') break;
        this.next();
      }
    }
    if (this.tok.kind !== ')') this.fail(say('expectedCommaOrClose', nameTok.text, this.describe(this.tok)));
    const close = this.next();
    const arity = op ? OPS[op].arity : 1;
    if (args.length !== arity) {
      this.fail(say('arity', nameTok.text, arity, args.length), nameTok.span);
    }
    const span = this.span(nameTok.span, close.span);
    if (!op) return this.node({ kind: 'shapeCall', fn: nameTok.text as ShapeFunction, arg: args[0], span, calleeSpan: nameTok.span });
    return this.node({ kind: 'call', op, callee: nameTok.text, args, span });
  }

  /** Line breaks inside brackets continue the literal (a matrix may be written a row per line); `;` does not. */
  private skipBreaks(): void {
    while (this.tok.kind === 'newline' && this.tok.text !== ';') this.next();
  }

  /** `[a, b, …]`: a vector, or a matrix when its items are rows. Entries of one literal are capped. */
  private array(): Expr {
    const open = this.next();
    const outermost = this.literalEntries < 0;
    if (outermost) this.literalEntries = 0;
    const items: Expr[] = [];
    this.skipBreaks();
    if (this.tok.kind === ']') this.fail(say('emptyLiteral'), this.span(open.span, this.tok.span));
    for (;;) {
      const item = this.nested(() => this.expression(items.length ? this.tokens[this.pos - 1] : open), open.span);
      if (item.kind !== 'array' && ++this.literalEntries > MAX_LITERAL_ENTRIES) this.fail(say('tooManyEntries', MAX_LITERAL_ENTRIES), item.span);
      items.push(item);
      this.skipBreaks();
      if (this.tok.kind !== ',') break;
      this.next();
      this.skipBreaks();
    }
    if ((this.tok as Token).kind !== ']') this.fail(say('unclosedBracket', open.span.line, open.span.column, this.describe(this.tok)));
    const close = this.next();
    if (outermost) this.literalEntries = -1;
    return this.node({ kind: 'array', items, span: this.span(open.span, close.span) });
  }

  /** `target[i]` or `target[i, j]`: whole numbers from 1, written out. */
  private index(target: Expr): Expr {
    this.next();
    const indices: number[] = [];
    for (;;) {
      const t = this.tok;
      if (t.kind !== 'number' || !/^[0-9]+$/.test(t.text) || Number(t.text) < 1) this.fail(say('badIndex', this.describe(t)), t.span);
      indices.push(Number(this.next().text));
      if (this.tok.kind !== ',') break;
      this.next();
    }
    if (this.tok.kind !== ']') this.fail(say('unclosedIndex', this.describe(this.tok)));
    const close = this.next();
    return this.node({ kind: 'index', target, indices, span: this.span(target.span, close.span) });
  }

  private unexpectedAfterExpression(t: Token): never {
    if (t.kind === 'name' || t.kind === 'number' || t.kind === '(') {
      const prev = this.tokens[this.pos - 1];
      this.fail(say('missingOperator', prev.text, t.text));
    }
    if (t.kind === ')') this.fail(say('unmatchedClose'));
    if (t.kind === '=') this.fail(say('extraEquals'));
    this.fail(say('unexpected', this.describe(t)));
  }
}
