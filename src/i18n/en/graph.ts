/** The graph drawing (GraphView.tsx, GraphMarks.tsx). */
export const graph = {
  name: 'Computational graph',
  laying: 'Laying out the graph…',
  fit: 'Fit to screen',
  /** The overview beside the graph, opened by "Fit to screen" when the whole graph cannot be read at once. */
  overview: 'The whole network',
  overviewMap: 'Map of the whole network, the visible part outlined',
  overviewHint: 'Click a place on the map to move the view there',
  closeOverview: 'Close map',
  stale: 'Showing the last finished program — fix the error to update.',
  /** A node's tooltip, with only what the lesson has reached so far. */
  tooltip: {
    quiet: (node: string) => `${node}: numbers hidden while practising`,
    notComputed: (node: string) => `${node}: value not computed yet`,
    value: (node: string, value: string) => `${node}: value ${value}`,
    valueAndGradient: (node: string, value: string, gradient: string) => `${node}: value ${value}, gradient ${gradient}`,
  },
} as const;
