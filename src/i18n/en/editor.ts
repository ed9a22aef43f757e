/** The program editor (Editor.tsx). The engine's own message text is the engine catalog's. */
export const editor = {
  label: 'Program',
  error: (line: number, column: number, message: string) => `Line ${line}, column ${column}: ${message}`,
  unreadable: (reason: string) => `Your saved program could not be read (${reason}), so the default example is open. The saved copy is kept in this browser until you dismiss this message.`,
  dismissUnreadable: 'Dismiss',
  notSaving: 'This browser is not keeping your program (storage is full or turned off): copy it somewhere safe.',
} as const;
