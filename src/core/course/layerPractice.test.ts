import { describe, expect, it } from 'vitest';
import { analyzeLayers, describeLayerStep, texNumber, type LayersAnalysis } from '../index.ts';
import { renderMessage } from '../language/message.ts';
import { catalogs } from '../../i18n/index.ts';
import { panelCatalogs as panels } from '../../i18n/panels.ts';
import { PRESETS } from '../../presets/index.ts';
import { analyzed } from '../../testing/fixtures.ts';
import { checkEntries, checkGridText, gridText, parseGridAnswer, wrongNames } from './layerPractice.ts';
import { layerQuestionCount, layerQuestions, type LayerQuestion } from './layerQuestions.ts';

const layersOf = (source: string) => analyzeLayers(analyzed(source)) as LayersAnalysis;
const CS231N = PRESETS.find((p) => p.id === 'cs231n-vectorised')!.source;
const MLP = PRESETS.find((p) => p.id === 'mlp-2321-matrix')!.source;
const asked = (la: LayersAnalysis, step: number) => layerQuestions(la, la.steps[step]);
const close = (got: readonly number[], want: readonly number[]) => {
  expect(got).toHaveLength(want.length);
  got.forEach((g, k) => expect(g, `entry ${k}`).toBeCloseTo(want[k], 12));
};

// CS231n's vectorised example, by hand: W = [[0.1, 0.5], [−0.3, 0.8]], x = [0.2, 0.4].
// q = Wx = [0.1·0.2 + 0.5·0.4, −0.3·0.2 + 0.8·0.4] = [0.22, 0.26]; f = 0.22² + 0.26² = 0.0484 + 0.0676 = 0.116.
// δ = ∂f/∂q = 2q = [0.44, 0.52]; ∂f/∂W = δxᵀ = [[0.088, 0.176], [0.104, 0.208]];
// ∂f/∂x = Wᵀδ = [0.1·0.44 − 0.3·0.52, 0.5·0.44 + 0.8·0.52] = [−0.112, 0.636].
describe('the questions of a Layers step', () => {
  const la = layersOf(CS231N);

  it('asks each forward step for its statement\'s value, in its shape', () => {
    const [q] = asked(la, 0);
    expect(q).toMatchObject({ kind: 'value', names: ['q_1', 'q_2'], shape: { rows: 2, cols: 0 }, line: 1 });
    close(q.answers, [0.22, 0.26]);
    const [f] = asked(la, 1);
    expect(f.names).toEqual(['f']);
    close(f.answers, [0.116]);
  });

  it('asks each backward step for the gradients its products send, in each operand\'s shape; an input\'s step asks nothing', () => {
    expect(la.steps.map((s) => `${s.kind} ${la.layers.nodes[s.node].name}`)).toEqual(['forward q', 'forward f', 'backward f', 'backward q', 'backward x', 'backward W']);
    const [dq] = asked(la, 2);
    expect(dq).toMatchObject({ kind: 'grad', prompt: { text: '∂f/∂q' }, names: ['q_1', 'q_2'], line: 1 });
    close(dq.answers, [0.44, 0.52]);
    const [dW, dx] = asked(la, 3);
    expect(dW).toMatchObject({ prompt: { text: '∂f/∂W' }, names: ['W_11', 'W_12', 'W_21', 'W_22'], shape: { rows: 2, cols: 2 }, line: 1 });
    close(dW.answers, [0.088, 0.176, 0.104, 0.208]);
    expect(dx).toMatchObject({ prompt: { text: '∂f/∂x' }, names: ['x_1', 'x_2'], line: 2 });
    close(dx.answers, [-0.112, 0.636]);
    expect([layerQuestionCount(la, 4), layerQuestionCount(la, 5)]).toEqual([0, 0]);
  });

  it('asks δ = diag(f′(z)) ∂f/∂h first at an entry-by-entry function', () => {
    // z = 2x = [2, −2, 4]; relu′(z) = [1, 0, 1]; ∂f/∂h = [1, 1, 1] so δ = [1, 0, 1]; ∂f/∂x = 2δ = [2, 0, 2].
    const relu = layersOf('x = [1, -1, 2]\nh = relu(x * 2)\nf = sum(h)');
    const back = relu.steps.find((s) => s.kind === 'backward' && relu.layers.nodes[s.node].name === 'h')!;
    const [delta, dx] = asked(relu, back.index);
    expect(delta).toMatchObject({ kind: 'delta', names: ['δ_1', 'δ_2', 'δ_3'], answers: [1, 0, 1], line: 2 });
    expect(dx).toMatchObject({ kind: 'grad', names: ['x_1', 'x_2', 'x_3'], answers: [2, 0, 2], line: 3 });
  });

  it('points at the step panel\'s own lines, whose numbers are its answers', () => {
    for (const source of [CS231N, MLP, PRESETS.find((p) => p.id === 'net-222-matrix')!.source]) {
      const l = layersOf(source);
      for (const s of l.steps) {
        const { lines } = describeLayerStep(l, s);
        const questions = asked(l, s.index);
        for (const q of questions) {
          const line = lines[q.line];
          if (q.kind === 'grad') expect(line.startsWith(`${q.prompt.tex} = `), line).toBe(true);
          if (q.kind === 'delta') expect(line.startsWith('\\delta = '), line).toBe(true);
          for (const a of q.answers) expect(line, `${q.id} ${a}`).toContain(texNumber(a));
        }
        // Every product line is asked: none shows an answer the student was not asked for.
        if (s.kind === 'backward' && questions.length > 0) expect(questions[questions.length - 1].line).toBe(lines.length - 1);
      }
    }
  });
});

