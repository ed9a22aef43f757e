/** The header's "Presenter mode" toggle (key P): the graph and the step explanation fill the screen. */
import { useChainrule } from '../../store/store.ts';
import { useT } from '../useT.ts';
import { togglePresenter } from './presenterMode.ts';
import './presenterButton.css';

export function PresenterButton() {
  const t = useT().presenter;
  const on = useChainrule((s) => s.presenter);
  return (
    <button type="button" className="presenter-toggle" aria-pressed={on} aria-keyshortcuts="P" title={t.enterTitle} onClick={togglePresenter}>
      {t.enter}
    </button>
  );
}
