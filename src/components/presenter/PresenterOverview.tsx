/**
 * Key O / "Overview" (and "Fit to screen" while presenting): the whole network over the graph's
 * box, the current node ringed, until O, Esc or the button again returns to the step's view.
 * It is a copy of the drawing the graph shows (its nodes, edges and labels as they stand at this
 * step, styled by the same rules), scaled to fit, so it never moves the graph's own camera and
 * the view it returns to is the one it left. Copied afresh at each step. Loaded on first use.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useChainrule } from '../../store/store.ts';
import { useT } from '../useT.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The ring around the current node, in screen px: seen from the back row at any scale. */
const RING_PX = 34;

interface Placed { left: number; top: number; width: number; height: number }

/** The graph's box on screen, followed as the window changes. */
function useGraphBox(): Placed | null {
  const [box, setBox] = useState<Placed | null>(null);
  useLayoutEffect(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.graph-svg');
    if (!svg) return;
    const measure = () => {
      const r = svg.getBoundingClientRect();
      setBox({ left: r.left, top: r.top, width: r.width, height: r.height });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);
  return box;
}

export default function PresenterOverview({ onClose }: { onClose: () => void }) {
  const t = useT().presenter;
  const step = useChainrule((s) => s.step);
  const box = useGraphBox();
  const target = useRef<SVGSVGElement>(null);
  useEffect(() => {
    const out = target.current;
    const live = document.querySelector<SVGSVGElement>('svg.graph-svg:not(.presenter-overview-svg)');
    if (!out || !live || !box) return;
    // After the graph has drawn this step (its commit comes with ours; its labels fade after).
    const id = requestAnimationFrame(() => {
      const drawing = drawingOf(live);
      if (drawing) copyDrawing(drawing.node, drawing.bounds, out, box);
    });
    return () => cancelAnimationFrame(id);
  }, [step, box]);
  if (!box) return null;
  return (
    <div className="presenter-overview" style={{ left: box.left, top: box.top, width: box.width, height: box.height }}>
      <p className="presenter-overview-note">{t.overviewNote}</p>
      <svg ref={target} className="graph-svg presenter-overview-svg" role="img" aria-label={t.overview} onClick={onClose} />
    </div>
  );
}

/**
 * The drawing of the graph on screen: the scalar views' zoom group, or (Layers, no pan or zoom)
 * a group holding copies of the edges and nodes that sit straight under the <svg>.
 */
function drawingOf(live: SVGSVGElement): { node: SVGGElement; bounds: DOMRect } | null {
  const groups = live.querySelectorAll<SVGGElement>(':scope > g');
  if (!live.classList.contains('layers-svg')) return groups[0] ? { node: groups[0], bounds: groups[0].getBBox() } : null;
  const whole = document.createElementNS(SVG_NS, 'g');
  for (const g of groups) whole.append(g.cloneNode(true));
  return { node: whole, bounds: live.getBBox() };
}

/** Replaces `out`'s content by a copy of the drawing, fitted to `box`, with a ring on the current node. */
function copyDrawing(drawing: SVGGElement, bounds: DOMRect, out: SVGSVGElement, box: Placed): void {
  const copy = drawing.cloneNode(true) as SVGGElement;
  copy.removeAttribute('transform');
  // Ids stay the graph's own (its arrow marker still serves the copy's edges).
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  const pad = 12;
  const scale = Math.min((box.width - 2 * pad) / bounds.width, (box.height - 2 * pad - 40) / bounds.height);
  out.replaceChildren(copy);
  out.setAttribute('viewBox', `${bounds.x - pad / scale} ${bounds.y - (pad + 40) / scale} ${box.width / scale} ${box.height / scale}`);
  const current = copy.querySelector<SVGGElement>('g.node.current, g.layer-node.current');
  if (!current) return;
  const node = current.getBBox();
  const at = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(current.getAttribute('transform') ?? '');
  const inner = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(copy.querySelector(':scope > g')?.getAttribute('transform') ?? '');
  const ring = document.createElementNS(SVG_NS, 'circle');
  ring.setAttribute('class', 'overview-ring');
  // A scalar node is placed by its translate; a Layers node is drawn in place (its box's centre).
  ring.setAttribute('cx', String(at ? Number(at[1]) + Number(inner?.[1] ?? 0) : node.x + node.width / 2));
  ring.setAttribute('cy', String(at ? Number(at[2]) + Number(inner?.[2] ?? 0) : node.y + node.height / 2));
  // The node's shape is centred on its place; its name above it is inside the ring too.
  ring.setAttribute('r', String(Math.max(RING_PX / scale, Math.hypot(node.width, node.height) / 2 + 6 / scale)));
  ring.setAttribute('stroke-width', String(6 / scale));
  out.append(ring);
}