describe('reading a vector or matrix answer', () => {
  const english = (raw: string) => {
    const r = parseGridAnswer(raw);
    return r.ok ? r : r.message;
  };

  it('reads a vector, a matrix and a bare number, each entry with scalar practice\'s reader', () => {
    expect(parseGridAnswer('[0.1, -0.2]')).toEqual({ ok: true, values: [0.1, -0.2], shape: { rows: 2, cols: 0 } });
    expect(parseGridAnswer(' [[1, 2], [3, 4]] ')).toEqual({ ok: true, values: [1, 2, 3, 4], shape: { rows: 2, cols: 2 } });
    expect(parseGridAnswer('[3/4, 1e-3, −2, (1+1)*2]')).toEqual({ ok: true, values: [0.75, 0.001, -2, 4], shape: { rows: 4, cols: 0 } });
    expect(parseGridAnswer('2*3')).toEqual({ ok: true, values: [6], shape: { rows: 1, cols: 0 } });
  });

  it('says what is wrong with a malformed text, and where', () => {
    expect(english('[1, 2')).toBe("Column 6: expected ',' or ']' to close the '[' at column 1, found the end of the line.");
    expect(english('[1 2]')).toMatch(/^Column 2: /);
    expect(english('[1,, 2]')).toBe('Column 4: an entry is missing. Write a number between the commas, like [0.1, -0.2].');
    expect(english('[]')).toMatch(/^Column 2: an entry is missing/);
    expect(english('[1, abc]')).toBe('Column 5: Use numbers only: abc is a name, not a number.');
    expect(english('[1, 2]]')).toBe("Column 7: a ']' with no '[' to close.");
    expect(english('0.5, 0.3')).toMatch(/^Column 4: more text after the answer/);
    expect(english('[[[1]]]')).toMatch(/^Column 3: one '\[' too many/);
    expect(english('[[1], 2]')).toMatch(/^Column 1: write a matrix as rows/);
    expect(english('[[1, 2], [3]]')).toBe('Every row must have the same length: row 1 has 2 entries but row 2 has 1.');
    expect(english('  ')).toBe(renderMessage(catalogs.en.engine.messages, { key: 'answerEmpty', args: [] }));
  });
});

