/**
 * The UI's languages. The app starts in the browser's language (`ko*` → Korean, anything else
 * → English); the header's select changes it, and the lesson record remembers the choice.
 */
export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (x: unknown): x is Language => (LANGUAGES as readonly unknown[]).includes(x);

/** The first of the browser's preferred languages decides: Korean for `ko`, `ko-KR`, …; else English. */
export function detectLanguage(preferred: readonly string[]): Language {
  return /^ko\b/i.test(preferred[0] ?? '') ? 'ko' : 'en';
}
