/**
 * How many questions practice mode asks at a step — counted without building them, so the
 * app knows whether a step's numbers must wait while practice.ts itself loads lazily.
 * practice.test.ts checks it against the questions practice.ts writes.
 */
import type { TangentStep } from '../steps/forwardMode.ts';
import type { Step } from '../steps/schedule.ts';
import type { GraphNode } from '../types.ts';

export function questionCount(step: Step | TangentStep | undefined, nodes: readonly GraphNode[]): number {
  if (!step) return 0;
  if (step.kind === 'forward') return 1;
  if (step.kind === 'tangent') return nodes[step.node].kind === 'gate' ? 1 : 0;
  // the sum at a fan-out, then per operand its local gradient and the product
  return (step.terms.length > 1 ? 1 : 0) + (nodes[step.node].kind === 'gate' ? 2 * step.locals.length : 0);
}
