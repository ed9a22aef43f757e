/**
 * "Keyboard shortcuts": every key the page answers, in a modal <dialog> (Esc closes it, focus
 * stays inside while open and returns to where it was). Loaded only when first opened.
 */
import { useEffect, useRef } from 'react';
import { usePresenterShortcuts } from './presenter/presenterShortcuts.ts';

const TEXT = {
  title: 'Keyboard shortcuts',
  close: 'Close',
  intro: 'Keys work wherever focus is, except while typing in the program or a number field.',
  stepping: 'Stepping',
  graph: 'Graph (when it has focus)',
  formula: 'Step explanation',
  help: 'Help',
};

const STEPPING: readonly (readonly [string[], string])[] = [
  [['→'], 'Next step'],
  [['←'], 'Previous step'],
  [['Space'], 'Play or pause'],
  [['Home'], 'First step'],
  [['End'], 'Last step'],
  [['PageDown'], 'Forward to the start of the backward pass, then to the end'],
  [['PageUp'], 'Back to the start of the backward pass, then to the beginning'],
];
const GRAPH: readonly (readonly [string[], string])[] = [
  [['+'], 'Zoom in'],
  [['−'], 'Zoom out'],
  [['0'], 'Back to the default view: the whole graph, or the readable size around the current step'],
  [['Shift+←', 'Shift+→', 'Shift+↑', 'Shift+↓'], 'Pan'],
];
const FORMULA: readonly (readonly [string[], string])[] = [
  [['Shift+←', 'Shift+→'], 'Scroll a long formula (when it has focus)'],
];
const HELP: readonly (readonly [string[], string])[] = [
  [['?'], 'Show these shortcuts'],
  [['Esc'], 'Close this dialog'],
];

export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const presenter = usePresenterShortcuts();
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
      <Keys caption={presenter.caption} rows={presenter.rows} />
      <Keys caption={TEXT.help} rows={HELP} />
      <form method="dialog">
        <button type="submit" autoFocus>{TEXT.close}</button>
      </form>
    </dialog>
  );
}

function Keys({ caption, rows }: { caption: string; rows: readonly (readonly [string[], string])[] }) {
  return (
    <table className="keys">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([keys, what]) => (
          <tr key={what}>
            <th scope="row">{keys.map((k, i) => <span key={k}>{i > 0 && ' '}<kbd>{k}</kbd></span>)}</th>
            <td>{what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
