/**
 * The worked examples of the course as data: program text, a title and one line on what each
 * teaches. They double as test fixtures (checked against finite differences). The title, the
 * line and the program's `#` comments are the catalogs' (i18n/<lang>/presets.ts, by id): the app
 * shows an example with its comments in the app's language (`presetSource`); `source` is the
 * English text. Only comment lines differ between languages, so every language's text of an
 * example is the same program, and any of them counts as the unedited example (`presetOfText`).
 */
import { presets as english } from '../i18n/en/presets.ts';
import { presets as korean } from '../i18n/ko/presets.ts';
import { LANGUAGES, type Language } from '../i18n/language.ts';

export type PresetId = keyof typeof english.examples;
const words = (id: PresetId) => english.examples[id];

/** One language's comments of the examples' programs (the catalogs' `presets.comments`). */
export type PresetComments = typeof english.comments;
const COMMENTS: Readonly<Record<Language, PresetComments>> = { en: english.comments, ko: korean.comments };

export interface Preset {
  readonly id: PresetId;
  /** In English: the app shows the catalog's `presets.examples[id]` in the chosen language. */
  readonly title: string;
  readonly teaches: string;
  /** The program with its comments in English (`presetSource` gives it in another language). */
  readonly source: string;
  /** The inputs an SGD step trains: weights and biases, never data or targets. */
  readonly trainable: readonly string[];
}

interface PresetDefinition extends Omit<Preset, 'source' | 'title' | 'teaches'> {
  /** The program, its comments taken from one language's catalog. */
  readonly program: (c: PresetComments) => string;
}

const lines = (...l: string[]) => l.join('\n') + '\n';
const comment = (text: string) => `# ${text}`;

export const CHAIN_ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'softplus'] as const;
export type ChainActivation = (typeof CHAIN_ACTIVATIONS)[number];

function chainWith(c: PresetComments, activation: ChainActivation, depth: number): string {
  const out = [comment(c.chain[activation]), 'x = 1', 'w = 1'];
  let prev = 'x';
  for (let i = 1; i <= depth; i++) {
    out.push(`h${i} = ${activation}(w * ${prev})`);
    prev = `h${i}`;
  }
  out.push(`f = ${prev}`);
  return lines(...out);
}

/**
 * A deep chain of one activation, its first line a comment in `language`; with sigmoid, each
 * gate multiplies the gradient by at most 1/4.
 */
export const deepChain = (activation: ChainActivation, depth = 8, language: Language = 'en'): string =>
  chainWith(COMMENTS[language], activation, depth);

