/**
 * Why a share link or the saved lesson could not be opened. The store's decoders return codes
 * (shareLink.ts, lessonState.ts, persistence.ts); src/store/messages.ts picks these words for
 * them, and the notices (share/ShareToolbar.tsx, Editor.tsx's storage notice) show the result.
 */
export const storeMessages = {
  /** The role=alert line under the graph: `why` is one of `link` or `linkLesson` below. */
  linkNotice: (why: string) => `The link could not be opened: ${why}. Your last program is open instead.`,
  link: {
    tooLong: 'it is too long',
    notLink: 'it is not a Chainrule link (or one from a newer version)',
    notBase64: 'it is damaged (not base64url)',
    truncated: 'it is damaged or truncated',
    notText: 'it is damaged (not text)',
    unreadable: 'it could not be read',
  },
  /** The link unpacked, but the lesson record inside is not one. */
  linkLesson: {
    tooLarge: 'its lesson is too large',
    notReadable: 'its lesson is not readable',
    notRecord: 'its lesson is not a record',
    version: (found: string, expected: number) => `its lesson has version ${found}, not ${expected}`,
    noVersion: (found: string, expected: number) => `its lesson has version ${found}, not ${expected}`,
    noText: 'its lesson has no program text',
  },
  /** Why the autosaved lesson could not be read: the reason inside `editor.unreadable`. */
  savedLesson: {
    storage: 'local storage could not be read',
    tooLarge: 'the saved lesson is too large',
    notReadable: 'the saved lesson is not readable',
    notRecord: 'the saved lesson is not a record',
    version: (found: string, expected: number) => `the saved lesson has version ${found}, not ${expected}`,
    noVersion: (found: string, expected: number) => `the saved lesson has version ${found}, not ${expected}`,
    noText: 'the saved lesson has no program text',
  },
} as const;
