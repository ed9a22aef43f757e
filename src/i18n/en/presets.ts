/**
 * The worked examples' titles and what each teaches, by preset id (src/presets/index.ts holds
 * their programs), the comments in their programs, and the example picker's own words
 * (components/PresetPicker.tsx).
 */
export const presets = {
  examples: {
    cs231n: {
      title: 'CS231n: (x + y) · z',
      teaches: 'The chain rule node by node: the add gate passes the gradient on, the multiply gate swaps its inputs.',
    },
    neuron: {
      title: 'Sigmoid neuron, gate by gate',
      teaches: 'A 2-D neuron written out in primitive gates: every step of 1/(1 + e^−(w·x + b)) gets its own local gradient.',
    },
    'neuron-fused': {
      title: 'Sigmoid neuron, one σ gate',
      teaches: 'The same neuron with σ as one gate: its local gradient σ(1 − σ) replaces four steps, with the same result.',
    },
    patterns: {
      title: 'Gate patterns: add, mul, max',
      teaches: 'Add distributes the gradient, multiply swaps the inputs, max routes it all to the larger input.',
    },
    fanout: {
      title: 'Fan-out: a value used twice',
      teaches: 'When a value feeds two gates, its gradient is the sum of the two terms that come back.',
    },
    'net-222': {
      title: '2-2-2 sigmoid network, MSE',
      teaches: 'The delta rule: each output delta is (y − t)·y(1 − y); a hidden neuron sums the deltas of both outputs.',
    },
    'mlp-2321': {
      title: '2-3-2-1 ReLU MLP, MSE',
      teaches: 'A small MLP with the course post’s parameters: the gradient of every weight, ready for one SGD step.',
    },
    'mlp-2321-matrix': {
      title: '2-3-2-1 ReLU MLP, MSE (matrix form)',
      teaches: 'The same MLP written as post 004 writes it, h₁ = relu(W₁x + b₁): four lines that unfold into the same gates, to the last bit.',
    },
    'net-222-matrix': {
      title: '2-2-2 sigmoid network, MSE (matrix form)',
      teaches: 'The delta rule with matrices: the output deltas δ, then Wᵀδ sends them back to the hidden layer.',
    },
    'cs231n-vectorised': {
      title: 'CS231n: f = ‖W·x‖², vectorised',
      teaches: 'Backprop with a matrix: ∂f/∂q = 2q, ∂f/∂W = 2q xᵀ and ∂f/∂x = 2Wᵀq, entry by entry.',
    },
    survey: {
      title: 'AD survey: ln x₁ + x₁x₂ − sin x₂',
      teaches: 'The trace table of Baydin et al.’s survey: one row per intermediate, its value and its tangent or adjoint.',
    },
    'sigmoid-chain': {
      title: 'Deep sigmoid chain: vanishing gradients',
      teaches: 'Eight sigmoids in a row: the gradient shrinks by at least 4× per layer on its way back to x.',
    },
  },
  /**
   * The `#` comment lines of the examples' programs, by preset id, without the `# `; the program
   * lines around them are the same in every language. These English ones make the programs
   * exactly as the tests and the CLI's docs know them.
   */
  comments: {
    cs231n: { formula: 'CS231n lecture 4: f(x, y, z) = (x + y) z' },
    fanout: { twice: 'x is used twice: by q and by f' },
    'net-222': {
      data: 'inputs and targets',
      hidden: 'hidden layer weights (bias fixed at 1, as in the course post)',
      output: 'output layer weights',
    },
    'mlp-2321-matrix': { form: 'the same MLP as post 004 writes it: h1 = relu(W1 x + b1), h2 = relu(W2 h1 + b2)' },
    'net-222-matrix': { form: 'the 2-2-2 network of post 003 with its weights as matrices (bias fixed at 1)' },
    'cs231n-vectorised': { formula: 'CS231n lecture 4: f(x, W) = ‖W·x‖²' },
    survey: { source: 'Baydin et al., Automatic differentiation in machine learning: a survey' },
    /** The first line of the deep chain (the sigmoid chain example, and the chains the Vanishing gradients switch builds). */
    chain: {
      sigmoid: 'every sigmoid gate scales the gradient by σ(1−σ) ≤ 1/4',
      tanh: 'every tanh gate scales the gradient by 1 − tanh² ≤ 1',
      relu: 'every relu gate passes the gradient unchanged where its input is positive',
      softplus: 'every softplus gate scales the gradient by σ(input) < 1',
    },
  },
  picker: {
    label: 'Example',
    own: 'Your program',
    backToOwn: '↩ Back to your program',
    editing: (title: string) => `✎ ${title} (your edit)`,
    backToEdit: (title: string, nth: number) => `↩ Your edit of ${title}${nth > 1 ? ` (${nth})` : ''}`,
    ownTeaches: 'Your own program. Pick an example to explore the course.',
    editedTeaches: (teaches: string) => `Your edit of an example. ${teaches}`,
    opened: 'Opened program',
    openedEdited: '✎ Opened program (your edit)',
    openedTeaches: 'A program opened from a link or a file. Your own program stays one pick away in this list.',
    backToKept: (nth: number) => `↩ Your other program${nth > 1 ? ` (${nth})` : ''}`,
  },
};
