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
};
