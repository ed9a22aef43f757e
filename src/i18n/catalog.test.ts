import { describe, expect, it } from 'vitest';
import { catalogs, detectLanguage } from './index.ts';

/** Every key path of a catalog, with the kind of its leaf. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}:${typeof v}`]);
}

describe('catalogs', () => {
  it('have the same keys, with leaves of the same kind, in every language', () => {
    expect(keys(catalogs.ko).sort()).toEqual(keys(catalogs.en).sort());
  });

  it('have no empty string', () => {
    for (const [lang, catalog] of Object.entries(catalogs)) {
      const empty = keys(catalog).filter((k) => k.endsWith(':string')).map((k) => k.slice(0, -7))
        .filter((path) => path.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalog) === '');
      expect(empty, lang).toEqual([]);
    }
  });

  it('follow the browser: ko* is Korean, anything else English', () => {
    expect(detectLanguage(['ko-KR', 'en'])).toBe('ko');
    expect(detectLanguage(['ko'])).toBe('ko');
    expect(detectLanguage(['en-US', 'ko'])).toBe('en');
    expect(detectLanguage(['kok'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });
});
