/**
 * The computational graph: React renders every node, edge and label as SVG; D3 supplies the
 * edge paths (d3-shape) and zoom/pan (d3-zoom, attached once). Layout comes from src/layout,
 * cached by graph shape, so stepping or editing a value never lays the graph out again.
 * Forward values sit above each edge, gradients below it, with a ∂ prefix, bolder and in
 * another colour, so the two read apart on a projector and without colour.
 */
import { useMemo } from 'react';
import { formatNumber, type Analysis } from '../core/index.ts';
import { layoutGraph, placeLabels, type Layout } from '../layout/index.ts';
import { useChainrule } from '../store/store.ts';
import { ArrowMarker, EdgeMark, NodeMark, OutputStub } from './GraphMarks.tsx';
import { stepView } from './graphState.ts';
import { GATE_RADIUS, nodeSize } from './nodeShape.ts';
import { MARGIN, useGraphZoom } from './useGraphZoom.ts';

/** Room between columns for a label like "∂ -0.19661" at 14 px; one object so the layout cache hits. */
const LAYOUT_OPTIONS = { layerGap: 100, nodeGap: 60 };

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
  const labelAnchors = useMemo(() => edgeLabelAnchors(analysis, layout), [analysis, layout]);
  const { svgRef, transform, fit } = useGraphZoom(layout, focus);
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
      <svg ref={svgRef} role="img" aria-label="Computational graph" className="graph-svg" tabIndex={0}>
        <g transform={transform.toString()}>
          <g transform={`translate(${MARGIN},${MARGIN})`}>
            <ArrowMarker />
            <g className="edges">
              {graph.edges.map((edge) => (
                <EdgeMark
                  key={edge.id} analysis={analysis} id={edge.id} geometry={layout.edges[edge.id]} at={labelAnchors[edge.id]}
                  valueOn={view.valueShown(edge.from)}
                  gradOn={view.gradShown(edge.id)}
                  active={view.current === edge.to || view.current === edge.from}
                />
              ))}
            </g>
            <OutputStub
              analysis={analysis} at={layout.nodes[graph.output]}
              valueOn={view.valueShown(graph.output)} gradOn={view.nodeGradShown(graph.output)}
            />
            {graph.nodes.map((node) => (
              <NodeMark
                key={node.id} analysis={analysis} id={node.id} at={layout.nodes[node.id]}
                state={view.nodeState(node.id)}
                showSum={view.sumShown(node.id)}
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

/** Label blocks sized by their longest text (14 px labels), clear of the nodes and each other. */
function edgeLabelAnchors(analysis: Analysis, layout: Layout) {
  const { graph, trace } = analysis;
  const charWidth = 8.4;
  const sizes = graph.edges.map((e) => {
    const value = formatNumber(trace.values[e.from]).length;
    const grad = 2 + formatNumber(trace.contributions[e.id]).length;
    // Widths in steps of 4 characters, so a slider nudging a digit rarely moves a label.
    return { width: Math.ceil(Math.max(value, grad) / 4) * 4 * charWidth + 6, above: 20, below: 23 };
  });
  const boxes = graph.nodes.map((node) => {
    const { x, y } = layout.nodes[node.id];
    const { width, height } = nodeSize(node);
    // A named gate's name sits above its circle.
    const top = node.kind === 'gate' && node.name ? y - GATE_RADIUS - 22 : y - height / 2;
    return { left: x - width / 2, right: x + width / 2, top, bottom: y + height / 2 };
  });
  return placeLabels(layout.edges, sizes, boxes);
}
