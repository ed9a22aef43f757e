/** The worked-solution handout (cli/explain.ts): the CLI's `explain` and the app's "Download handout". */
export const handout = {
  title: 'Backpropagation, step by step',
  forward: 'Forward pass',
  backward: 'Backward pass',
  results: 'Results',
  nothing: 'Nothing to do here.',
  name: 'name',
  value: 'value',
  gradient: 'gradient',
  note: 'Note',
  /** Numbered as the app numbers them, so "step 37" on paper is step 37 on screen. */
  step: (step: number, count: number) => `Step ${step} of ${count}`,
  graph: 'Computational graph',
  figure: 'The graph after the backward pass: each edge carries its value above it and the gradient it sends back (∂) below it; Σ∂ under a node sums the gradients of its uses. Unnamed gates are called g₁, g₂, … as in the steps.',
  figureOmitted: (nodes: number) => `The graph has ${nodes} nodes: too many to draw on a page.`,
  /** The Layers handout (--detail layers): what it shows, and its figure's caption. */
  layersIntro: 'Layers view: one node per statement as written, each step in matrix form. Every number is the value the scalar graph holds for that entry.',
  layersFigure: 'The layers after the backward pass, as the app draws its last step: one node per statement, with its shape. Each cell holds its entry’s gradient (dashed frame), or its value where no gradient reaches it; negative numbers are blue, positive orange. A big matrix shows colours only: the steps write its numbers.',
};
