/**
 * The laser pointer: a large dot, red with white and black rings so it shows on white, on black
 * and on the graph's colours, that follows the mouse. It ignores the pointer (clicks go through),
 * moves by a style write per event rather than a React render, and hides while the mouse is
 * outside the page. The cursor itself is hidden meanwhile (presenter.css).
 */
import { useEffect, useRef } from 'react';

export function LaserDot() {
  const dot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = dot.current;
    if (!el) return;
    const move = (e: PointerEvent) => {
      el.style.transform = `translate(${e.clientX}px,${e.clientY}px)`;
      el.hidden = false;
    };
    const leave = () => { el.hidden = true; };
    window.addEventListener('pointermove', move, { passive: true });
    window.addEventListener('pointerdown', move, { passive: true });
    document.documentElement.addEventListener('pointerleave', leave);
    document.body.classList.add('laser-pointer');
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerdown', move);
      document.documentElement.removeEventListener('pointerleave', leave);
      document.body.classList.remove('laser-pointer');
    };
  }, []);
  // Hidden until the mouse first moves: where it is, the page does not know before.
  return <div ref={dot} className="laser-dot" aria-hidden="true" hidden />;
}
