export const language = {
  /** The select's accessible name, in its own language so a reader who can't read the other finds it. */
  label: 'Language',
  en: 'English',
  ko: '한국어',
} as const;
