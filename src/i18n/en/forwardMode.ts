/** Forward mode's step panel (components/ForwardPanel.tsx) and the trace table (components/TraceTable.tsx). */
export const forwardMode = {
  region: 'Step explanation',
  step: (i: number, n: number) => `Step ${i} of ${n}`,
  phase: 'Forward mode',
  seed: 'Seed: the input we differentiate by gets tangent 1, every other input 0.',
  node: 'Value and tangent of ',
  hidden: 'Answer the question above to see this step.',
  result: 'The gradient, both ways',
  forward: 'Forward mode',
  reverse: 'Reverse mode',
  same: 'The same number: both modes apply the chain rule to the same local partials, in a different order.',
  differ: 'These differ: please report this program.',
  cost: 'Cost of the whole gradient',
  forwardPasses: (n: number) => `Forward mode: ${n} pass${n === 1 ? '' : 'es'}, one per input.`,
  reversePasses: (n: number) => `Reverse mode: ${n} pass${n === 1 ? '' : 'es'}, one per output.`,
  why: 'Why backprop: one backward pass computes ∂L/∂θ for every parameter θ at once, while forward mode gets one input’s derivative per pass. A network has millions of inputs and one loss.',
  noInputs: 'This program has no inputs: there is nothing to differentiate by.',
};

export const traceTable = {
  table: 'Trace table',
  node: 'Node',
  expression: 'Expression',
  value: 'Value',
  tangent: (x: string) => `Tangent ∂·/∂${x}`,
  adjoint: (f: string) => `Adjoint ∂${f}/∂·`,
  input: 'input',
  line: 'its line',
  select: (name: string) => `Select ${name} in the graph`,
};
