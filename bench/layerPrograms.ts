/**
 * The two programs of issue 19's "Speed", written in matrix form (docs/language.md, "Vectors and
 * matrices") from fixed seeds, so every run measures the same work:
 * - `matVecProgram(64)`: a 64×64 matrix times a vector, squared and summed (~8k scalar nodes);
 * - `mlpLayersProgram([784, 16, 16, 10])`: an MLP written as the course writes it, h = relu(W x + b)
 *   per hidden layer and a squared error at the end (~13k weights).
 * Values are small and centred (weights scaled by 1/√fan-in) so every node stays finite.
 */
import { mulberry32, uniform } from './random.ts';

const num = (v: number) => v.toFixed(3);

function vector(random: () => number, n: number, lo: number, hi: number): string {
  return `[${Array.from({ length: n }, () => num(uniform(random, lo, hi))).join(', ')}]`;
}

function matrix(random: () => number, rows: number, cols: number, scale: number): string {
  return `[${Array.from({ length: rows }, () => vector(random, cols, -scale, scale)).join(', ')}]`;
}

/** `W` (n×n), `x` (n): f = sum((W @ x)^2). */
export function matVecProgram(n: number, seed = 64): string {
  const random = mulberry32(seed);
  return [
    `W = ${matrix(random, n, n, 1 / Math.sqrt(n))}`,
    `x = ${vector(random, n, -1, 1)}`,
    'q = W @ x',
    'f = sum(q^2)',
  ].join('\n');
}

/** An MLP of the given layer sizes: ReLU hidden layers, a linear output, J = sum((ŷ − y)^2). */
export function mlpLayersProgram(sizes: readonly number[], seed = 784): string {
  const random = mulberry32(seed);
  const lines = [`x = ${vector(random, sizes[0], 0, 1)}`];
  let input = 'x';
  for (let k = 1; k < sizes.length; k++) {
    lines.push(`W${k} = ${matrix(random, sizes[k], sizes[k - 1], 1 / Math.sqrt(sizes[k - 1]))}`);
    lines.push(`b${k} = ${vector(random, sizes[k], -0.1, 0.1)}`);
    const out = k === sizes.length - 1 ? 'y_pred' : `h${k}`;
    lines.push(k === sizes.length - 1 ? `${out} = W${k} @ ${input} + b${k}` : `${out} = relu(W${k} @ ${input} + b${k})`);
    input = out;
  }
  lines.push(`y_true = ${vector(random, sizes[sizes.length - 1], 0, 1)}`);
  lines.push('J = sum((y_pred - y_true)^2)');
  return lines.join('\n');
}

/** Issue 19's two programs, by name. */
export const LAYER_PROGRAMS: readonly { readonly name: string; readonly source: string }[] = [
  { name: '64×64 matrix @ vector', source: matVecProgram(64) },
  { name: '784-16-16-10 MLP', source: mlpLayersProgram([784, 16, 16, 10]) },
];
