/** Big programs: the note while one is analysed, and the message that replaces a graph past the drawing cap. */
const count = (n: number) => n.toLocaleString('en-US');

export const bigGraph = {
  analysing: 'Analysing the program…',
  /** The graph area's name while it holds the message instead of the drawing. */
  region: 'Graph not drawn',
  tooBig: (nodes: number, cap: number) =>
    `This program has ${count(nodes)} nodes: more than the ${count(cap)} the graph draws, so it is not drawn.`,
  available: 'Every value and gradient is computed all the same: step through it with the timeline, or see them all in the gradients table at the last step.',
  showGradients: 'Show the gradients',
} as const;
