import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import katex from 'katex';
import { analyzeView, DETAILS, expandableCalls, matchStep, type Analysis, type Detail } from '../index.ts';
import { PRESETS } from '../../presets/index.ts';
import { shownSteps, texProgram } from '../../testing/fixtures.ts';
import { viewProgram as program } from '../../testing/viewPrograms.ts';

function view(source: string, detail: Detail, expand?: number[]): Analysis {
  const r = analyzeView(source, { detail, expand });
  if (!r.ok) throw new Error(`${source}\n${r.error.message}`);
  return r.value;
}
const byName = (a: Analysis, numbers: Float64Array) => new Map([...a.graph.names].map(([n, id]) => [n, numbers[id]]));
const close = (x: number, y: number) => (Number.isNaN(x) && Number.isNaN(y)) || Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, trust: false, maxExpand: 1000 });

/** Every name the Gates view gives a gradient has the same value and gradient in `other`. */
function expectSameNumbers(gates: Analysis, other: Analysis, label: string) {
  const gv = byName(gates, gates.trace.values);
  const gg = byName(gates, gates.trace.grads);
  const ov = byName(other, other.trace.values);
  const og = byName(other, other.trace.grads);
  for (const [name, id] of gates.graph.names) {
    expect(ov.has(name), `${label}: ${name} is missing`).toBe(true);
    expect(close(gv.get(name) as number, ov.get(name) as number), `${label}: value of ${name}: ${gv.get(name)} vs ${ov.get(name)}`).toBe(true);
    if (gates.schedule.backwardStepOf[id] < 0) continue;
    const otherId = other.graph.names.get(name) as number;
    expect(other.schedule.backwardStepOf[otherId], `${label}: ${name} has no backward step`).toBeGreaterThanOrEqual(0);
    expect(close(gg.get(name) as number, og.get(name) as number), `${label}: ∂/∂${name}: ${gg.get(name)} vs ${og.get(name)}`).toBe(true);
  }
}

/** Each step has exactly the record shape of a Gates step, and its TeX renders. */
function expectRenderableSteps(a: Analysis) {
  for (const s of shownSteps(a)) {
    expect(() => render(s.tex), s.tex).not.toThrow();
    expect(typeof s.text).toBe('string');
    if (s.kind === 'backward') for (const l of s.locals) expect(() => render(`${l.local.tex} ${l.product.tex}`)).not.toThrow();
  }
}

describe('three views of one program', () => {
  for (const preset of PRESETS) {
    it(`give every name of ${preset.id} the same value and gradient, with renderable steps`, () => {
      const gates = view(preset.source, 'gates');
      for (const detail of DETAILS) {
        const a = view(preset.source, detail);
        expectSameNumbers(gates, a, `${preset.id} / ${detail}`);
        expectRenderableSteps(a);
      }
    });
  }

  it('agree with central differences in the Statements view (the MLP)', () => {
    const source = PRESETS.find((p) => p.id === 'mlp-2321')?.source as string;
    const a = view(source, 'statements');
    const output = (values: readonly number[]) => {
      let s = source;
      a.graph.inputs.forEach((id, i) => { s = s.replace(new RegExp(`^${a.graph.nodes[id].text} = .*$`, 'm'), `${a.graph.nodes[id].text} = ${values[i]}`); });
      const b = view(s, 'statements');
      return b.trace.values[b.graph.output];
    };
    const h = 1e-6;
    a.graph.inputs.forEach((id, i) => {
      const at = (dx: number) => output(a.inputValues.map((v, j) => (j === i ? v + dx : v)));
      const fd = (at(h) - at(-h)) / (2 * h);
      expect(Math.abs(fd - a.trace.grads[id]), a.graph.nodes[id].text).toBeLessThan(1e-5 * Math.max(1, Math.abs(fd)));
    });
  });
});

