/**
 * The legend's entries: values above an edge, ∂ gradients below it, the node shapes and the
 * highlights, each beside a sample drawn with the graph's own CSS classes, so it always matches
 * the picture (and the dark theme). Loaded when the legend is first opened.
 */
import type { ReactNode } from 'react';
import { useT } from './useT.ts';

export default function LegendItems() {
  const TEXT = useT().legend;
  return (
    <dl>
      <Item sample={<><line x1="2" x2="38" y1="15" y2="15" className="legend-edge" /><text x="20" y="11" className="edge-value on" textAnchor="middle">3</text></>}>{TEXT.value}</Item>
      <Item sample={<><line x1="2" x2="38" y1="5" y2="5" className="legend-edge" /><text x="20" y="19" className="edge-grad on" textAnchor="middle">∂ 2</text></>}>{TEXT.grad}</Item>
      <Item sample={<text x="20" y="15" className="fanout-sum" textAnchor="middle">Σ∂ 5</text>}>{TEXT.sum}</Item>
      <Item sample={<g className="node node-input reached"><rect x="8" y="3" width="24" height="16" rx="5" /></g>}>{TEXT.input}</Item>
      <Item sample={<g className="node node-const reached"><rect x="8" y="3" width="24" height="16" rx="3" /></g>}>{TEXT.constant}</Item>
      <Item sample={<g className="node node-gate reached"><circle cx="20" cy="11" r="8" /></g>}>{TEXT.gate}</Item>
      <Item sample={<g className="node node-gate current"><circle cx="20" cy="11" r="8" /></g>}>{TEXT.current}</Item>
      <Item sample={<g className="node node-gate pending"><circle cx="20" cy="11" r="8" /></g>}>{TEXT.pending}</Item>
      <Item sample={<g className="node node-gate selected"><circle cx="20" cy="11" r="8" /></g>}>{TEXT.selected}</Item>
    </dl>
  );
}

function Item({ sample, children }: { sample: ReactNode; children: string }) {
  return (
    <div className="legend-item">
      <dt><svg width="40" height="22" viewBox="0 0 40 22" aria-hidden="true" focusable="false">{sample}</svg></dt>
      <dd>{children}</dd>
    </div>
  );
}
