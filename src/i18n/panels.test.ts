import { describe, expect, it } from 'vitest';
import { panelCatalogs } from './panels.ts';

/** Every key path of a catalog, with the kind of its leaf (as catalog.test.ts does for index.ts). */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}:${typeof v}`]);
}

describe('the lazy panels’ catalogs', () => {
  it('have the same keys, with leaves of the same kind, in every language', () => {
    expect(keys(panelCatalogs.ko).sort()).toEqual(keys(panelCatalogs.en).sort());
  });

  it('have no empty string, and Korean in every Korean sentence', () => {
    const leaves = (tree: object): unknown[] => Object.values(tree).flatMap((v) => (typeof v === 'object' && v !== null ? leaves(v) : [v]));
    for (const catalog of Object.values(panelCatalogs)) expect(leaves(catalog).filter((v) => v === '')).toEqual([]);
    const korean = leaves(panelCatalogs.ko).filter((v): v is string => typeof v === 'string' && v.length > 12);
    expect(korean.filter((s) => !/\p{Script=Hangul}/u.test(s))).toEqual([]);
  });
});
