/**
 * The step explanation (StepPanel.tsx). `{0}` in a template is where a typeset name goes
 * (the sentence's word order differs between languages).
 */
export const stepPanel = {
  region: 'Step explanation',
  title: (step: number, count: number) => `Step ${step} of ${count}`,
  noSteps: 'No steps',
  nothing: 'This program has no gates to evaluate.',
  concealed: 'Answer the question above to see this step.',
  forwardPass: 'Forward pass',
  backwardPass: 'Backward pass',
  computing: 'Computing {0}',
  gradientAt: 'Gradient at {0}',
  forward: 'Forward',
  seed: 'Seed: the output\'s gradient with respect to itself',
  upstream: 'Upstream gradient',
  upstreamSum: 'Upstream gradient: the sum of its terms',
  localFor: 'Local gradient for {0}',
  product: 'Upstream × local',
  productTerm: 'Upstream × local: one term of a sum',
  runningSum: 'The sum so far',
  inputFinal: 'An input: its gradient is final.',
} as const;
