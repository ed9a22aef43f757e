import type { Catalog } from '../index.ts';

export const language: Catalog['language'] = {
  label: '언어',
  en: 'English',
  ko: '한국어',
};
