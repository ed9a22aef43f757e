/**
 * One fuzz case from one seed: reproducible by the seed alone. Each case picks a target — the
 * lexer/parser/engine on arbitrary or mutated text, gradients against finite differences, or
 * the lesson-state decoder — and returns a failure message, or null when every property holds.
 * Properties: never throws; every error position lies inside the text; gradients match
 * central differences away from kinks. (Never hangs is the runner's watchdog.)
 */
import fc from 'fast-check';
import { analyze, compile, evaluate, type Graph, type ProgramError } from '../src/core/index.ts';
import { Evaluator } from '../src/core/engine/evaluate.ts';
import { renderMessage } from '../src/core/language/message.ts';
import { catalogs } from '../src/i18n/index.ts';
import { decodeLesson } from '../src/store/lessonState.ts';
import { decodeShareHash, VERSION_PREFIX } from '../src/store/shareLink.ts';
import { smoothProgram, syntaxProgram } from '../src/testing/fixtures.ts';
import { checkInput } from './oracle.ts';

const sample = <T>(arb: fc.Arbitrary<T>, seed: number): T => fc.sample(arb, { seed, numRuns: 1 })[0];

/** Line and column of an error must name a place in the text (or just past its end). */
function positionIsInside(source: string, error: ProgramError): boolean {
  const lines = source.split(/\r\n|\r|\n/);
  const { line, column } = error.span;
  return Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length &&
    column >= 1 && column <= lines[line - 1].length + 1;
}

const PIECES = [...'xyzw0123456789.eE_+-*/^(),=;# \t\n\r', '**', 'exp', 'log', 'max', 'relu', 'pi', '1e400', '0x1', '가', '\uFEFF', '\u202e', '\0', '\uD800', '__proto__'];
const languageText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), languageText);
const mutated = fc.tuple(syntaxProgram, fc.nat(), fc.constantFrom('delete', 'insert', 'duplicate'), fc.constantFrom(...PIECES))
  .map(([p, at, how, c]) => {
    const i = at % (p.length + 1);
    if (how === 'delete') return p.slice(0, i) + p.slice(i + 1);
    if (how === 'insert') return p.slice(0, i) + c + p.slice(i);
    return p.slice(0, i) + p.slice(i, i + 1) + p.slice(i);
  });

function checkText(source: string): string | null {
  const r = analyze(source);
  if (!r.ok && !positionIsInside(source, r.error)) return `error outside the text: ${JSON.stringify(r.error.span)} (${r.error.message})`;
  for (const said of r.ok ? r.value.allWarnings : [r.error]) {
    // The app says every message in Korean from its reference: it must be a sentence.
    const korean = renderMessage(catalogs.ko.engine.messages, said.ref);
    if (renderMessage(catalogs.en.engine.messages, said.ref) !== said.message) return `reference does not render the English message: ${said.message}`;
    if (korean.trim() === '' || korean.includes('undefined')) return `Korean message for ${said.ref.key} reads "${korean}"`;
  }
  return null;
}

/** Distance to the nearest kink (relu/abs at 0, max/min at a tie, tan at a pole) over all gates. */
function kinkMargin(graph: Graph, v: ArrayLike<number>): number {
  let margin = Infinity;
  for (const n of graph.nodes) {
    if (n.kind !== 'gate') continue;
    const a = v[n.args[0]];
    if (n.op === 'relu' || n.op === 'abs') margin = Math.min(margin, Math.abs(a));
    if (n.op === 'max' || n.op === 'min') margin = Math.min(margin, Math.abs(a - v[n.args[1]]));
    if (n.op === 'tan') margin = Math.min(margin, Math.abs(Math.cos(a)));
  }
  return margin;
}

