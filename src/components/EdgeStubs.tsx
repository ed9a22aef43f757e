/**
 * Where an edge of the current node leaves the view, a stub on the view's border names the node
 * it goes to: the operand or consumer that the framing could not fit stays findable. Drawn in
 * screen space over the drawing and redrawn as the view moves (framing.ts says where).
 */
import { useEffect, useState } from 'react';
import { edgeStubs, type Frame, type Stub } from '../view/framing.ts';
import type { Neighbourhood } from '../view/neighbourhood.ts';
import type { ViewListener } from './useGraphZoom.ts';

interface Props {
  around: Neighbourhood | null;
  watchView(listener: ViewListener): () => void;
}

export function EdgeStubs({ around, watchView }: Props) {
  const [seen, setSeen] = useState<{ t: Frame; width: number; height: number } | null>(null);
  useEffect(() => watchView((t, { width, height }) => setSeen({ t: { x: t.x, y: t.y, k: t.k }, width, height })), [watchView]);
  if (!around || !seen || seen.width === 0) return null;
  const stubs = edgeStubs(seen.t, seen, around.centre, around.others);
  if (stubs.length === 0) return null;
  return (
    <g className="edge-stubs" aria-hidden="true">
      {stubs.map((s, i) => <StubMark key={`${s.name}-${i}`} stub={s} />)}
    </g>
  );
}

/** A dot on the border and the node's name beside it, turned inward so it stays on screen. */
function StubMark({ stub }: { stub: Stub }) {
  const dx = stub.side === 'left' ? 8 : stub.side === 'right' ? -8 : 0;
  const dy = stub.side === 'top' ? 16 : stub.side === 'bottom' ? -8 : 4;
  const anchor = stub.side === 'left' ? 'start' : stub.side === 'right' ? 'end' : 'middle';
  return (
    <g className="edge-stub">
      <circle cx={stub.x} cy={stub.y} r={4} />
      <text className="edge-stub-label" x={stub.x + dx} y={stub.y + dy} textAnchor={anchor}>{stub.name}</text>
    </g>
  );
}
