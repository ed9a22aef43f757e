/** The graph as a table (NodeTable.tsx). */
export const nodeTable = {
  caption: (step: number, count: number) => `Nodes at step ${step} of ${count}`,
  node: 'Node',
  kind: 'Kind',
  value: 'Value',
  gradient: 'Gradient',
  /** Forward mode: the column of tangents ∂v/∂x. */
  tangent: (x: string) => `Tangent ∂·/∂${x}`,
  notComputed: 'not computed yet',
  notReached: 'not reached yet',
  /** A fan-out node some of whose gradient terms have come back: their sum so far. */
  partial: (sum: string, terms: number, of: number) => `${sum} so far (${terms} of ${of} terms)`,
  current: (name: string) => `${name} (current step)`,
  input: 'input',
  const: 'constant',
  gate: (op: string) => `gate ${op}`,
} as const;
