/**
 * "Keyboard shortcuts": every key the page answers, in a modal <dialog> that opens at its top
 * (useModalDialog). Loaded only when first opened.
 */
import type { Catalog } from '../i18n/index.ts';
import { useModalDialog } from './useModalDialog.ts';
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
  const { dialog, title } = useModalDialog(onClose);
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title" ref={title} tabIndex={-1}>{TEXT.title}</h2>
      <p className="muted">{TEXT.intro}</p>
      <Keys caption={TEXT.stepping} rows={STEPPING} />
      <Keys caption={TEXT.graph} rows={GRAPH} />
      <Keys caption={TEXT.formula} rows={FORMULA} />
      <PresenterKeys />
      <Keys caption={TEXT.help} rows={HELP} />
      <form method="dialog">
        <button type="submit">{TEXT.close}</button>
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
