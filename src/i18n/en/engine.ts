/**
 * What the engine says: parse and compile errors, warnings, gate patterns and practice-answer
 * messages. The engine (src/core) builds its English `message` from these very templates and
 * keeps a reference `{ key, args }` (core/message.ts), so the app can say the same in Korean;
 * the English here is the contract of LANGUAGE.md and the CLI's JSON.
 */
import { nearestName } from '../nearest.ts';
import { gridAnswerMessages } from './gridAnswerMessages.ts';
import { shapeMessages } from './shapeMessages.ts';

/** What the parser found where it expected something else. */
export type Found = { readonly end: 'program' | 'line' } | { readonly token: string };
/** The advice a lexer error adds for a character from a word processor or another notation. */
export type CharHint = 'multiply' | 'divide' | 'minus' | 'square';
export type NumberBase = 'hexadecimal' | 'binary' | 'octal';

const found = (f: Found) => ('end' in f ? `the end of the ${f.end}` : `'${f.token}'`);
const thousands = (n: number) => n.toLocaleString('en-US');
const CHAR_HINT: Readonly<Record<CharHint, string>> = {
  multiply: "; use '*' to multiply", divide: "; use '/' to divide", minus: "; use '-' for minus", square: "; use '^2' for a square",
};
const at = (line: number, column: number) => `line ${line}, column ${column}`;

/** Error and warning templates, by key. Every one is a function of plain names and numbers. */
export const messages = {
  // ---- lexer
  numberThenName: (number: string, name: string) => `a number cannot be followed directly by a name: write ${number}*${name} to multiply`,
  dotInNumber: (number: string) => `unexpected '.' in the number ${number}`,
  unexpectedChar: (shown: string, hint?: CharHint) => `unexpected character ${shown}${hint ? CHAR_HINT[hint] : ''}`,
  numberBase: (base: NumberBase, literal: string) => `${base} numbers like ${literal} are not supported: write the number in decimal`,
  digitGroup: (fixed: string, written: string) => `'_' cannot group digits in a number: write ${fixed} instead of ${written}`,
  // ---- parser
  tooLong: (length: number, limit: number) => `the program is ${thousands(length)} characters long; the limit is ${thousands(limit)}. This is where the limit falls`,
  empty: () => 'the program is empty: type an expression such as (x + y) * z',
  assignConstant: (name: string) => `${name} is a built-in constant and cannot be assigned`,
  assignFunction: (name: string) => `${name} is a function name and cannot be assigned`,
  leftOfEquals: () => "only a name can stand on the left of '='",
  tooManyNodes: (limit: number) => `the program has more than ${thousands(limit)} operations and values; split it or make it smaller. This is where the limit falls`,
  tooDeep: (limit: number) => `the expression is nested more than ${limit} levels deep`,
  functionNotCalled: (name: string) => `${name} is a function: call it as ${name}(…)`,
  unclosedParen: (line: number, column: number) => `expected ')' to close the '(' at ${at(line, column)}`,
  expectedAfter: (token: string) => `expected an expression after '${token}'`,
  unmatchedClose: () => "unexpected ')' with no '(' to close",
  expectedExpression: (f: Found) => `expected an expression, found ${found(f)}`,
  unknownFunction: (name: string, known: string) => {
    const meant = nearestName(name, known.split(', '));
    return meant !== undefined
      ? `unknown function '${name}': did you mean ${meant}? Known functions: ${known}`
      : `unknown function '${name}'. Known functions: ${known}. To multiply, write ${name}*(…)`;
  },
  expectedCommaOrClose: (name: string, f: Found) => `expected ',' or ')' in the call to ${name}, found ${found(f)}`,
  arity: (name: string, arity: number, given: number) =>
    `${name} takes ${arity} argument${arity === 1 ? '' : 's'} ${name}${arity === 1 ? '(a)' : '(a, b)'}, but was given ${given}`,
  missingOperator: (before: string, next: string) => `expected an operator before '${next}'; to multiply, write ${before}*${next}`,
  extraEquals: () => "unexpected '=': only one '=' per statement, with a name on its left",
  unexpected: (f: Found) => `unexpected ${found(f)}`,
  // ---- graph
  definedTwice: (name: string, line: number) => `${name} is already defined on line ${line}; a name may be defined only once`,
  unnamedNotLast: () => 'a line without a name is allowed only as the last line; write name = … to keep this value',
  fTaken: () => 'the last line has no name, so its result would be called f — but f is already used; write out = … instead',
  usedBeforeDefined: (name: string, line: number) => `${name} is used before it is defined on line ${line}`,
  ...shapeMessages,
  // ---- warnings
  defaultInput: (name: string) => `${name} is used but never given a value, so it is an input with the default value 1`,
  noInputs: () => 'no input affects the output: its gradient reaches only the named lines it uses',
  tooLarge: (text: string, value: number, line: number, column: number) =>
    `${text} is ${value}: the number is too large for a double (beyond ±1.8e308) at ${at(line, column)}`,
  tooSmall: (literal: string, line: number, column: number) =>
    `${literal} is 0: the number is too small for a double (nonzero, below ±4.9e-324) at ${at(line, column)}`,
  nonFiniteValue: (text: string, value: number, line: number, column: number, expression: string, operands: string) =>
    `${text} is ${value} at ${at(line, column)}: ${expression} where ${operands}`,
  nonFiniteGradient: (expression: string, term: number, line: number, column: number, operand: string, local: number, operands: string) =>
    `the gradient through ${expression} is ${term} at ${at(line, column)}: its local gradient with respect to ${operand} is ${Number.isNaN(local) ? 'undefined' : local} where ${operands}` +
    (Number.isNaN(term) ? '' : '; multiplied by a zero local gradient further back it becomes 0·∞ = NaN'),
  // ---- practice answers
  answerEmpty: () => 'Type a number first, like -4, 3/4 or 1e-3.',
  answerOneNumber: () => 'Type one number or a little arithmetic, like 2*3, without = or ;.',
  answerNotNumber: (reason: string) => `That is not a number: ${reason}.`,
  answerName: (name: string) => `Use numbers only: ${name} is a name, not a number.`,
  ...gridAnswerMessages,
};

