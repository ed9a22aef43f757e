/**
 * The computational graph: React renders every node, edge and label as SVG; D3 supplies the
 * edge paths (d3-shape) and zoom/pan (d3-zoom, attached once). Layout comes from src/layout,
 * cached by graph shape, so stepping or editing a value never lays the graph out again.
 * Forward values sit above each edge, gradients below it, with a ∂ prefix, bolder and in
 * another colour, so the two read apart on a projector and without colour.
 */
import { line, curveMonotoneX, select, zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatNumber, type Analysis } from '../core/index.ts';
import { layoutGraph, type Layout } from '../layout/index.ts';
import { useChainrule } from '../store/store.ts';
import { stepView, type StepView } from './graphState.ts';
import { GATE_RADIUS, gateSymbol, nodeSize } from './nodeShape.ts';

const edgePath = line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y).curve(curveMonotoneX);
const MARGIN = 40;
/** Room between columns for a label like "∂ -0.19661" at 14 px; one object so the layout cache hits. */
const LAYOUT_OPTIONS = { layerGap: 100, nodeGap: 60 };
const OUTPUT_STUB = 90;

interface Props {
  analysis: Analysis;
  step: number;
  stale: boolean;
}

export function GraphView({ analysis, step, stale }: Props) {
  const { graph } = analysis;
  const layout = useMemo(() => layoutGraph(graph, nodeSize, LAYOUT_OPTIONS), [graph]);
  const view = useMemo(() => stepView(analysis, step), [analysis, step]);
  const focus = view.current === null ? null : layout.nodes[view.current];
  const { svgRef, transform, fit } = useZoom(layout, focus);
  const selected = useChainrule((s) => s.selected);
  const hovered = useChainrule((s) => s.hovered);
  const select_ = useChainrule((s) => s.select);
  const hover = useChainrule((s) => s.hover);

  return (
    <div className={`graph-view${stale ? ' stale' : ''}`}>
      <div className="graph-toolbar">
        <button type="button" onClick={fit}>Fit to screen</button>
        {stale && <span className="stale-note">Showing the last program that parsed — fix the error to update.</span>}
      </div>
      <svg ref={svgRef} role="img" aria-label="Computational graph" className="graph-svg">
        <g transform={transform.toString()}>
          <g transform={`translate(${MARGIN},${MARGIN})`}>
            <Edges analysis={analysis} layout={layout} view={view} />
            <OutputStub analysis={analysis} layout={layout} view={view} />
            {graph.nodes.map((node) => (
              <NodeMark
                key={node.id} analysis={analysis} id={node.id} layout={layout} view={view}
                selected={selected === node.id} hovered={hovered === node.id}
                onSelect={select_} onHover={hover}
              />
            ))}
          </g>
        </g>
      </svg>
    </div>
  );
}

/** Below this scale edge labels get too small to read, so the view follows the step instead. */
const READABLE_SCALE = 0.8;
const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

function useZoom(layout: Layout, focus: { x: number; y: number } | null) {
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const focusRef = useRef(focus);
  focusRef.current = focus;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = zoom<SVGSVGElement, unknown>().scaleExtent([0.05, 6]).on('zoom', (e) => setTransform(e.transform));
    zoomRef.current = behaviour;
    select(svg).call(behaviour).on('dblclick.zoom', null);
    return () => { select(svg).on('.zoom', null); };
  }, []);

  /** Whole graph in view; `readable` keeps labels legible and centres on the current node instead. */
  const place = useCallback((readable: boolean) => {
    const svg = svgRef.current;
    if (!svg || !zoomRef.current) return;
    const { width, height } = svg.getBoundingClientRect();
    if (width === 0 || height === 0) return;
    const w = layout.width + 2 * MARGIN + OUTPUT_STUB;
    const h = layout.height + 2 * MARGIN;
    // Never blow a small graph up past 2×: big enough for a projector, not cartoonish.
    const fitK = Math.min(width / w, height / h, 2);
    const k = readable ? Math.max(fitK, Math.min(READABLE_SCALE, 2)) : fitK;
    const f = focusRef.current;
    const cx = k === fitK || !f ? w / 2 : f.x + MARGIN;
    const cy = k === fitK || !f ? h / 2 : f.y + MARGIN;
    const t = clampToGraph(width / 2 - cx * k, height / 2 - cy * k, k, width, height, layout);
    select(svg).call(zoomRef.current.transform, t);
  }, [layout]);
  const fit = useCallback(() => place(false), [place]);

  // Re-place when the shape changes or the window does; never on a value edit or a step.
  useEffect(() => {
    place(true);
    const onResize = () => place(true);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [place]);

  // Follow the step: when the current node leaves the view, pan (not zoom) to bring it back.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !zoomRef.current || !focus) return;
    const { width, height } = svg.getBoundingClientRect();
    const t = zoomTransform(svg);
    const [sx, sy] = t.apply([focus.x + MARGIN, focus.y + MARGIN]);
    const pad = 60;
    if (sx >= pad && sx <= width - pad && sy >= pad && sy <= height - pad) return;
    const next = clampToGraph(width / 2 - (focus.x + MARGIN) * t.k, height / 2 - (focus.y + MARGIN) * t.k, t.k, width, height, layout);
    select(svg).transition().duration(reducedMotion() ? 0 : 350).call(zoomRef.current.transform, next);
  }, [focus, layout]);
  return { svgRef, transform, fit };
}

