/** The lazy panels' catalog in the current language (i18n/panels.ts): `const t = usePanelT(); … t.course.check.input`. */
import { panelCatalogs, type PanelCatalog } from '../i18n/panels.ts';
import { useChainrule } from '../store/store.ts';

export function usePanelT(): PanelCatalog {
  return panelCatalogs[useChainrule((s) => s.language)];
}
