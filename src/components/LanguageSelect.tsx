/**
 * The header's language select. Its accessible name is "Language" in English and "언어" in
 * Korean; each option names its language in that language, so either reader finds their own.
 */
import { LANGUAGES, isLanguage } from '../i18n/index.ts';
import { useChainrule } from '../store/store.ts';
import { useT } from './useT.ts';

export function LanguageSelect() {
  const t = useT();
  const language = useChainrule((s) => s.language);
  const setLanguage = useChainrule((s) => s.setLanguage);
  return (
    <label className="language-select">
      <span className="sr-only">{t.language.label}</span>
      <select value={language} onChange={(e) => { if (isLanguage(e.target.value)) setLanguage(e.target.value); }}>
        {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{t.language[l]}</option>)}
      </select>
    </label>
  );
}
