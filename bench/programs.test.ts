/**
 * The benchmark's inputs are right before its numbers mean anything: generated programs
 * compile to the node count the generator promises, use every gate and stay finite; the
 * MLP program has micrograd's size; and every hand-written yardstick (closed-form MLP
 * gradient, switch tape, inlined-evaluator prototype) computes what the engine computes.
 * Correctness only — nothing here is timed.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLayers, Evaluator, OPS } from '../src/core/index.ts';
import { analyzed, compiled } from '../src/testing/fixtures.ts';
import { LAYER_PROGRAMS, matVecProgram, mlpLayersProgram } from './layerPrograms.ts';
import { BaselineTape, maxAbsDiff } from './baseline.ts';
import { initParams, makeMoons, mlpLossAndGrad, mlpParamNames, mlpProgram } from './mlp.ts';
import { deepSum, randomProgram, statementChain } from './programs.ts';

function run<T extends { forward(): void; backward(): void }>(tape: T): T {
  tape.forward();
  tape.backward();
  return tape;
}

describe('randomProgram', () => {
  const program = randomProgram(2_000, 42);
  const { graph, inputValues } = compiled(program.source);

  it('builds a graph of exactly the node count it reports', () => {
    expect(graph.nodes.length).toBe(program.nodes);
    expect(graph.inputs.length).toBe(program.inputs);
  });

  it('uses every gate of the language', () => {
    const used = new Set(graph.nodes.flatMap((n) => (n.kind === 'gate' ? [n.op] : [])));
    expect([...used].sort()).toEqual(Object.keys(OPS).sort());
  });

  it('keeps every value and gradient finite', () => {
    const ev = run(new Evaluator(graph, inputValues));
    expect(ev.values.every(Number.isFinite)).toBe(true);
    expect(ev.grads.every(Number.isFinite)).toBe(true);
  });

  it('is the same text for the same seed', () => {
    expect(randomProgram(2_000, 42).source).toBe(program.source);
  });

  it('is replayed bit for bit by the switch tape and the inlined prototype', () => {
    const engine = run(new Evaluator(graph, inputValues));
    const baseline = new BaselineTape(graph);
    baseline.setInputs(inputValues);
    for (const other of [run(baseline)]) {
      expect(maxAbsDiff(engine.values, other.values)).toBe(0);
      expect(maxAbsDiff(engine.grads, other.grads)).toBe(0);
      expect(maxAbsDiff(engine.contributions, other.contributions)).toBe(0);
    }
  });
});

describe('deep programs', () => {
  it('a sum of n terms and a chain of n lines compile to n-deep graphs', () => {
    expect(compiled(deepSum(100)).graph.nodes.length).toBe(1 + 99);
    expect(compiled(statementChain(100)).graph.nodes.length).toBe(1 + 100);
  });
});

describe("micrograd's demo MLP as one program", () => {
  const data = makeMoons(100, 0.1, 2024);
  const params = initParams(1337);
  const { graph } = compiled(mlpProgram(params, data));

  it('has two-moons data with both labels', () => {
    expect(data.filter((p) => p.y > 0)).toHaveLength(50);
  });

  it('has about 66k scalar nodes and its parameters as inputs, in order', () => {
    expect(graph.nodes.length).toBeGreaterThan(60_000);
    expect(graph.nodes.length).toBeLessThan(75_000);
    expect(graph.inputs.map((id) => graph.nodes[id].name)).toEqual(mlpParamNames());
  });

  it("has the hand-written gradient equal to the engine's", () => {
    const ev = run(new Evaluator(graph, params));
    const grad = new Float64Array(params.length);
    const { loss } = mlpLossAndGrad(params, data, grad);
    expect(loss).toBeCloseTo(ev.values[graph.output], 12);
    expect(maxAbsDiff(grad, graph.inputs.map((id) => ev.grads[id]))).toBeLessThan(1e-12);
  });

  it('lowers the loss with one SGD step', () => {
    const grad = new Float64Array(params.length);
    const before = mlpLossAndGrad(params, data, grad).loss;
    const stepped = params.map((p, i) => p - 0.5 * grad[i]);
    expect(mlpLossAndGrad(stepped, data, grad).loss).toBeLessThan(before);
  });
});

describe("issue 19's Layers programs", () => {
  it('compile to the shapes they promise, with finite outputs, at the sizes the issue names', () => {
    const [matVec, mlp] = LAYER_PROGRAMS.map((p) => analyzed(p.source));
    expect(matVec.shapes.map((s) => [s.name, s.rows, s.cols])).toEqual([['W', 64, 64], ['x', 64, 0], ['q', 64, 0]]);
    const weights = mlp.shapes.filter((s) => /^W/.test(s.name)).reduce((n, s) => n + s.rows * s.cols, 0);
    expect(weights).toBe(784 * 16 + 16 * 16 + 16 * 10);
    for (const a of [matVec, mlp]) expect(Number.isFinite(a.trace.values[a.graph.output])).toBe(true);
    expect(analyzeLayers(mlp)?.layers.nodes.map((n) => n.name)).toEqual(['x', 'W1', 'b1', 'h1', 'W2', 'b2', 'h2', 'W3', 'b3', 'y_pred', 'y_true', 'J']);
  });

  it('are the same text every run (seeded)', () => {
    expect(matVecProgram(64)).toBe(LAYER_PROGRAMS[0].source);
    expect(mlpLayersProgram([784, 16, 16, 10])).toBe(LAYER_PROGRAMS[1].source);
  });
});