describe('the Statements view', () => {
  const mlp = view(PRESETS.find((p) => p.id === 'mlp-2321')?.source as string, 'statements');
  const node = (name: string) => mlp.graph.names.get(name) as number;

  it('draws the MLP as its network: inputs and weights → h1 → h2 → y_pred → J', () => {
    const gates = mlp.graph.nodes.filter((n) => n.kind === 'gate').map((n) => n.name);
    expect(gates).toEqual(['h1_1', 'h1_2', 'h1_3', 'h2_1', 'h2_2', 'y_pred', 'J']);
    const from = (name: string) => mlp.graph.edges.filter((e) => e.to === node(name)).map((e) => mlp.graph.nodes[e.from].text);
    expect(from('h1_1')).toEqual(['W1_11', 'x1', 'W1_12', 'x2', 'b1_1']);
    expect(from('h2_2')).toEqual(['W2_21', 'h1_1', 'W2_22', 'h1_2', 'W2_23', 'h1_3', 'b2_2']);
    expect(from('J')).toEqual(['y_true', 'y_pred']);
  });

  it('shows a whole line with its numbers as one forward step', () => {
    const s = shownSteps(mlp)[mlp.schedule.forwardStepOf[node('h1_1')]];
    // relu(0.1·1 + 0.2·2 + 0.1) = relu(0.6) = 0.6
    expect(s.kind === 'forward' && s.formula.text).toBe('h1_1 = relu(W1_11 * x1 + W1_12 * x2 + b1_1) = relu(0.1 * 1 + 0.2 * 2 + 0.1) = 0.6');
  });

  it('derives each local partial by the chain rule through the line, symbolic then numeric', () => {
    const s = shownSteps(mlp)[mlp.schedule.backwardStepOf[node('h1_1')]];
    if (s.kind !== 'backward') throw new Error('no backward step');
    const w = s.locals.find((l) => mlp.graph.nodes[l.operand].text === 'W1_11');
    // relu′(s)·x1 with s = 0.6 > 0: 1 · 1 = 1
    expect(w?.local.tex).toContain('= \\mathbf{1}\\left[s > 0\\right] \\cdot x_{1} = 1 \\cdot 1 = 1');
    expect(w?.local.tex).toContain(';\\quad s = ');
    // J = 0.5·(y_true − y_pred)²: 0.5 · 2s · (−1) folds to −s
    const j = shownSteps(mlp)[mlp.schedule.backwardStepOf[node('J')]];
    const yp = j.kind === 'backward' ? j.locals.find((l) => mlp.graph.nodes[l.operand].text === 'y_pred') : undefined;
    expect(yp?.local.tex).toMatch(/= -s = /);
  });

  it('adds the terms of a name used twice in one line and gives named constants their gradient', () => {
    const a = view('x = 3\nc = sin(1.5)\nf = x * x * c', 'statements');
    const f = a.schedule.steps[a.schedule.backwardStepOf[a.graph.names.get('f') as number]];
    const x = f.kind === 'backward' ? f.locals.find((l) => l.operand === a.graph.names.get('x')) : undefined;
    // ∂(x·x·c)/∂x = 2xc = 6 sin(1.5)
    expect(x?.localGrad).toBeCloseTo(6 * Math.sin(1.5), 14);
    expect(a.trace.grads[a.graph.names.get('c') as number]).toBe(9);
    expect(a.schedule.backwardStepOf[a.graph.names.get('c') as number]).toBeGreaterThanOrEqual(0);
  });

  it('writes a fan-out as the sum of its terms', () => {
    const s = shownSteps(mlp)[mlp.schedule.backwardStepOf[node('h1_1')]];
    expect(s.kind === 'backward' && s.terms.length).toBe(2);
    expect(s.kind === 'backward' && s.upstream.text).toMatch(/^∂J\/∂h1_1 = .+ \+ .+ = /);
  });
});

