/**
 * "Keyboard shortcuts": every key the page answers, in a modal <dialog> (Esc closes it, focus
 * stays inside while open and returns to where it was). Loaded only when first opened.
 */
import { useEffect, useRef } from 'react';
import type { Catalog } from '../i18n/index.ts';
import { useT } from './useT.ts';
import { PresenterKeys } from './presenter/PresenterKeys.tsx';

type Keys = Catalog['shortcuts']['keys'];

/** Each row: the keys as printed on them, and what they do (a key of the catalog's `keys`). */
const STEPPING: readonly (readonly [string[], keyof Keys])[] = [
  [['→'], 'next'],
  [['←'], 'previous'],
  [['Space'], 'play'],
  [['Home'], 'first'],
  [['End'], 'last'],
  [['PageDown'], 'pageDown'],
  [['PageUp'], 'pageUp'],
];
const GRAPH: readonly (readonly [string[], keyof Keys])[] = [
  [['+'], 'zoomIn'],
  [['−'], 'zoomOut'],
  [['0'], 'reset'],
  [['Shift+←', 'Shift+→', 'Shift+↑', 'Shift+↓'], 'pan'],
];
const FORMULA: readonly (readonly [string[], keyof Keys])[] = [
  [['Shift+←', 'Shift+→'], 'scrollFormula'],
];
const HELP: readonly (readonly [string[], keyof Keys])[] = [
  [['?'], 'show'],
  [['Esc'], 'close'],
];

export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const TEXT = useT().shortcuts;
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    dialog.addEventListener('close', onClose);
    return () => {
      dialog.removeEventListener('close', onClose);
      // Focus goes back to where the student was (the dialog's own return is not guaranteed
      // once React removes the element).
      returnTo?.focus?.();
    };
  }, [onClose]);
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{TEXT.title}</h2>
      <p className="muted">{TEXT.intro}</p>
      <Keys caption={TEXT.stepping} rows={STEPPING} />
      <Keys caption={TEXT.graph} rows={GRAPH} />
      <Keys caption={TEXT.formula} rows={FORMULA} />
      <PresenterKeys />
      <Keys caption={TEXT.help} rows={HELP} />
      <form method="dialog">
        <button type="submit" autoFocus>{TEXT.close}</button>
      </form>
    </dialog>
  );
}

function Keys({ caption, rows }: { caption: string; rows: readonly (readonly [string[], keyof Keys])[] }) {
  const what = useT().shortcuts.keys;
  return (
    <table className="keys">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([keys, does]) => (
          <tr key={does}>
            <th scope="row">{keys.map((k, i) => <span key={k}>{i > 0 && ' '}<kbd>{k}</kbd></span>)}</th>
            <td>{what[does]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
