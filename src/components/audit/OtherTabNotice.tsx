/** Says when another tab's program was kept (autosave has one slot), and offers it back. */
import { appStore } from '../../store/store.ts';
import { dismissKept, openKept, useOtherTabProgram } from '../../store/otherTab.ts';
import { useT } from '../useT.ts';
import './otherTab.css';

export function OtherTabNotice() {
  const t = useT().otherTab;
  const kept = useOtherTabProgram();
  if (!kept) return null;
  return (
    <div role="status" aria-label={t.region} className="other-tab-notice">
      <div>{t.message}</div>
      <div className="actions">
        <button type="button" onClick={() => openKept(appStore)}>{t.open}</button>
        <button type="button" onClick={() => dismissKept()}>{t.dismiss}</button>
      </div>
    </div>
  );
}
