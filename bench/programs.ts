/**
 * Program texts for the benchmarks, generated from a seed so every run measures the same work.
 *
 * `randomProgram` writes what a student's program looks like, only bigger: declared inputs,
 * then named intermediates `t_k = squash(expression)` whose expressions mix every gate of the
 * language and refer back to earlier names (fan-out, long edges). Values stay finite by
 * construction: every intermediate is squashed into [-1, 1] and inputs lie in [-2, 2], so each
 * leaf is at most e² and a depth-2 tree at most a few thousand before the next squash.
 * Domain-limited gates get safe operands (log of r + 3, sqrt of r + 2.5, tan of r/2).
 *
 * The writer counts the nodes it emits (gates, constants, inputs), so the program's size is
 * known without compiling it; programs.test.ts checks the count against the built graph.
 */
import { mulberry32, uniform } from './random.ts';

export interface GeneratedProgram {
  readonly source: string;
  /** Scalar nodes of the built graph: inputs + constants + gates. */
  readonly nodes: number;
  readonly inputs: number;
}

export function randomProgram(targetNodes: number, seed: number): GeneratedProgram {
  return new ProgramWriter(targetNodes, seed).write();
}

/** `x + x + … + x`, n terms: an AST and a graph n levels deep, on one line. */
export function deepSum(terms: number): string {
  return `x = 0.5\nf = ${Array(terms).fill('x').join(' + ')}`;
}

/** `a1 = sin(x)`, `a2 = sin(a1)`, …: a chain of n named gates, one per line. */
export function statementChain(length: number): string {
  const lines = ['a0 = 0.5'];
  for (let k = 1; k <= length; k++) lines.push(`a${k} = sin(a${k - 1})`);
  return lines.join('\n');
}

/** `h_i = tanh(h_{i-1} * w + b)`, n lines: every line uses `w` and `b`, so each fans out n times. */
export function tanhChain(lines: number): string {
  const out = ['w = 0.5', 'b = 0.1', 'h0 = 0.3'];
  for (let i = 1; i <= lines; i++) out.push(`h${i} = tanh(h${i - 1} * w + b)`);
  return out.join('\n');
}

/** `s_i = sin(x * c_i)`, summed: one input used n times by n separate lines (a wide fan-out). */
export function wideFanOut(uses: number): string {
  const out = ['x = 0.5'];
  for (let i = 1; i <= uses; i++) out.push(`s${i} = sin(x * ${(i % 7) + 1})`);
  out.push(`f = ${Array.from({ length: uses }, (_, i) => `s${i + 1}`).join(' + ')}`);
  return out.join('\n');
}

class ProgramWriter {
  private readonly random: () => number;
  private readonly lines: string[] = [];
  /** Names whose values lie in [-2, 2]: inputs and squashed intermediates. */
  private readonly pool: string[] = [];
  private nodes = 0;

  constructor(private readonly target: number, seed: number) {
    this.random = mulberry32(seed);
  }

  write(): GeneratedProgram {
    // About one input per 40 nodes, like a model with parameters feeding many gates.
    const inputs = Math.min(2500, Math.max(4, Math.round(this.target / 40)));
    for (let i = 0; i < inputs; i++) {
      this.lines.push(`x${i} = ${uniform(this.random, -2, 2).toFixed(3)}`);
      this.pool.push(`x${i}`);
      this.nodes++;
    }
    const tail = 8; // the output sums the last few intermediates: tail - 1 add gates
    for (let k = 0; this.nodes < this.target - (tail - 1); k++) this.statement(`t${k}`);
    this.lines.push(`out = ${this.pool.slice(-tail).join(' + ')}`);
    this.nodes += tail - 1;
    return { source: this.lines.join('\n'), nodes: this.nodes, inputs };
  }

  private statement(name: string): void {
    if (this.random() < 0.02) {
      // `u = t3`: an identity gate, the one gate a bare name makes.
      this.lines.push(`${name} = ${this.ref()}`);
      this.nodes++;
    } else {
      this.lines.push(`${name} = ${this.squash(this.tree(this.random() < 0.5 ? 1 : 2))}`);
    }
    this.pool.push(name);
  }

  /** Mostly a recent name (chains of work), sometimes any earlier one (fan-out from far back). */
  private ref(): string {
    const { pool } = this;
    if (this.random() < 0.7) return pool[pool.length - 1 - Math.floor(this.random() * Math.min(24, pool.length))];
    return pool[Math.floor(this.random() * pool.length)];
  }

  private literal(lo: number, hi: number): string {
    this.nodes++;
    return uniform(this.random, lo, hi).toFixed(3);
  }

  /** Brings any finite value back into [-1, 1]. */
  private squash(e: string): string {
    const pick = Math.floor(this.random() * 6);
    this.nodes += pick === 4 ? 2 : pick === 5 ? 5 : 1;
    switch (pick) {
      case 0: return `tanh(${e})`;
      case 1: return `sigmoid(${e})`;
      case 2: return `sin(${e})`;
      case 3: return `cos(${e})`;
      case 4: return `relu(tanh(${e}))`;
      default: return `min(max(${e}, -1), 1)`; // max, min, neg and three constants
    }
  }

  private tree(depth: number): string {
    if (depth === 0) return this.leaf();
    const a = this.tree(depth - 1);
    const pick = Math.floor(this.random() * 7);
    if (pick === 6) {
      // a^b with base in [0.5, 1.5] and a bounded exponent that depends on inputs: both partials run.
      this.nodes += 4;
      return `pow(sigmoid(${a}) + 0.5, ${this.ref()})`;
    }
    const b = this.tree(depth - 1);
    this.nodes += pick === 5 ? 4 : 1;
    switch (pick) {
      case 0: return `(${a} + ${b})`;
      case 1: return `(${a} - ${b})`;
      case 2: return `(${a} * ${b})`;
      case 3: return `max(${a}, ${b})`;
      case 4: return `min(${a}, ${b})`;
      default: return `(${a} / (1 + abs(${b})))`; // div, add, abs, constant: never divides by 0
    }
  }

  private leaf(): string {
    const r = this.random();
    if (r < 0.45) return this.ref();
    if (r < 0.55) return this.literal(0.1, 2);
    const x = this.ref();
    const pick = Math.floor(this.random() * 14);
    this.nodes += [1, 1, 1, 1, 1, 1, 3, 3, 2, 1, 1, 3, 1, 1][pick];
    switch (pick) {
      case 0: return `exp(${x})`;
      case 1: return `(-${x})`;
      case 2: return `(+${x})`;
      case 3: return `relu(${x})`;
      case 4: return `abs(${x})`;
      case 5: return `softplus(${x})`;
      case 6: return `sqrt(${x} + 2.5)`;
      case 7: return `log(${x} + 3)`;
      case 8: return `${x}^2`;
      case 9: return `sin(${x})`;
      case 10: return `cos(${x})`;
      case 11: return `tan(0.5 * ${x})`;
      case 12: return `sigmoid(${x})`;
      default: return `tanh(${x})`;
    }
  }
}
