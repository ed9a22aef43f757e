/** Big programs: the note while one is analysed, and the message that replaces a graph past the drawing cap. */
/** 19,996: digits grouped by hand (toLocaleString's first call loads the locale data, ≈ 100 ms). */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const bigGraph = {
  analysing: 'Analysing the program…',
  /** The graph area's name while it holds the message instead of the drawing. */
  region: 'Graph not drawn',
  tooBig: (nodes: number, cap: number) =>
    `This program has ${count(nodes)} nodes: more than the ${count(cap)} the graph draws, so it is not drawn.`,
  available: 'Every value and gradient is computed all the same: step through it with the timeline, or see them all in the gradients table at the last step.',
  showGradients: 'Show the gradients',
  findName: 'Find a name',
  rowsShown: (shown: number, found: number) => `${count(shown)} of ${count(found)} names shown.`,
  moreInputs: (more: number) => `${count(more)} more inputs: change their values in the program.`,
} as const;