/** Centres an axis the graph fits on; otherwise keeps the view inside the graph, no empty margin. */
function clampToGraph(tx: number, ty: number, k: number, width: number, height: number, layout: Layout): ZoomTransform {
  const clamp = (t: number, view: number, extent: number) =>
    extent * k <= view ? (view - extent * k) / 2 : Math.min(0, Math.max(view - extent * k, t));
  const x = clamp(tx, width, layout.width + 2 * MARGIN + OUTPUT_STUB);
  const y = clamp(ty, height, layout.height + 2 * MARGIN);
  return zoomIdentity.translate(x, y).scale(k);
}

interface PartProps { analysis: Analysis; layout: Layout; view: StepView }

const Edges = memo(function Edges({ analysis, layout, view }: PartProps) {
  const { graph, trace } = analysis;
  const dep = useMemo(() => new Set(analysis.schedule.steps.filter((s) => s.kind === 'backward').map((s) => s.node)), [analysis]);
  return (
    <g className="edges">
      {graph.edges.map((edge) => {
        const geo = layout.edges[edge.id];
        const valueOn = view.valueShown(edge.from);
        const gradOn = dep.has(edge.from) && view.gradShown(edge.id);
        const active = view.current === edge.to || view.current === edge.from;
        return (
          <g key={edge.id} className={`edge${active ? ' active' : ''}`}>
            <path d={edgePath(geo.points as { x: number; y: number }[]) ?? ''} markerEnd="url(#arrow)" />
            <text className={`edge-value${valueOn ? ' on' : ''}`} x={geo.label.x} y={geo.label.y - 7} textAnchor="middle">
              {valueOn ? formatNumber(trace.values[edge.from]) : ''}
            </text>
            <text className={`edge-grad${gradOn ? ' on' : ''}`} x={geo.label.x} y={geo.label.y + 17} textAnchor="middle">
              {gradOn ? `∂ ${formatNumber(trace.contributions[edge.id])}` : ''}
            </text>
          </g>
        );
      })}
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head" />
        </marker>
      </defs>
    </g>
  );
});

/** A short edge leaving the output: its value above, ∂f/∂f = 1 below once the backward pass starts. */
function OutputStub({ analysis, layout, view }: PartProps) {
  const { graph, trace } = analysis;
  const p = layout.nodes[graph.output];
  const half = nodeSize(graph.nodes[graph.output]).width / 2;
  const x0 = p.x + half;
  const x1 = x0 + OUTPUT_STUB - 20;
  const valueOn = view.valueShown(graph.output);
  const gradOn = view.nodeGradShown(graph.output);
  return (
    <g className="edge output-stub">
      <path d={`M${x0},${p.y} L${x1},${p.y}`} markerEnd="url(#arrow)" />
      <text className={`edge-value${valueOn ? ' on' : ''}`} x={(x0 + x1) / 2} y={p.y - 7} textAnchor="middle">
        {valueOn ? formatNumber(trace.values[graph.output]) : ''}
      </text>
      <text className={`edge-grad${gradOn ? ' on' : ''}`} x={(x0 + x1) / 2} y={p.y + 17} textAnchor="middle">
        {gradOn ? `∂ ${formatNumber(trace.grads[graph.output])}` : ''}
      </text>
    </g>
  );
}

interface NodeProps extends PartProps {
  id: number;
  selected: boolean;
  hovered: boolean;
  onSelect: (id: number | null) => void;
  onHover: (id: number | null) => void;
}

function NodeMark({ analysis, id, layout, view, selected, hovered, onSelect, onHover }: NodeProps) {
  const { graph, trace } = analysis;
  const node = graph.nodes[id];
  const { x, y } = layout.nodes[id];
  const state = view.nodeState(id);
  const live = graph.outEdges[id].filter((e) => analysis.schedule.backwardStepOf[graph.edges[e].to] >= 0);
  const fanOutSum = live.length > 1 && view.nodeGradShown(id);
  const cls = `node node-${node.kind} ${state}${selected ? ' selected' : ''}${hovered ? ' hovered' : ''}`;
  const size = nodeSize(node);
  const shape = node.kind === 'gate'
    ? (
      <>
        <circle r={GATE_RADIUS} />
        <text className={`gate-symbol${gateSymbol(node).length > 2 ? ' long' : ''}`} textAnchor="middle" dy="0.35em">{gateSymbol(node)}</text>
        {node.name && <text className="node-name" textAnchor="middle" y={-GATE_RADIUS - 7}>{node.name}</text>}
      </>
    )
    : (
      <>
        <rect x={-size.width / 2} y={-size.height / 2} width={size.width} height={size.height} rx={node.kind === 'input' ? 7 : 4} />
        <text className="node-label" textAnchor="middle" dy="0.35em">{node.text}</text>
      </>
    );
  return (
    <g
      className={cls} transform={`translate(${x},${y})`}
      onClick={(e) => { e.stopPropagation(); onSelect(selected ? null : id); }}
      onMouseEnter={() => onHover(id)} onMouseLeave={() => onHover(null)}
    >
      <title>{`${node.text}: value ${formatNumber(trace.values[id])}, gradient ${formatNumber(trace.grads[id])}`}</title>
      {shape}
      {fanOutSum && (
        <text className="fanout-sum" textAnchor="middle" y={size.height / 2 + 18}>{`Σ∂ ${formatNumber(trace.grads[id])}`}</text>
      )}
    </g>
  );
}
