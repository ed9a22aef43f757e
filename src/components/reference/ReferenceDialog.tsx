/**
 * The language reference in a modal dialog, in the app's language: the language first, the
 * command line in its own last section. The Markdown library and the texts load only when the
 * dialog first opens (this module is lazy; each language's text is its own chunk).
 */
import { useEffect, useMemo, useState } from 'react';
import type { Language } from '../../i18n/index.ts';
import { useChainrule } from '../../store/store.ts';
import { useModalDialog } from '../useModalDialog.ts';
import { useT } from '../useT.ts';
import { renderMarkdown } from './markdown.tsx';
import './reference.css';

const TEXTS: Readonly<Record<Language, () => Promise<{ default: string }>>> = {
  en: () => import('../../reference/language.en.md?raw'),
  ko: () => import('../../reference/language.ko.md?raw'),
};

export default function ReferenceDialog({ onClose }: { onClose: () => void }) {
  const TEXT = useT().reference;
  const language = useChainrule((s) => s.language);
  const { dialog, title } = useModalDialog(onClose);
  const [text, setText] = useState<{ language: Language; source: string } | null>(null);
  useEffect(() => {
    let current = true;
    TEXTS[language]().then((m) => { if (current) setText({ language, source: m.default }); }, () => undefined);
    return () => { current = false; };
  }, [language]);
  const body = useMemo(() => (text ? renderMarkdown(text.source) : null), [text]);
  return (
    <dialog ref={dialog} className="reference-dialog" aria-labelledby="reference-title">
      <header className="reference-head">
        <h2 id="reference-title" ref={title} tabIndex={-1}>{TEXT.title}</h2>
        <form method="dialog"><button type="submit">{TEXT.close}</button></form>
      </header>
      <div className="reference-body" lang={text?.language}>
        {body ?? <p className="muted" role="status">{TEXT.loading}</p>}
      </div>
    </dialog>
  );
}
