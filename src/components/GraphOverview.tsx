/**
 * The overview: the whole network in a small map beside the graph, the visible part outlined and
 * the current node marked; a click pans the view there. Shown when "Fit to screen" cannot show
 * the whole graph at a readable size; loaded only then.
 */
import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import type { Layout } from '../layout/index.ts';
import type { Frame } from '../view/framing.ts';
import { drawingBox, MARGIN, type ViewListener } from './useGraphZoom.ts';
import { useT } from './useT.ts';

interface Props {
  layout: Layout;
  current: number | null;
  watchView(listener: ViewListener): () => void;
  panTo(p: { x: number; y: number }): void;
  onClose(): void;
}

/** A node's mark on the map, in drawing units: big enough to see at any map scale. */
const DOT = 10;

export default function GraphOverview({ layout, current, watchView, panTo, onClose }: Props) {
  const TEXT = useT().graph;
  const { width, height } = drawingBox(layout);
  const [seen, setSeen] = useState<{ t: Frame; width: number; height: number } | null>(null);
  useEffect(() => watchView((t, size) => setSeen({ t: { x: t.x, y: t.y, k: t.k }, ...size })), [watchView]);
  // One path for all edges and one for all nodes: the map of a big graph is two elements, not thousands.
  const paths = useMemo(() => ({
    edges: layout.edges.map((e) => {
      const a = e.points[0];
      const b = e.points[e.points.length - 1];
      return a && b ? `M${(a.x + MARGIN).toFixed(0)},${(a.y + MARGIN).toFixed(0)}L${(b.x + MARGIN).toFixed(0)},${(b.y + MARGIN).toFixed(0)}` : '';
    }).join(''),
    nodes: layout.nodes.map((p) => `M${(p.x + MARGIN - DOT / 2).toFixed(0)},${(p.y + MARGIN - DOT / 2).toFixed(0)}h${DOT}v${DOT}h${-DOT}z`).join(''),
  }), [layout]);
  const here = current === null ? null : layout.nodes[current];
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const ctm = e.currentTarget.getScreenCTM();
    if (!ctm) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    panTo({ x: p.x, y: p.y });
  };
  const outline = seen && seen.width > 0 && { x: -seen.t.x / seen.t.k, y: -seen.t.y / seen.t.k, w: seen.width / seen.t.k, h: seen.height / seen.t.k };
  return (
    <aside className="graph-overview" aria-label={TEXT.overview}>
      <div className="graph-overview-head">
        <span>{TEXT.overview}</span>
        <button type="button" onClick={onClose}>{TEXT.closeOverview}</button>
      </div>
      <svg
        className="graph-overview-map" role="img" aria-label={TEXT.overviewMap} viewBox={`0 0 ${width} ${height}`} onClick={onClick}
      >
        <title>{TEXT.overviewHint}</title>
        <path className="overview-edges" d={paths.edges} />
        <path className="overview-nodes" d={paths.nodes} />
        {outline && <rect className="overview-visible" x={outline.x} y={outline.y} width={outline.w} height={outline.h} vectorEffect="non-scaling-stroke" />}
        {here && <circle className="overview-current" cx={here.x + MARGIN} cy={here.y + MARGIN} r={Math.max(DOT, Math.max(width, height) / 40)} />}
      </svg>
    </aside>
  );
}
