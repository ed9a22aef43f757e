/** The level of detail (DetailControl.tsx). */
export const detail = {
  name: 'Detail',
  statements: { label: 'Statements', hint: 'Each named line is one node' },
  gates: { label: 'Gates', hint: 'Every operation is one gate' },
  primitives: { label: 'Primitives', hint: 'sigmoid, tanh and softplus drawn as elementary gates' },
} as const;
