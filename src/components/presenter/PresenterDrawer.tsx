/**
 * The compact drawer presenter mode opens over the explanation ("Inputs"): every input's number
 * field and slider, and the language, changed live while the room watches the graph; and
 * "Start a live class", which the hidden header holds outside presenter mode.
 */
import { InputsPanel } from '../InputsPanel.tsx';
import { LiveClassButtons } from '../liveClass/LiveClassButtons.tsx';
import { LanguageSelect } from '../LanguageSelect.tsx';
import { useLessonView } from '../useLessonView.ts';
import { useT } from '../useT.ts';

export const DRAWER_ID = 'presenter-drawer';

export function PresenterDrawer({ keepLanguage, setKeepLanguage }: { keepLanguage: boolean; setKeepLanguage: (on: boolean) => void }) {
  const t = useT().presenter;
  const { analysis, stale, step } = useLessonView();
  return (
    <div className="presenter-drawer" id={DRAWER_ID} role="region" aria-label={t.inputsTitle}>
      <div className="presenter-drawer-language">
        <LanguageSelect />
        {/* The students' link (Copy link, QR code) follows each student's language unless this is ticked. */}
        <label>
          <input type="checkbox" checked={keepLanguage} onChange={(e) => setKeepLanguage(e.target.checked)} />
          {t.keepLanguage}
        </label>
        <LiveClassButtons presenterOnly />
      </div>
      {analysis && <InputsPanel analysis={analysis} stale={stale} step={step} />}
    </div>
  );
}
