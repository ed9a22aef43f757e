/** The language reference dialog (components/reference). Its body is Markdown in src/reference/. */
export const reference = {
  title: 'Language reference',
  close: 'Close',
  loading: 'Loading the reference…',
} as const;
