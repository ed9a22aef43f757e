/**
 * What presenter mode adds on top of the app (loaded only when presenting): the presenter bar
 * (PresenterBar.tsx), the overview, the QR code, the Inputs drawer, the blank screen, the laser
 * dot, the keys a clicker and a presenter use, the wake lock, and the projector theme's styles.
 * The layout itself (editor hidden, graph and explanation filling the screen) is presenter.css
 * keyed on the app root's `presenter` class.
 *
 * Keys, only while presenting and never while typing or in a dialog: B or `.` (a clicker's
 * "blank" button) blanks the screen, and B, `.` or any step key shows it again without
 * stepping; L toggles the laser; H hides the numbers (the store's settings.hideNumbers); O the overview and Q the QR code; ↑/↓ step as ←/→ do; Esc
 * closes the overview, else leaves. Space and PageDown/PageUp are the page's own stepping keys
 * (usePlayback.ts), which step one in presenter mode.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { appStore, useChainrule } from '../../store/store.ts';
import { useT } from '../useT.ts';
import { LaserDot } from './LaserDot.tsx';
import { PresenterBar } from './PresenterBar.tsx';
import { PresenterDrawer } from './PresenterDrawer.tsx';
import { setPresenting } from './presenterMode.ts';
import { presenterView, setOverview, toggleOverview, useOverview } from './presenterView.ts';
import { useScreenAwake } from './useScreenAwake.ts';
import './presenter.css';

const PresenterOverview = lazy(() => import('./PresenterOverview.tsx'));
const PresenterQr = lazy(() => import('./PresenterQr.tsx'));

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const STEP_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', ' ', 'Home', 'End']);
const BLANK_KEYS = new Set(['b', 'B', '.']);

export default function PresenterLayer() {
  const t = useT().presenter;
  const [blank, setBlank] = useState(false);
  const [laser, setLaser] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const [qr, setQr] = useState(false);
  const [keepLanguage, setKeepLanguage] = useState(false);
  const overview = useOverview();
  const blankRef = useRef(blank);
  blankRef.current = blank;
  useScreenAwake();
  // Leaving presenter mode leaves its overview too: the next time starts at the step's own view.
  useEffect(() => () => setOverview(false), []);
  // A tall step may have scrolled the explanation (at 4:3, two operands' terms); each step starts at its top.
  const step = useChainrule((s) => s.step);
  useEffect(() => { document.getElementById('panel-right')?.scrollTo?.({ top: 0 }); }, [step]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (target instanceof Element && target.closest('dialog[open]')) return;
      if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      const key = e.key;
      if (blankRef.current && (BLANK_KEYS.has(key) || (STEP_KEYS.has(key) && !e.shiftKey))) {
        // Back from blank on the same step: the room sees what it saw before.
        e.preventDefault();
        setBlank(false);
        return;
      }
      if (BLANK_KEYS.has(key)) setBlank(true);
      else if (key === 'l' || key === 'L') setLaser((on) => !on);
      else if (key === 'h' || key === 'H') {
        const s = appStore.getState();
        s.setHideNumbers(!s.settings.hideNumbers);
      }
      else if (key === 'o' || key === 'O') toggleOverview();
      else if (key === 'q' || key === 'Q') setQr(true);
      else if (key === 'Escape' && presenterView.getState().overview) setOverview(false);
      else if (key === 'Escape') setPresenting(false);
      else if ((key === 'ArrowDown' || key === 'ArrowUp') && !e.shiftKey) {
        const s = appStore.getState();
        if (key === 'ArrowDown') s.next();
        else s.previous();
      } else return;
      e.preventDefault();
    };
    // Capture: a blank screen takes a step key before the page's stepping sees it.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <>
      <PresenterBar laser={laser} setLaser={setLaser} drawer={drawer} setDrawer={setDrawer} setQr={setQr} keepLanguage={keepLanguage} />
      {drawer && <PresenterDrawer keepLanguage={keepLanguage} setKeepLanguage={setKeepLanguage} />}
      <Suspense fallback={null}>
        {overview && <PresenterOverview onClose={() => setOverview(false)} />}
        {qr && <PresenterQr keepLanguage={keepLanguage} onClose={() => setQr(false)} />}
      </Suspense>
      {laser && <LaserDot />}
      {blank && <div className="presenter-blank" onClick={() => setBlank(false)} />}
      <p className="sr-only" aria-live="polite">{blank ? t.blanked : ''}</p>
    </>
  );
}
