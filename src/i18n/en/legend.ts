/** What the drawing's marks mean (Legend.tsx, LegendItems.tsx). */
export const legend = {
  summary: 'Legend',
  value: 'value, forward pass (above an edge)',
  grad: 'gradient, backward pass (below an edge, bold)',
  sum: 'a fan-out: the sum of its gradient terms',
  input: 'input',
  constant: 'constant',
  gate: 'gate',
  current: 'the current step’s node',
  pending: 'not reached yet',
  selected: 'clicked node',
} as const;
