/** Crash recovery (ErrorBoundary.tsx): the message in a failed panel's place. */
export const errorBoundary = {
  failed: (panel: string) => `The ${panel} stopped working because of an error.`,
  kept: 'Your program text is kept.',
  copy: 'Copy program',
  copied: 'Copied',
  reset: 'Reset view',
  programLabel: 'Your program',
  /** Each boundary's panel, by the key `?crash=` also uses. */
  panels: {
    app: 'app',
    examplePicker: 'example picker',
    detailControl: 'detail control',
    editor: 'editor',
    warnings: 'warnings',
    inputsPanel: 'inputs panel',
    graph: 'graph',
    tableView: 'table view',
    legend: 'legend',
    timeline: 'timeline',
    shareToolbar: 'share toolbar',
    coursePanels: 'course panels',
    stepPanel: 'step panel',
    gradientsTable: 'gradients table',
    nodeDetails: 'node details',
    shortcutsDialog: 'shortcuts dialog',
    presenterMode: 'presenter mode',
  },
} as const;
