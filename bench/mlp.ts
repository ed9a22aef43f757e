/**
 * micrograd's demo network as one Chainrule program, and the same network's gradient by hand.
 *
 * The network: a 2-16-16-1 MLP, ReLU hidden layers, a linear output, trained with the SVM
 * hinge loss relu(1 − yᵢ·scoreᵢ) averaged over 100 two-moons points, plus 1e-4·Σp² over all
 * 337 parameters (micrograd's demo.ipynb, including its lr schedule 1 − 0.9·k/100).
 * Parameters are declared inputs, in the order `mlpParamNames` lists them, so they are
 * `graph.inputs` in that order; data points are numeric literals baked into the text.
 *
 * `mlpLossAndGrad` is the closed-form backward pass over flat arrays: the yardstick for a
 * training step, and a second opinion on the engine's gradient.
 */
import { gaussian, mulberry32, uniform } from './random.ts';

export const LAYERS = [2, 16, 16, 1] as const;
export const L2 = 1e-4;

export interface Point { readonly x0: number; readonly x1: number; readonly y: 1 | -1 }

/** sklearn's make_moons(n, noise): two interleaved half circles, labels ±1. Rounded so literals stay short. */
export function makeMoons(n: number, noise: number, seed: number): Point[] {
  const random = mulberry32(seed);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const outer = Math.floor(n / 2);
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const upper = i < outer;
    const t = Math.PI * (upper ? i / (outer - 1) : (i - outer) / (n - outer - 1));
    const x0 = upper ? Math.cos(t) : 1 - Math.cos(t);
    const x1 = upper ? Math.sin(t) : 0.5 - Math.sin(t);
    points.push({ x0: round(x0 + noise * gaussian(random)), x1: round(x1 + noise * gaussian(random)), y: upper ? -1 : 1 });
  }
  return points;
}

/** Per neuron its weights then its bias, layer by layer: micrograd's `parameters()` order. */
export function mlpParamNames(): string[] {
  const names: string[] = [];
  for (let l = 1; l < LAYERS.length; l++) {
    for (let j = 1; j <= LAYERS[l]; j++) {
      for (let i = 1; i <= LAYERS[l - 1]; i++) names.push(`w${l}_${j}_${i}`);
      names.push(`b${l}_${j}`);
    }
  }
  return names;
}

/** micrograd's Neuron init: weights uniform in [-1, 1], biases 0. */
export function initParams(seed: number): Float64Array {
  const random = mulberry32(seed);
  return Float64Array.from(mlpParamNames(), (name) => (name.startsWith('w') ? uniform(random, -1, 1) : 0));
}

/** `b + w1*x1 - w2*0.3 …`: a literal's sign goes into the add/subtract, so no negate gates. */
function weightedSum(bias: string, terms: readonly [weight: string, x: string | number][]): string {
  let s = bias;
  for (const [w, x] of terms) {
    if (typeof x === 'string') s += ` + ${w}*${x}`;
    else s += ` ${x < 0 ? '-' : '+'} ${w}*${Math.abs(x)}`;
  }
  return s;
}

/** The whole training objective as one program; the output is `loss`. */
export function mlpProgram(params: ArrayLike<number>, data: readonly Point[]): string {
  const names = mlpParamNames();
  const lines = names.map((name, i) => `${name} = ${params[i]}`);
  const range = (n: number) => Array.from({ length: n }, (_, k) => k + 1);
  data.forEach((p, n) => {
    let prev: (string | number)[] = [p.x0, p.x1];
    for (let l = 1; l < LAYERS.length; l++) {
      const last = l === LAYERS.length - 1;
      const next = range(LAYERS[l]).map((j) => {
        const sum = weightedSum(`b${l}_${j}`, prev.map((x, i) => [`w${l}_${j}_${i + 1}`, x]));
        return last ? sum : `relu(${sum})`;
      });
      const outNames = last ? [`s${n}`] : range(LAYERS[l]).map((j) => `h${l}_${n}_${j}`);
      next.forEach((e, j) => lines.push(`${outNames[j]} = ${e}`));
      prev = outNames;
    }
    // relu(1 − y·s): for y = +1 that is 1 − s, for y = −1 it is 1 + s.
    lines.push(`l${n} = relu(1 ${p.y > 0 ? '-' : '+'} s${n})`);
  });
  lines.push(`data_loss = (${data.map((_, n) => `l${n}`).join(' + ')}) / ${data.length}`);
  lines.push(`reg_loss = ${L2} * (${names.map((w) => `${w}*${w}`).join(' + ')})`);
  lines.push('loss = data_loss + reg_loss');
  return lines.join('\n');
}

