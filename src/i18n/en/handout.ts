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
};
