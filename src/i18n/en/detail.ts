/** The level of detail (DetailControl.tsx). */
export const detail = {
  name: 'Detail',
  statements: { label: 'Statements', hint: 'Each named line is one node' },
  gates: { label: 'Gates', hint: 'Every operation is one gate' },
  primitives: { label: 'Primitives', hint: 'sigmoid, tanh and softplus drawn as elementary gates' },
  layers: { label: 'Layers', hint: 'Each statement as written is one node: a vector or matrix whole' },
  layersAsStatements: 'This program has no vector or matrix: Layers shows the same as Statements.',
} as const;
