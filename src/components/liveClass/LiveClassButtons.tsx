/** "Start a live class" and "Join a class" (the header; presenter mode's Inputs drawer has the first). */
import { liveClassCatalogs } from '../../i18n/liveClass.ts';
import { useChainrule } from '../../store/store.ts';
import { openDoor, useDoor } from './entry.ts';

export function LiveClassButtons({ presenterOnly = false }: { presenterOnly?: boolean }) {
  const t = liveClassCatalogs[useChainrule((s) => s.language)];
  const door = useDoor();
  return (
    <>
      <button type="button" className="live-class-button" aria-expanded={door === 'present'} onClick={() => openDoor('present')}>{t.start}</button>
      {!presenterOnly && <button type="button" className="live-class-button" aria-expanded={door === 'join'} onClick={() => openDoor('join')}>{t.join}</button>}
    </>
  );
}
