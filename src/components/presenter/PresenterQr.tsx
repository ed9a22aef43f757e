/**
 * Key Q / "QR code": the students' link as a QR code filling most of the screen's height, to
 * scan from the back row. `qrcode` only computes the modules; they are drawn here as one SVG
 * path (no markup string, nothing a strict CSP refuses). Loaded on first use.
 */
import { create } from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../useT.ts';
import { studentLink } from './studentLink.ts';

/** The quiet zone the QR standard asks for around the code, in modules. */
const QUIET = 4;

/** One path of unit squares, a dark module each, offset by the quiet zone. */
function modulesPath(text: string): { d: string; size: number } {
  const { modules } = create(text, { errorCorrectionLevel: 'L' });
  let d = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
  }
  return { d, size: modules.size + 2 * QUIET };
}

export default function PresenterQr({ keepLanguage, onClose }: { keepLanguage: boolean; onClose: () => void }) {
  const t = useT().presenter;
  const [code, setCode] = useState<{ d: string; size: number; link: string } | 'failed' | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    let live = true;
    void studentLink(keepLanguage).then((link) => {
      if (!live) return;
      try {
        setCode({ ...modulesPath(link), link });
      } catch {
        // Past a QR code's capacity (a very long program): say so rather than draw nothing.
        setCode('failed');
      }
    });
    return () => { live = false; };
  }, [keepLanguage]);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} className="presenter-qr" aria-label={t.qr} onClose={onClose} onCancel={(e) => { e.preventDefault(); onClose(); }}
      onKeyDown={(e) => { if (e.key === 'q' || e.key === 'Q') { e.preventDefault(); onClose(); } }}>
      <p className="presenter-qr-heading">{t.qrHeading}</p>
      {code === 'failed' && <p role="alert">{t.qrFailed}</p>}
      {code && code !== 'failed' && (
        <svg className="presenter-qr-code" role="img" aria-label={t.qr} viewBox={`0 0 ${code.size} ${code.size}`} shapeRendering="crispEdges" data-link={code.link}>
          <rect width={code.size} height={code.size} fill="#ffffff" />
          <path d={code.d} fill="#000000" />
        </svg>
      )}
      <button type="button" onClick={onClose} autoFocus>{t.qrClose}</button>
    </dialog>
  );
}
