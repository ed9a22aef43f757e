/**
 * The computational graph: React renders every node, edge and label as SVG; D3 supplies the
 * edge paths (d3-shape) and zoom/pan (d3-zoom, attached once). Layout comes from src/layout,
 * cached by graph shape, so stepping or editing a value never lays the graph out again.
 * Forward values sit above each edge, gradients below it, with a ∂ prefix, bolder and in
 * another colour, so the two read apart on a projector and without colour.
 */
import { useMemo } from 'react';
import type { Analysis } from '../core/index.ts';
import { layoutGraph } from '../layout/index.ts';
import { useChainrule } from '../store/store.ts';
import { ArrowMarker, EdgeMark, NodeMark, OutputStub } from './GraphMarks.tsx';
import { stepView, type StepView } from './graphState.ts';
import { labelledLayout } from './labelGeometry.ts';
import { nodeSize } from './nodeShape.ts';
import { MARGIN, useGraphZoom } from './useGraphZoom.ts';

/** Room between columns for a label like "∂ -0.19661" at 14 px; one object so the layout cache hits. */
const LAYOUT_OPTIONS = { layerGap: 100, nodeGap: 60 };

interface Props {
  analysis: Analysis;
  step: number;
  stale: boolean;
  /** Forward mode or practice: another view of the step, tangent labels, numbers kept out of tooltips. */
  overlay?: GraphOverlay;
}

export interface GraphOverlay {
  readonly view: StepView;
  /** The label below an edge leaving `node` (forward mode's tangent) instead of its gradient. */
  readonly gradText?: (node: number) => string;
  /** Practice: tooltips name nodes without their numbers. */
  readonly quiet?: boolean;
}

export function GraphView({ analysis, step, stale, overlay }: Props) {
  const { graph } = analysis;
  const base = useMemo(() => layoutGraph(graph, nodeSize, LAYOUT_OPTIONS), [graph]);
  // The base layout widened where labels need room, and every label's place (labelGeometry.ts).
  const { layout, anchors: labelAnchors } = useMemo(() => labelledLayout(analysis, base), [analysis, base]);
  const reverseView = useMemo(() => stepView(analysis, step), [analysis, step]);
  const view = overlay?.view ?? reverseView;
  const gradText = overlay?.gradText;
  const focus = view.current === null ? null : layout.nodes[view.current];
  const { svgRef, transform, fit } = useGraphZoom(layout, focus, graph.layoutKey);
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
                  gradText={gradText && view.gradShown(edge.id) ? gradText(edge.from) : undefined}
                  active={view.current === edge.to || view.current === edge.from}
                />
              ))}
            </g>
            <OutputStub
              analysis={analysis} at={layout.nodes[graph.output]}
              valueOn={view.valueShown(graph.output)} gradOn={view.nodeGradShown(graph.output)}
              gradText={gradText && view.nodeGradShown(graph.output) ? gradText(graph.output) : undefined}
            />
            {graph.nodes.map((node) => (
              <NodeMark
                key={node.id} analysis={analysis} id={node.id} at={layout.nodes[node.id]}
                state={view.nodeState(node.id)}
                valueOn={view.valueShown(node.id)} gradOn={view.nodeGradShown(node.id)}
                showSum={view.sumShown(node.id)} quiet={overlay?.quiet}
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
