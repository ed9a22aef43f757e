/** The graph as a table (NodeTable.tsx). */
export const nodeTable = {
  caption: (step: number, count: number) => `Nodes at step ${step} of ${count}`,
  node: 'Node',
  kind: 'Kind',
  value: 'Value',
  gradient: 'Gradient',
  notComputed: 'not computed yet',
  notReached: 'not reached yet',
  current: (name: string) => `${name} (current step)`,
  input: 'input',
  const: 'constant',
  gate: (op: string) => `gate ${op}`,
} as const;
