/**
 * The presenter bar, one row above the graph: Fit to screen and Overview (the whole network),
 * the Inputs drawer, the students' link (Copy link, QR code), the slide (Export PNG), the laser,
 * "Hide numbers" and the exit. A mouse click leaves no focus on a button, so Space goes on stepping.
 */
import { useEffect, useState, type MouseEvent } from 'react';
import { appStore, useChainrule } from '../../store/store.ts';
import { useT } from '../useT.ts';
import { DRAWER_ID } from './PresenterDrawer.tsx';
import { setPresenting } from './presenterMode.ts';
import { toggleOverview, useOverview } from './presenterView.ts';
import { studentLink } from './studentLink.ts';

const dropMouseFocus = (e: MouseEvent<HTMLButtonElement>) => { if (e.detail > 0) e.currentTarget.blur(); };

export interface BarState {
  laser: boolean;
  setLaser: (on: boolean) => void;
  drawer: boolean;
  setDrawer: (on: boolean) => void;
  setQr: (on: boolean) => void;
  keepLanguage: boolean;
}

export function PresenterBar({ laser, setLaser, drawer, setDrawer, setQr, keepLanguage }: BarState) {
  const t = useT();
  const p = t.presenter;
  const overview = useOverview();
  const hideNumbers = useChainrule((s) => s.settings.hideNumbers);
  const [status, setStatus] = useState('');
  // A note read once, then gone: it must not sit over the graph.
  useEffect(() => {
    if (!status) return;
    const id = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(id);
  }, [status]);
  const click = (act: () => void) => (e: MouseEvent<HTMLButtonElement>) => { act(); dropMouseFocus(e); };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(await studentLink(keepLanguage));
      setStatus(p.linkCopied);
    } catch {
      setStatus(p.noClipboard);
    }
  };
  const exportSlide = async () => {
    const live = document.querySelector<SVGSVGElement>('svg.graph-svg');
    try {
      if (!live) throw new Error('no graph');
      const [{ slidePng }, { download }] = await Promise.all([import('../../view/presenter/slide.ts'), import('../../view/share/download.ts')]);
      download(await slidePng(live, document.title), 'chainrule-slide.png');
      setStatus(p.exported);
    } catch {
      setStatus(p.exportFailed);
    }
  };

  return (
    <div className="presenter-bar" role="group" aria-label={p.bar}>
      <button type="button" aria-pressed={overview} onClick={click(toggleOverview)}>{t.graph.fit}</button>
      <button type="button" aria-pressed={overview} aria-keyshortcuts="O" title={p.overviewTitle} onClick={click(toggleOverview)}>{p.overview}</button>
      <button type="button" aria-expanded={drawer} aria-controls={drawer ? DRAWER_ID : undefined} title={p.inputsTitle} onClick={click(() => setDrawer(!drawer))}>{p.inputs}</button>
      <button type="button" onClick={click(() => void copyLink())}>{p.copyLink}</button>
      <button type="button" aria-keyshortcuts="Q" title={p.qrTitle} onClick={click(() => setQr(true))}>{p.qr}</button>
      <button type="button" aria-label={p.exportPng} onClick={click(() => void exportSlide())}>{p.exportPngShort}</button>
      <button type="button" aria-pressed={laser} aria-keyshortcuts="L" title={p.laserTitle} aria-label={p.laser} onClick={click(() => setLaser(!laser))}>{p.laserShort}</button>
      <button type="button" aria-pressed={hideNumbers} aria-keyshortcuts="H" title={p.hideNumbersTitle} aria-label={p.hideNumbers} onClick={click(() => appStore.getState().setHideNumbers(!hideNumbers))}>{p.hideNumbersShort}</button>
      <button type="button" className="presenter-exit" aria-keyshortcuts="Escape" title={p.exitTitle} aria-label={p.exit} onClick={() => setPresenting(false)}>{p.exitShort}</button>
      <p className="presenter-status" role="status" hidden={!status}>{status}</p>
    </div>
  );
}
