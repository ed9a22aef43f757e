/** The Layers view (components/layers): its drawing, colour legend, picked entry and step panel. */
export const layers = {
  graph: 'Layers: one node per statement',
  /** A grid cell, read on hover and focus. */
  cellValue: (entry: string, value: string) => `${entry} = ${value}`,
  cellGrad: (output: string, entry: string, value: string) => `∂${output}/∂${entry} = ${value}`,
  cellPending: (entry: string) => `${entry}: not computed yet`,
  /** Forward mode: the entry's tangent, ∂entry/∂x for the input x the sweep differentiates by. */
  cellTangent: (entry: string, wrt: string, value: string) => `∂${entry}/∂${wrt} = ${value}`,
  legendValues: 'Values',
  legendGrads: 'Gradients (dashed frame)',
  legendTangents: (wrt: string) => `Tangents ∂·/∂${wrt}`,
  legendName: 'Colour scale',
  picked: 'Picked entry',
  pickHint: 'Pick a cell to see its number and its step in Gates.',
  showEntryStep: 'Show this entry\'s step',
  forward: (name: string) => `Forward: ${name} in matrix form, with the numbers`,
  backward: (name: string) => `Backward: the gradient at ${name} (δ) in its own shape, and what it gives the operands`,
  backwardInput: (name: string) => `Backward: the gradient at ${name}, in its own shape`,
  tangent: (name: string, wrt: string) => `Forward mode: the tangent of ${name}, ∂${name}/∂${wrt}, in its own shape, and the rule that gives it`,
} as const;
