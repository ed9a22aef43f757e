/** The live class's words in the current language (i18n/liveClass.ts). */
import { liveClassCatalogs, type LiveClassCatalog } from '../../i18n/liveClass.ts';
import { useChainrule } from '../../store/store.ts';

export function useClassT(): LiveClassCatalog {
  return liveClassCatalogs[useChainrule((s) => s.language)];
}
