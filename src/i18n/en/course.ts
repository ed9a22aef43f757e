/**
 * The course panels under the graph (components/course/*): gradient check, training and
 * vanishing gradients, with their charts' titles, axes, legends and summaries.
 */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const course = {
  check: {
    h: 'h',
    hHelp: 'step of the central difference',
    input: 'Input',
    backprop: 'Backprop',
    numeric: 'Central difference',
    relError: 'Relative error',
    verdict: 'Check',
    pass: 'pass',
    fail: 'fail',
    noInputs: 'This program has no inputs to check.',
    group: (name: string, shape: string, passed: number, total: number) => `${name} (${shape}): ${passed} of ${total} pass`,
    rule: 'Pass when |b − n| ≤ 10⁻⁵ + 10⁻³·|n| (PyTorch gradcheck’s tolerances).',
    kinkTitle: 'A failing check: relu at its kink',
    kinkNote: 'At x = 0 relu has no derivative; this app sets its gradient at x = 0 to 0, while the central difference straddles the kink and sees half the slope on each side. A check that fails at a kink says the function is not differentiable there, not that backprop is wrong.',
    failingHere: 'Some inputs fail: look for a relu, abs, max or min exactly at its kink, or try another h.',
    badH: 'h must be a positive number',
    costTitle: 'Cost for this program',
    backpropCost: (g: number, e: number) => `Backprop: 1 forward + 1 backward pass = ${count(g, 'gate evaluation')} + ${count(e, 'local derivative')}`,
    numericCost: (k: number, passes: number, g: number) => `Central differences: 2 × ${count(k, 'input')} = ${count(passes, 'forward pass', 'forward passes')} = ${count(g, 'gate evaluation')}`,
  },
  cost: {
    title: 'Cost of gradients',
    x: 'parameters',
    y: 'gate evaluations',
    backprop: 'backprop (1 forward + 1 backward)',
    numeric: 'central differences (2 forward per parameter)',
    gpt3: 'GPT-3: 175 B',
    here: 'this program',
    summary: (k: number) => `Log–log chart: backprop grows in proportion to the parameter count, central differences with its square; from this program's ${k} input${k === 1 ? '' : 's'} to 10¹², with GPT-3's 175 billion marked.`,
  },
  training: {
    trainable: 'Trainable inputs',
    trainInput: (name: string) => `Train ${name}`,
    /** A vector's or matrix's box: it trains (or freezes) every entry; mixed when only some train. */
    trainGroup: (name: string, shape: string) => `Train ${name} (${shape})`,
    groupLabel: (name: string, shape: string) => `${name} (${shape})`,
    /** The button that shows or hides a matrix's entry boxes. */
    entries: (name: string) => `Entries of ${name}`,
    learningRate: 'Learning rate',
    sgdStep: 'SGD step',
    train: 'Train',
    steps: 'Training steps',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    loss: 'Loss',
    nothingTrains: 'Mark at least one input as trainable.',
    badRate: 'The learning rate must be a finite number.',
    badSteps: 'Training steps must be a whole number from 1 to 100000.',
    stale: 'Fix the program’s error to train.',
    update: 'Update',
    noMinimum: (name: string, from: string, to: string, steps: number) =>
      `${name} has no minimum to find: it fell from ${from} to ${to} in ${count(steps, 'step')} and keeps falling, so training stopped. Gradient descent needs a loss with a lowest value, such as a squared error (t − y)².`,
    growing: (from: string, to: string, steps: number) =>
      `The loss grew from ${from} to ${to} in ${count(steps, 'step')}: the learning rate is too large for it, so training stopped. Try a smaller α.`,
    notFinite: (to: string, steps: number) => `The loss became ${to} after ${count(steps, 'step')}, so training stopped. Try a smaller α.`,
    lossChange: (a: string, b: string) => `loss ${a} → ${b}`,
    progress: (done: number, n: number, loss: string) => `step ${done} of ${n}, loss ${loss}`,
  },
  loss: {
    title: 'Loss curve',
    x: 'step',
    y: 'loss',
    log: ' (log)',
    summary: (n: number, first: string, last: string) => `Loss over ${n} step${n === 1 ? '' : 's'}: from ${first} to ${last}.`,
  },
  vanishing: {
    activation: 'Activation',
    intro: 'Each bar is the largest |∂out/∂node| among the nodes that many edges from the output. Backprop multiplies local gradients along the way, so factors below 1 make the bars shrink with depth.',
    chainNote: 'The deep chain, rebuilt with each activation: the chart compares all four; the switch puts the chosen one in the editor.',
    tryChain: 'Load the “Deep sigmoid chain” example to compare activations side by side.',
  },
  depth: {
    title: 'Gradient magnitude by depth',
    x: 'distance from the output (edges)',
    y: '|∂out/∂node| (log)',
    bar: (label: string, d: number, m: string, nodes: string) => `${label}, distance ${d}: ${m} (${nodes})`,
  },
  activations: {
    title: 'Activation functions',
    summary: 'Each activation (solid) with its derivative (dashed): σ′ peaks at 0.25 at x = 0, tanh′ at 1 at x = 0, ReLU′ is 1 for x > 0, softplus′ is σ.',
    peak: {
      sigmoid: 'σ′ peaks at 0.25 at x = 0',
      tanh: 'tanh′ peaks at 1 at x = 0',
      relu: 'ReLU′ = 1 for every x > 0',
      softplus: 'softplus′ = σ, rising towards 1',
    },
  },
};