export interface StepResult { loss: number; accuracy: number }

/**
 * Loss and its gradient (written into `grad`) by hand: forward each point through the layers,
 * then the chain rule back through hinge, output layer and ReLUs; L2 adds 2·1e-4·p.
 * `scratch` holds pre-activations, reused between calls so a step allocates nothing.
 */
export function mlpLossAndGrad(params: Float64Array, data: readonly Point[], grad: Float64Array, scratch = new MlpScratch()): StepResult {
  const [n0, n1, n2] = LAYERS;
  const { z1, z2, dz1, dz2 } = scratch;
  const base2 = n1 * (n0 + 1);
  const base3 = base2 + n2 * (n1 + 1);
  grad.fill(0);
  let dataLoss = 0;
  let correct = 0;
  for (const p of data) {
    for (let j = 0; j < n1; j++) {
      const o = j * (n0 + 1);
      z1[j] = params[o + n0] + params[o] * p.x0 + params[o + 1] * p.x1;
    }
    for (let j = 0; j < n2; j++) {
      const o = base2 + j * (n1 + 1);
      let z = params[o + n1];
      for (let i = 0; i < n1; i++) z += params[o + i] * (z1[i] > 0 ? z1[i] : 0);
      z2[j] = z;
    }
    let s = params[base3 + n2];
    for (let i = 0; i < n2; i++) s += params[base3 + i] * (z2[i] > 0 ? z2[i] : 0);
    const margin = 1 - p.y * s;
    if ((p.y > 0) === (s > 0)) correct++; // micrograd's accuracy test
    if (margin <= 0) continue; // relu'(margin) = 0: this point sends no gradient
    dataLoss += margin;
    const ds = -p.y / data.length;
    grad[base3 + n2] += ds;
    for (let i = 0; i < n2; i++) {
      grad[base3 + i] += ds * (z2[i] > 0 ? z2[i] : 0);
      dz2[i] = z2[i] > 0 ? ds * params[base3 + i] : 0;
    }
    dz1.fill(0);
    for (let j = 0; j < n2; j++) {
      const o = base2 + j * (n1 + 1);
      grad[o + n1] += dz2[j];
      for (let i = 0; i < n1; i++) {
        grad[o + i] += dz2[j] * (z1[i] > 0 ? z1[i] : 0);
        dz1[i] += dz2[j] * params[o + i];
      }
    }
    for (let j = 0; j < n1; j++) {
      if (!(z1[j] > 0)) continue;
      const o = j * (n0 + 1);
      grad[o] += dz1[j] * p.x0;
      grad[o + 1] += dz1[j] * p.x1;
      grad[o + n0] += dz1[j];
    }
  }
  let reg = 0;
  for (let i = 0; i < params.length; i++) {
    reg += params[i] * params[i];
    grad[i] += 2 * L2 * params[i];
  }
  return { loss: dataLoss / data.length + L2 * reg, accuracy: correct / data.length };
}

export class MlpScratch {
  readonly z1 = new Float64Array(LAYERS[1]);
  readonly z2 = new Float64Array(LAYERS[2]);
  readonly dz1 = new Float64Array(LAYERS[1]);
  readonly dz2 = new Float64Array(LAYERS[2]);
}

/** micrograd's schedule: lr falls from 1.0 to 0.1 over 100 steps. */
export function learningRate(step: number): number {
  return 1.0 - (0.9 * step) / 100;
}