export function checkGradients(source: string, seed: number): string | null {
  const r = compile(source);
  if (!r.ok) return `a generated smooth program did not compile: ${r.error.message}`;
  const { graph, inputValues } = r.value;
  const t = evaluate(graph, inputValues);
  if (kinkMargin(graph, t.values) < 1e-3) return null; // at a kink the derivative is one-sided
  const ev = new Evaluator(graph);
  const f = (i: number, dx: number) => {
    const xs = [...inputValues];
    xs[i] += dx;
    ev.setInputs(xs);
    ev.forward();
    return ev.values[graph.output];
  };
  for (let i = 0; i < graph.inputs.length; i++) {
    const bp = t.grads[graph.inputs[i]];
    // Too steep or not finite: a difference step cannot resolve it; nothing to compare.
    if (!Number.isFinite(bp) || Math.abs(bp) > 1e3 || !Number.isFinite(t.values[graph.output])) continue;
    // 4-point central difference, error O(h⁴), at h and h/2.
    const central = (h: number) => (-f(i, 2 * h) + 8 * f(i, h) - 8 * f(i, -h) + f(i, -2 * h)) / (12 * h);
    const h = 1e-5;
    const coarse = central(h);
    const fd = central(h / 2);
    if (kinkMargin(graph, ev.values) < 1e-3) continue;
    // Tolerance: the method's own error, plus rounding in f(x ± h), which grows with |f| / h
    // (f near 10⁹ from a constant term leaves only a few digits for the difference).
    const rounding = 20 * Number.EPSILON * Math.abs(t.values[graph.output]) / h;
    const tolerance = 1e-5 * Math.max(1, Math.abs(bp)) + 1e-6 + rounding;
    // Where the two steps disagree, the function bends faster than the step resolves (near a
    // pole of tan, say): the difference says nothing there.
    if (Math.abs(coarse - fd) > tolerance) continue;
    if (Math.abs(fd - bp) <= tolerance) continue;
    // The quick difference disagrees: ask the careful oracle, which measures this case's
    // rounding and picks its own step, before calling backprop wrong.
    const verdict = checkInput(graph, inputValues, i, bp, seed);
    if (!verdict.ok) {
      return `gradient of ${graph.nodes[graph.inputs[i]].text}: backprop ${bp}, finite difference ${verdict.numeric} (tolerance ${verdict.tolerance})\n${source}`;
    }
  }
  return null;
}

const jsonish: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), fc.dictionary(fc.constantFrom('v', 'source', 'step', 'detail', 'speed', 'expanded', 'edits', 'ownText', 'presetId', '__proto__', 'constructor'), tie('v'))),
})).v;
const lessonText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), jsonish.map((v) => JSON.stringify(v) ?? ''), jsonish.map((v) => JSON.stringify({ v: 1, ...(typeof v === 'object' && v ? v : {}) })));

function checkLesson(text: string): string | null {
  const r = decodeLesson(text) as { ok: boolean };
  if (typeof r !== 'object' || r === null || typeof r.ok !== 'boolean') return `decodeLesson returned ${String(r)}`;
  return null;
}

/** Share links: arbitrary text, and arbitrary base64url after the version prefix. */
const B64 = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
const shareHash = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...B64, '=', '.', '#', '%'), { maxLength: 300 }).map((c) => `#${VERSION_PREFIX}${c.join('')}`),
);

async function checkShare(hash: string): Promise<string | null> {
  const r = await decodeShareHash(hash) as { ok: unknown };
  if (typeof r !== 'object' || r === null || typeof r.ok !== 'boolean') return `decodeShareHash returned ${String(r)}`;
  return null;
}

export type Target = 'text' | 'mutated' | 'gradients' | 'lesson' | 'share';
export const TARGETS: readonly Target[] = ['text', 'mutated', 'gradients', 'lesson', 'share'];

/** Runs case `seed`: the target is chosen by the seed too, so one number reproduces it. */
export async function runCase(seed: number): Promise<{ target: Target; failure: string | null }> {
  const target = TARGETS[((seed % TARGETS.length) + TARGETS.length) % TARGETS.length];
  try {
    switch (target) {
      case 'text': return { target, failure: checkText(sample(anyText, seed)) };
      case 'mutated': return { target, failure: checkText(sample(mutated, seed)) };
      case 'gradients': return { target, failure: checkGradients(sample(smoothProgram, seed), seed) };
      case 'lesson': return { target, failure: checkLesson(sample(lessonText, seed)) };
      case 'share': return { target, failure: await checkShare(sample(shareHash, seed)) };
    }
  } catch (e) {
    return { target, failure: `threw: ${(e as Error)?.stack ?? String(e)}` };
  }
}
