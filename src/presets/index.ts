/**
 * The worked examples of the course as data: program text, a title and one line on what each
 * teaches. They double as test fixtures (checked against finite differences). The title and
 * the line are the catalogs' (i18n/<lang>/presets.ts, by id); here they are in English.
 */
import { presets as english } from '../i18n/en/presets.ts';

export type PresetId = keyof typeof english.examples;
const words = (id: PresetId) => english.examples[id];

export interface Preset {
  readonly id: PresetId;
  /** In English: the app shows the catalog's `presets.examples[id]` in the chosen language. */
  readonly title: string;
  readonly teaches: string;
  readonly source: string;
  /** The inputs an SGD step trains: weights and biases, never data or targets. */
  readonly trainable: readonly string[];
}

const lines = (...l: string[]) => l.join('\n') + '\n';

export const CHAIN_ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'softplus'] as const;
export type ChainActivation = (typeof CHAIN_ACTIVATIONS)[number];

const CHAIN_NOTE: Record<ChainActivation, string> = {
  sigmoid: 'every sigmoid gate scales the gradient by σ(1−σ) ≤ 1/4',
  tanh: 'every tanh gate scales the gradient by 1 − tanh² ≤ 1',
  relu: 'every relu gate passes the gradient unchanged where its input is positive',
  softplus: 'every softplus gate scales the gradient by σ(input) < 1',
};

/** A deep chain of one activation; with sigmoid, each gate multiplies the gradient by at most 1/4. */
export function deepChain(activation: ChainActivation, depth = 8): string {
  const out = [`# ${CHAIN_NOTE[activation]}`, 'x = 1', 'w = 1'];
  let prev = 'x';
  for (let i = 1; i <= depth; i++) {
    out.push(`h${i} = ${activation}(w * ${prev})`);
    prev = `h${i}`;
  }
  out.push(`f = ${prev}`);
  return lines(...out);
}

/** Which activation a text is the deep chain of, if it is one (the chain the switch rebuilds). */
export const chainActivationOf = (source: string): ChainActivation | null =>
  CHAIN_ACTIVATIONS.find((a) => deepChain(a) === source) ?? null;