describe('the Primitives view', () => {
  it('draws sigmoid as 1/(1+exp(−x)), with an exp gate', () => {
    const a = view('x = 1\nf = sigmoid(x)', 'primitives');
    const ops = a.graph.nodes.flatMap((n) => (n.kind === 'gate' ? [n.op] : []));
    expect(ops).toEqual(['neg', 'exp', 'add', 'div']);
  });

  it('expands tanh and softplus, and only the chosen gate in the Gates view', () => {
    const src = 'x = 0.3\nf = tanh(x) + softplus(x) + sigmoid(x)';
    const ops = (a: Analysis) => a.graph.nodes.flatMap((n) => (n.kind === 'gate' ? [n.op] : []));
    expect(ops(view(src, 'primitives'))).not.toContain('tanh');
    expect(ops(view(src, 'primitives'))).not.toContain('softplus');
    const one = ops(view(src, 'gates', [1]));
    expect(one).toContain('tanh');
    expect(one).not.toContain('softplus');
    expect(one).toContain('sigmoid');
  });
});

// ---- random programs (src/testing/viewPrograms.ts) ----

const tame = (a: Analysis) => [...a.trace.values, ...a.trace.grads].every((v) => Number.isFinite(v) && Math.abs(v) < 1e6);

describe('on random programs', () => {
  it('every name has the same gradient in all three views, and every step renders', () => {
    fc.assert(fc.property(program, (source) => {
      const gates = view(source, 'gates');
      fc.pre(tame(gates));
      for (const detail of ['statements', 'primitives'] as const) {
        const a = view(source, detail);
        expectSameNumbers(gates, a, `${source}\n${detail}`);
        expectRenderableSteps(a);
      }
    }), { numRuns: 150 });
  });

  it('every step of every view renders under KaTeX, with awkward names and values (NaN, 1e300, 1e-7)', () => {
    fc.assert(fc.property(texProgram, (source) => {
      for (const detail of DETAILS) expectRenderableSteps(view(source, detail));
    }), { numRuns: 60 });
  });

  it('a fused gate and its expanded chain send the same gradients to the inputs', () => {
    fc.assert(fc.property(program, fc.nat(), (source, k) => {
      const fused = view(source, 'gates');
      const calls = expandableCalls(fused.program).length;
      fc.pre(tame(fused) && calls > 0);
      const expanded = view(source, 'gates', [k % calls]);
      expect(expanded.graph.nodes.length).toBeGreaterThan(fused.graph.nodes.length);
      fused.graph.inputs.forEach((id) => {
        const name = fused.graph.nodes[id].text;
        const other = expanded.trace.grads[expanded.graph.names.get(name) as number];
        expect(close(fused.trace.grads[id], other), `${source}\n∂/∂${name}`).toBe(true);
      });
    }), { numRuns: 150 });
  });
});

describe('switching the view keeps the position', () => {
  const source = PRESETS.find((p) => p.id === 'mlp-2321')?.source as string;
  const gates = view(source, 'gates');
  const statements = view(source, 'statements');
  const primitives = view(source, 'primitives');
  const stepOf = (a: Analysis, name: string, phase: 'forward' | 'backward') =>
    (phase === 'forward' ? a.schedule.forwardStepOf : a.schedule.backwardStepOf)[a.graph.names.get(name) as number];

  it('lands on the same named node in the same phase', () => {
    for (const phase of ['forward', 'backward'] as const) {
      expect(matchStep(gates, stepOf(gates, 'h2_1', phase), statements)).toBe(stepOf(statements, 'h2_1', phase));
      expect(matchStep(statements, stepOf(statements, 'y_pred', phase), gates)).toBe(stepOf(gates, 'y_pred', phase));
      expect(matchStep(gates, stepOf(gates, 'W1_12', 'backward'), primitives)).toBe(stepOf(primitives, 'W1_12', 'backward'));
    }
  });

  it('lands on the nearest named node of the same phase for an anonymous gate', () => {
    // Step 0 of the Gates view is the anonymous W1_11·x1; the nearest named forward step is h1_1's.
    expect(gates.graph.nodes[gates.schedule.steps[0].node].name).toBeUndefined();
    const s = matchStep(gates, 0, statements);
    expect(statements.schedule.steps[s].kind).toBe('forward');
    expect(statements.graph.nodes[statements.schedule.steps[s].node].name).toBe('h1_1');
  });
});
