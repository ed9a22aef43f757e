/**
 * The pieces of the graph drawing, each memoised on plain props: a step changes a few
 * booleans, so only the nodes and edges whose state changed re-render, even on big graphs.
 * Values sit above an edge, gradients below it with a ∂, bolder and red.
 */
import { curveMonotoneX, line } from 'd3-shape';
import { memo } from 'react';
import { formatNumber, type Analysis } from '../core/index.ts';
import type { EdgeLayout, Point } from '../layout/index.ts';
import type { NodeState } from './graphState.ts';
import { GATE_RADIUS, gateSymbol, nodeSize } from './nodeShape.ts';
import { OUTPUT_STUB } from './useGraphZoom.ts';

const edgePath = line<Point>().x((p) => p.x).y((p) => p.y).curve(curveMonotoneX);

export function ArrowMarker() {
  return (
    <defs>
      <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
        <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head" />
      </marker>
    </defs>
  );
}

interface EdgeProps { analysis: Analysis; id: number; geometry: EdgeLayout; at: Point; valueOn: boolean; gradOn: boolean; active: boolean }

/** `at` is where the labels go (src/layout/labels.ts): the value above it, the gradient below. */
export const EdgeMark = memo(function EdgeMark({ analysis, id, geometry, at, valueOn, gradOn, active }: EdgeProps) {
  const { graph, trace } = analysis;
  const edge = graph.edges[id];
  return (
    <g className={`edge${active ? ' active' : ''}`}>
      <path d={edgePath(geometry.points as Point[]) ?? ''} markerEnd="url(#arrow)" />
      <text className={`edge-value${valueOn ? ' on' : ''}`} x={at.x} y={at.y - 7} textAnchor="middle">
        {valueOn ? formatNumber(trace.values[edge.from]) : ''}
      </text>
      <text className={`edge-grad${gradOn ? ' on' : ''}`} x={at.x} y={at.y + 17} textAnchor="middle">
        {gradOn ? `∂ ${formatNumber(trace.contributions[id])}` : ''}
      </text>
    </g>
  );
});

/** A short edge leaving the output: its value above, ∂f/∂f = 1 below once the backward pass starts. */
export const OutputStub = memo(function OutputStub({ analysis, at, valueOn, gradOn }: { analysis: Analysis; at: Point; valueOn: boolean; gradOn: boolean }) {
  const { graph, trace } = analysis;
  const x0 = at.x + nodeSize(graph.nodes[graph.output]).width / 2;
  const x1 = x0 + OUTPUT_STUB - 20;
  return (
    <g className="edge output-stub">
      <path d={`M${x0},${at.y} L${x1},${at.y}`} markerEnd="url(#arrow)" />
      <text className={`edge-value${valueOn ? ' on' : ''}`} x={(x0 + x1) / 2} y={at.y - 7} textAnchor="middle">
        {valueOn ? formatNumber(trace.values[graph.output]) : ''}
      </text>
      <text className={`edge-grad${gradOn ? ' on' : ''}`} x={(x0 + x1) / 2} y={at.y + 17} textAnchor="middle">
        {gradOn ? `∂ ${formatNumber(trace.grads[graph.output])}` : ''}
      </text>
    </g>
  );
});

interface NodeProps {
  analysis: Analysis;
  id: number;
  at: Point;
  state: NodeState;
  /** At a fan-out, once the node's step is reached: the sum of the terms its uses sent back. */
  showSum: boolean;
  selected: boolean;
  hovered: boolean;
  onSelect: (id: number | null) => void;
  onHover: (id: number | null) => void;
}

export const NodeMark = memo(function NodeMark({ analysis, id, at, state, showSum, selected, hovered, onSelect, onHover }: NodeProps) {
  const { graph, trace } = analysis;
  const node = graph.nodes[id];
  const size = nodeSize(node);
  const symbol = gateSymbol(node);
  const cls = `node node-${node.kind} ${state}${selected ? ' selected' : ''}${hovered ? ' hovered' : ''}`;
  return (
    <g
      className={cls} transform={`translate(${at.x},${at.y})`}
      onClick={(e) => { e.stopPropagation(); onSelect(selected ? null : id); }}
      onMouseEnter={() => onHover(id)} onMouseLeave={() => onHover(null)}
    >
      <title>{`${node.text}: value ${formatNumber(trace.values[id])}, gradient ${formatNumber(trace.grads[id])}`}</title>
      {node.kind === 'gate' ? (
        <>
          <circle r={GATE_RADIUS} />
          <text className={`gate-symbol${symbol.length > 2 ? ' long' : ''}`} textAnchor="middle" dy="0.35em">{symbol}</text>
          {node.name && <text className="node-name" textAnchor="middle" y={-GATE_RADIUS - 7}>{node.name}</text>}
        </>
      ) : (
        <>
          <rect x={-size.width / 2} y={-size.height / 2} width={size.width} height={size.height} rx={node.kind === 'input' ? 7 : 4} />
          <text className="node-label" textAnchor="middle" dy="0.35em">{node.text}</text>
        </>
      )}
      {showSum && <text className="fanout-sum" textAnchor="middle" y={size.height / 2 + 18}>{`Σ∂ ${formatNumber(trace.grads[id])}`}</text>}
    </g>
  );
});