describe('checking an answer entry by entry', () => {
  const la = layersOf(CS231N);
  const [dW, dx] = asked(la, 3);
  const [dq] = asked(la, 2);

  it('takes the right numbers as one text or one field each, with scalar practice\'s tolerance', () => {
    expect(checkGridText(dW, '[[0.088, 0.176], [0.104, 0.208]]')).toEqual({ kind: 'right' });
    expect(checkGridText(dW, '[[0.0880001, 0.176], [0.104, 0.208]]')).toEqual({ kind: 'right' });
    expect(checkEntries(dx, ['-0.112', '0.636'])).toEqual({ kind: 'right' });
    // A vector written as a column or a row is the same list of entries.
    expect(checkGridText(dq, '[[0.44], [0.52]]')).toEqual({ kind: 'right' });
    expect(checkGridText(dq, '[[0.44, 0.52]]')).toEqual({ kind: 'right' });
    const [f] = asked(la, 1);
    expect(checkGridText(f, '[0.116]')).toEqual({ kind: 'right' });
  });

  it('names every wrong entry', () => {
    const v = checkGridText(dW, '[[0.088, 0.176], [0.104, 0.2]]');
    expect(v).toEqual({ kind: 'wrong', wrong: [3] });
    expect(wrongNames(dW, [3])).toEqual({ names: ['W_22'], more: 0 });
    expect(checkEntries(dx, ['0.112', '0.6'])).toEqual({ kind: 'wrong', wrong: [0, 1] });
    const T = panels.en.practice;
    expect(T.wrongEntries(['W_22'], 0)).toBe('W_22 is wrong.');
    expect(T.wrongEntries(['x_1', 'x_2'], 0)).toBe('x_1 and x_2 are wrong.');
    expect(T.wrongEntries(['W_11', 'W_12', 'W_21', 'W_22'], 3)).toBe('W_11, W_12, W_21, W_22 and 3 more are wrong.');
    const many: LayerQuestion = { ...dW, names: Array.from({ length: 6 }, (_, k) => `v_${k + 1}`), answers: [1, 2, 3, 4, 5, 6] };
    expect(wrongNames(many, [0, 1, 2, 3, 4, 5])).toEqual({ names: ['v_1', 'v_2', 'v_3', 'v_4'], more: 2 });
  });

  it('names both shapes when the shape is wrong, and the field that holds no number', () => {
    const shape = checkGridText(dW, '[0.088, 0.176]');
    expect(shape.kind === 'error' && shape.message).toBe('Wrong shape: you typed a vector of length 2, but the answer is a 2×2 matrix.');
    const f = checkGridText(asked(la, 1)[0], '[1, 2]');
    expect(f.kind === 'error' && f.message).toBe('Wrong shape: you typed a vector of length 2, but the answer is one number.');
    const empty = checkEntries(dx, ['-0.112', ' ']);
    expect(empty.kind === 'error' && empty.message).toBe('x_2: Type a number first, like -4, 3/4 or 1e-3.');
  });

  it('writes the answer as the language writes a literal', () => {
    expect(gridText(dq.answers, dq.shape)).toBe('[0.44, 0.52]');
    expect(gridText(dW.answers, dW.shape)).toBe('[[0.088, 0.176], [0.104, 0.208]]');
  });

  it('says all of it in Korean with no English word but the names', () => {
    const ko = catalogs.ko.engine.messages;
    const said = ['[1, 2', '[1,, 2]', '[1, abc]', '[1, 2]]', '0.5, 0.3', '[[[1]]]', '[[1], 2]', '[[1, 2], [3]]'].map((raw) => {
      const r = parseGridAnswer(raw);
      return r.ok ? '' : renderMessage(ko, r.ref);
    });
    const shape = checkGridText(dW, '[1, 2]');
    const field = checkEntries(dx, ['', '1']);
    for (const v of [shape, field]) if (v.kind === 'error') said.push(renderMessage(ko, v.ref));
    said.push(panels.ko.practice.wrongEntries(['W_22', 'x_1'], 2));
    for (const text of said) {
      const bare = text.replace(/\b[A-Za-z]+_\d+\b|\babc\b/g, '');
      expect(bare, text).not.toMatch(/[A-Za-z]{2,}/);
      expect(text, text).toMatch(/[가-힣]/);
    }
  });
});
