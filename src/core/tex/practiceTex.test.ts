import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { analyzed } from '../../testing/fixtures.ts';
import { localHint, partialOf, productPrompt, sumHint } from './practiceTex.ts';
import { total } from './stepTex.ts';
import type { GateNode } from '../types.ts';

describe('practice hints write partials as the steps do', () => {
  // x fans out to g₁ = x·x and f = g₁ + x; W1_21 has sub- and superscripts.
  const a = analyzed('x = 3\nW1_21 = 2\nf = x * x + x * W1_21');
  const { nodes } = a.graph;
  const node = (name: string) => nodes[a.graph.names.get(name) as number];
  const gates = nodes.filter((n): n is GateNode => n.kind === 'gate');
  const f = node('f');

  it('inline with a slash, like ∂f/∂x in every step: no stacked fraction', () => {
    for (const bottom of [node('x'), node('W1_21'), ...gates]) expect(partialOf(f, bottom)).toEqual(total(f, bottom));
    const hints = [
      ...gates.flatMap((g) => g.args.map((_a, k) => localHint(g, k, nodes))),
      ...gates.flatMap((g) => g.args.map((arg) => productPrompt(f, g, nodes[arg]))),
      sumHint(f, node('x'), gates.filter((g) => g.args.includes(node('x').id))),
    ];
    for (const h of hints) {
      expect(h.tex).not.toMatch(/\\frac\{\\partial/);
      expect(h.tex).toMatch(/\\partial .+?\/\\partial /);
      expect(() => katex.renderToString(h.tex, { throwOnError: true })).not.toThrow();
    }
  });
});