export const PRESETS: readonly Preset[] = [
  {
    id: 'cs231n',
    ...words('cs231n'),
    source: lines('# CS231n lecture 4: f(x, y, z) = (x + y) z', 'x = -2', 'y = 5', 'z = -4', 'q = x + y', 'f = q * z'),
    trainable: ['x', 'y', 'z'],
  },
  {
    id: 'neuron',
    ...words('neuron'),
    source: lines('w0 = 2', 'x0 = -1', 'w1 = -3', 'x1 = -2', 'w2 = -3', 'f = 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))'),
    trainable: ['w0', 'w1', 'w2'],
  },
  {
    id: 'neuron-fused',
    ...words('neuron-fused'),
    source: lines('w0 = 2', 'x0 = -1', 'w1 = -3', 'x1 = -2', 'w2 = -3', 'f = sigmoid(w0*x0 + w1*x1 + w2)'),
    trainable: ['w0', 'w1', 'w2'],
  },
  {
    id: 'patterns',
    ...words('patterns'),
    source: lines('x = 3', 'y = -4', 'z = 2', 'w = -1', 'f = 2 * (x*y + max(z, w))'),
    trainable: ['x', 'y', 'z', 'w'],
  },
  {
    id: 'fanout',
    ...words('fanout'),
    source: lines('x = 2', 'y = 3', 'q = x * y', '# x is used twice: by q and by f', 'f = q + x'),
    trainable: ['x', 'y'],
  },
  {
    id: 'net-222',
    ...words('net-222'),
    source: lines(
      '# inputs and targets', 'x1 = 0.5', 'x2 = 0.9', 't1 = 1', 't2 = 0',
      '# hidden layer weights (bias fixed at 1, as in the course post)', 'w11 = 0.3', 'w12 = 0.2', 'w21 = -0.4', 'w22 = 0.6',
      '# output layer weights', 'w31 = 0.7', 'w32 = -0.5', 'w41 = 0.1', 'w42 = 0.9',
      'h1 = sigmoid(w11*x1 + w12*x2 + 1)', 'h2 = sigmoid(w21*x1 + w22*x2 + 1)',
      'o1 = sigmoid(w31*h1 + w32*h2 + 1)', 'o2 = sigmoid(w41*h1 + w42*h2 + 1)',
      'E = 0.5*(t1 - o1)^2 + 0.5*(t2 - o2)^2',
    ),
    trainable: ['w11', 'w12', 'w21', 'w22', 'w31', 'w32', 'w41', 'w42'],
  },
  {
    id: 'mlp-2321',
    ...words('mlp-2321'),
    source: lines(
      'x1 = 1', 'x2 = 2', 'y_true = 3',
      'W1_11 = 0.1', 'W1_12 = 0.2', 'W1_21 = 0.3', 'W1_22 = 0.4', 'W1_31 = 0.5', 'W1_32 = 0.6',
      'b1_1 = 0.1', 'b1_2 = 0.2', 'b1_3 = 0.3',
      'W2_11 = 0.7', 'W2_12 = 0.8', 'W2_13 = 0.9', 'W2_21 = 1.0', 'W2_22 = 1.1', 'W2_23 = 1.2',
      'b2_1 = 0.4', 'b2_2 = 0.5',
      'W3_11 = 1.3', 'W3_12 = 1.4', 'b3_1 = 0.6',
      'h1_1 = relu(W1_11*x1 + W1_12*x2 + b1_1)', 'h1_2 = relu(W1_21*x1 + W1_22*x2 + b1_2)', 'h1_3 = relu(W1_31*x1 + W1_32*x2 + b1_3)',
      'h2_1 = relu(W2_11*h1_1 + W2_12*h1_2 + W2_13*h1_3 + b2_1)', 'h2_2 = relu(W2_21*h1_1 + W2_22*h1_2 + W2_23*h1_3 + b2_2)',
      'y_pred = W3_11*h2_1 + W3_12*h2_2 + b3_1',
      'J = 0.5*(y_true - y_pred)^2',
    ),
    trainable: [
      'W1_11', 'W1_12', 'W1_21', 'W1_22', 'W1_31', 'W1_32', 'b1_1', 'b1_2', 'b1_3',
      'W2_11', 'W2_12', 'W2_13', 'W2_21', 'W2_22', 'W2_23', 'b2_1', 'b2_2', 'W3_11', 'W3_12', 'b3_1',
    ],
  },
  {
    id: 'mlp-2321-matrix',
    ...words('mlp-2321-matrix'),
    source: lines(
      '# the same MLP as post 004 writes it: h1 = relu(W1 x + b1), h2 = relu(W2 h1 + b2)',
      'x = [1, 2]', 'y_true = 3',
      'W1 = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]', 'b1 = [0.1, 0.2, 0.3]',
      'W2 = [[0.7, 0.8, 0.9], [1.0, 1.1, 1.2]]', 'b2 = [0.4, 0.5]',
      'W3 = [[1.3, 1.4]]', 'b3 = [0.6]',
      'h1 = relu(W1 @ x + b1)',
      'h2 = relu(W2 @ h1 + b2)',
      'y_pred = W3 @ h2 + b3',
      'J = 0.5*(y_true - y_pred)^2',
    ),
    trainable: [
      'W1_11', 'W1_12', 'W1_21', 'W1_22', 'W1_31', 'W1_32', 'b1_1', 'b1_2', 'b1_3',
      'W2_11', 'W2_12', 'W2_13', 'W2_21', 'W2_22', 'W2_23', 'b2_1', 'b2_2', 'W3_11', 'W3_12', 'b3',
    ],
  },
  {
    id: 'net-222-matrix',
    ...words('net-222-matrix'),
    source: lines(
      '# the 2-2-2 network of post 003 with its weights as matrices (bias fixed at 1)',
      'x = [0.5, 0.9]', 't = [1, 0]',
      'W1 = [[0.3, 0.2], [-0.4, 0.6]]',
      'W2 = [[0.7, -0.5], [0.1, 0.9]]',
      'h = sigmoid(W1 @ x + 1)',
      'o = sigmoid(W2 @ h + 1)',
      'E = sum(0.5*(t - o)^2)',
    ),
    trainable: ['W1_11', 'W1_12', 'W1_21', 'W1_22', 'W2_11', 'W2_12', 'W2_21', 'W2_22'],
  },
  {
    id: 'cs231n-vectorised',
    ...words('cs231n-vectorised'),
    source: lines('# CS231n lecture 4: f(x, W) = ‖W·x‖²', 'W = [[0.1, 0.5], [-0.3, 0.8]]', 'x = [0.2, 0.4]', 'q = W @ x', 'f = sum(q^2)'),
    trainable: ['W_11', 'W_12', 'W_21', 'W_22'],
  },
  {
    id: 'survey',
    ...words('survey'),
    source: lines(
      '# Baydin et al., Automatic differentiation in machine learning: a survey',
      'x1 = 2', 'x2 = 5',
      'v1 = ln(x1)', 'v2 = x1 * x2', 'v3 = sin(x2)', 'v4 = v1 + v2',
      'f = v4 - v3',
    ),
    // A function of two data points, not a model: nothing in it is a parameter.
    trainable: [],
  },
  {
    id: 'sigmoid-chain',
    ...words('sigmoid-chain'),
    source: deepChain('sigmoid'),
    trainable: ['w'],
  },
];

export const DEFAULT_PRESET = PRESETS[0];

/** relu at its kink: the gradient check's example of a check that fails (components/course). */
export const RELU_KINK = lines('x = 0', 'f = relu(x)');

export const presetById = (id: string) => PRESETS.find((p) => p.id === id);

