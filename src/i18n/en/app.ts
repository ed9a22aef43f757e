/** The app shell (App.tsx): header, panel names, the empty state. */
export const app = {
  brand: 'Chainrule',
  /** The document's title (index.html's, until the app starts). */
  title: 'Chainrule — see backpropagation',
  programPanel: 'Program panel',
  explanationPanel: 'Explanation panel',
  shortcuts: 'Keyboard shortcuts',
  shortcutsTitle: 'Keyboard shortcuts (?)',
  languageReference: 'Language reference',
  /** Said beside the panel toggles after "Fit to screen" folded them to fit the graph. */
  foldedToFit: 'Panels folded to show the whole graph',
  tableView: 'Table view',
  empty: 'Type a program to see its graph.',
  left: 'Program and inputs',
  right: 'Explanation',
} as const;