/** One line per gate on what it does to the gradient (CS231n's gate patterns), and the step notes beside them. */
export const patterns = {
  add: 'add gate: distributes the upstream gradient unchanged to every input',
  sub: 'subtract gate: passes the gradient to the first input and its negative to the second',
  mul: 'multiply gate: swaps — each input gets the upstream gradient times the other input',
  div: 'divide gate: 1/b to the numerator, −a/b² to the denominator',
  neg: 'negate gate: flips the sign of the gradient',
  pos: 'unary plus: passes the gradient through unchanged',
  identity: 'identity: a new name for a value; the gradient passes through unchanged',
  pow: 'power gate: ∂(aᵇ)/∂a = b·aᵇ⁻¹ scales the gradient',
  exp: 'exp gate: its local gradient is its own output',
  log: 'log gate: scales the gradient by 1/input',
  sqrt: 'square-root gate: scales the gradient by 1/(2√input)',
  abs: 'abs gate: passes the gradient with the sign of its input (0 at 0)',
  sin: 'sin gate: scales the gradient by cos(input)',
  cos: 'cos gate: scales the gradient by −sin(input)',
  tan: 'tan gate: scales the gradient by 1 + tan²(input)',
  tanh: 'tanh gate: scales the gradient by 1 − tanh², at most 1',
  sigmoid: 'sigmoid gate: scales the gradient by σ(1−σ), at most 1/4 — why deep sigmoid chains vanish',
  relu: 'ReLU gate: routes the gradient through where the input was positive, blocks it elsewhere',
  softplus: 'softplus gate: a smooth ReLU; its local gradient is σ(input)',
  max: 'max gate: routes the whole gradient to the larger input (the first on a tie)',
  min: 'min gate: routes the whole gradient to the smaller input (the first on a tie)',
  branch: 'branch: the gradients from every use add up',
  line: 'a whole line: its local partials are the chain rule through the line’s gates',
  tangent: 'forward mode: each operand’s local partial times its tangent, added up',
};

/** Words inside practice hints (in TeX `\text{…}` or in the plain-text twin); the formulas around them stay. */
export const hints = {
  evaluateLine: 'evaluate its line with the values above',
  evaluateLineShort: 'evaluate its line',
  chainThroughLine: 'the chain rule through the line gates',
  chainThroughLineShort: 'the chain rule through the line',
  upstream: 'upstream',
  local: 'local',
  sumOfTangents: 'the sum of local partial times tangent',
  seeFormula: 'see the formula',
};

/** The word before a step's plain-text summary (the live region, the CLI's `text`): "Forward: q = x + y = 3". */
export const steps = {
  forward: 'Forward',
  backward: 'Backward',
  seed: 'Seed',
  tangent: 'Tangent',
};

export const engine = { messages, patterns, hints, steps };
