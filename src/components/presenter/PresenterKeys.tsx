/** Presenter mode's table in the "Keyboard shortcuts" dialog, in the current language (same markup as its other tables). */
import { useT } from '../useT.ts';

export function PresenterKeys() {
  const { shortcuts: s } = useT().presenter;
  const rows: readonly (readonly [string[], string])[] = [
    [['P'], s.toggle],
    [['PageDown', 'Space', '→', '↓'], s.next],
    [['PageUp', '←', '↑'], s.previous],
    [['B', '.'], s.blank],
    [['L'], s.laser],
    [['H'], s.hideNumbers],
    [['O'], s.overview],
    [['Q'], s.qr],
    [['Esc'], s.exit],
  ];
  return (
    <table className="keys">
      <caption>{s.caption}</caption>
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
