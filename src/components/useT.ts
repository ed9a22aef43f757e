/** The current language's catalog, for a component: `const t = useT(); … t.stepPanel.region`. */
import { catalogs, type Catalog } from '../i18n/index.ts';
import { useChainrule } from '../store/store.ts';

export function useT(): Catalog {
  return catalogs[useChainrule((s) => s.language)];
}