const DEFINITIONS: readonly PresetDefinition[] = [
  {
    id: 'cs231n',
    program: (c) => lines(comment(c.cs231n.formula), 'x = -2', 'y = 5', 'z = -4', 'q = x + y', 'f = q * z'),
    trainable: ['x', 'y', 'z'],
  },
  {
    id: 'neuron',
    program: () => lines('w0 = 2', 'x0 = -1', 'w1 = -3', 'x1 = -2', 'w2 = -3', 'f = 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))'),
    trainable: ['w0', 'w1', 'w2'],
  },
  {
    id: 'neuron-fused',
    program: () => lines('w0 = 2', 'x0 = -1', 'w1 = -3', 'x1 = -2', 'w2 = -3', 'f = sigmoid(w0*x0 + w1*x1 + w2)'),
    trainable: ['w0', 'w1', 'w2'],
  },
  {
    id: 'patterns',
    program: () => lines('x = 3', 'y = -4', 'z = 2', 'w = -1', 'f = 2 * (x*y + max(z, w))'),
    trainable: ['x', 'y', 'z', 'w'],
  },
  {
    id: 'fanout',
    program: (c) => lines('x = 2', 'y = 3', 'q = x * y', comment(c.fanout.twice), 'f = q + x'),
    trainable: ['x', 'y'],
  },
  {
    id: 'net-222',
    program: (c) => lines(
      comment(c['net-222'].data), 'x1 = 0.5', 'x2 = 0.9', 't1 = 1', 't2 = 0',
      comment(c['net-222'].hidden), 'w11 = 0.3', 'w12 = 0.2', 'w21 = -0.4', 'w22 = 0.6',
      comment(c['net-222'].output), 'w31 = 0.7', 'w32 = -0.5', 'w41 = 0.1', 'w42 = 0.9',
      'h1 = sigmoid(w11*x1 + w12*x2 + 1)', 'h2 = sigmoid(w21*x1 + w22*x2 + 1)',
      'o1 = sigmoid(w31*h1 + w32*h2 + 1)', 'o2 = sigmoid(w41*h1 + w42*h2 + 1)',
      'E = 0.5*(t1 - o1)^2 + 0.5*(t2 - o2)^2',
    ),
    trainable: ['w11', 'w12', 'w21', 'w22', 'w31', 'w32', 'w41', 'w42'],
  },
  {
    id: 'mlp-2321',
    program: () => lines(
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
    program: (c) => lines(
      comment(c['mlp-2321-matrix'].form),
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
    program: (c) => lines(
      comment(c['net-222-matrix'].form),
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
    program: (c) => lines(comment(c['cs231n-vectorised'].formula), 'W = [[0.1, 0.5], [-0.3, 0.8]]', 'x = [0.2, 0.4]', 'q = W @ x', 'f = sum(q^2)'),
    trainable: ['W_11', 'W_12', 'W_21', 'W_22'],
  },
  {
    id: 'survey',
    program: (c) => lines(
      comment(c.survey.source),
      'x1 = 2', 'x2 = 5',
      'v1 = ln(x1)', 'v2 = x1 * x2', 'v3 = sin(x2)', 'v4 = v1 + v2',
      'f = v4 - v3',
    ),
    // A function of two data points, not a model: nothing in it is a parameter.
    trainable: [],
  },
  {
    id: 'sigmoid-chain',
    program: (c) => chainWith(c, 'sigmoid', 8),
    trainable: ['w'],
  },
];

export const PRESETS: readonly Preset[] = DEFINITIONS.map(({ program, ...p }) => ({ ...p, ...words(p.id), source: program(COMMENTS.en) }));

const programs = new Map(DEFINITIONS.map((d) => [d.id, d.program]));

/** An example's program with its comments in `language` (in English, its `source`). */
export function presetSource(preset: Preset | PresetId, language: Language): string {
  const id = typeof preset === 'string' ? preset : preset.id;
  const program = programs.get(id);
  if (!program) throw new Error(`no preset ${id}`);
  return program(COMMENTS[language]);
}

/** What a text is, if the app wrote it: an example or a deep chain (the switch's), in one language. */
interface Known {
  readonly preset: Preset | null;
  readonly chain: ChainActivation | null;
}
const KNOWN = new Map<string, Known>();
for (const language of LANGUAGES) {
  for (const act of CHAIN_ACTIVATIONS) KNOWN.set(deepChain(act, 8, language), { preset: null, chain: act });
  for (const preset of PRESETS) {
    const text = presetSource(preset, language);
    KNOWN.set(text, { preset, chain: KNOWN.get(text)?.chain ?? null });
  }
}

/** The example a text is, unedited, in any language (its comments in English, Korean, …). */
export const presetOfText = (source: string): Preset | undefined => KNOWN.get(source)?.preset ?? undefined;

/** True when `source` is `preset` unedited, in any language. */
export const isPresetText = (preset: Preset, source: string): boolean => presetOfText(source) === preset;

/** Which activation a text is the deep chain of, in any language, if it is one (the chain the switch rebuilds). */
export const chainActivationOf = (source: string): ChainActivation | null => KNOWN.get(source)?.chain ?? null;

/**
 * The same example (or deep chain) with its comments in `language`, or null when the text is
 * neither. Only comment lines differ: the program is the same, byte for byte.
 */
export function exampleIn(source: string, language: Language): string | null {
  const known = KNOWN.get(source);
  if (!known) return null;
  if (known.preset) return presetSource(known.preset, language);
  return known.chain === null ? null : deepChain(known.chain, 8, language);
}

export const DEFAULT_PRESET = PRESETS[0];

/** relu at its kink: the gradient check's example of a check that fails (components/course). */
export const RELU_KINK = lines('x = 0', 'f = relu(x)');

export const presetById = (id: string) => PRESETS.find((p) => p.id === id);

