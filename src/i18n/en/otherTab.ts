/** The message about a program another tab saved, kept when this tab saved over it. */
export const otherTab = {
  message: 'Another tab had saved a different program here. This tab saved over it, so it is kept for you.',
  open: 'Open it',
  dismiss: 'Dismiss',
  region: 'Program from another tab',
} as const;
