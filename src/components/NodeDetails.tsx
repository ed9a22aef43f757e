/**
 * The node clicked in the graph: its value, its gradient and the formulas that produced them.
 */
import { expandableCalls, formatNumber, hasExpansion, type Analysis, type GraphNode } from '../core/index.ts';
import { useChainrule } from '../store/store.ts';
import { Tex } from './Tex.tsx';

const TEXT = {
  expand: 'Expand this gate',
  expandHint: 'Draw this gate as its elementary gates, in place',
  expandNote: 'One gate, one local gradient. Expanded, the chain’s steps multiply out to the same gradients.',
};

/** The position of a fused gate among the program's fused calls, if it can be expanded. */
function expandable(analysis: Analysis, node: GraphNode): number | undefined {
  if (node.kind !== 'gate' || !hasExpansion(node.op)) return undefined;
  const i = expandableCalls(analysis.program).findIndex((s) => s.start === node.span.start && s.end === node.span.end);
  return i < 0 ? undefined : i;
}

export function NodeDetails({ analysis }: { analysis: Analysis }) {
  const selected = useChainrule((s) => s.selected);
  const select = useChainrule((s) => s.select);
  const detail = useChainrule((s) => s.detail);
  const expandGate = useChainrule((s) => s.expandGate);
  const { graph, trace, schedule } = analysis;
  const node = selected === null ? undefined : graph.nodes[selected];
  if (!node) return null;
  const forward = schedule.steps[schedule.forwardStepOf[node.id]];
  const backward = schedule.steps[schedule.backwardStepOf[node.id]];
  return (
    <section className="node-details" aria-label="Selected node">
      <h2 className="panel-title">
        Selected <Tex tex={node.label} fallback={node.text} />
        <button type="button" className="link" onClick={() => select(null)} aria-label="Close selected node">×</button>
      </h2>
      <dl>
        <dt>value</dt><dd className="value">{formatNumber(trace.values[node.id])}</dd>
        <dt>gradient</dt><dd className="grad">{backward ? formatNumber(trace.grads[node.id]) : '—'}</dd>
      </dl>
      {forward?.kind === 'forward' && <Tex tex={forward.formula.tex} display fallback={forward.formula.text} />}
      {backward?.kind === 'backward' && <Tex tex={backward.upstream.tex} display fallback={backward.upstream.text} />}
      {node.kind === 'const' && <p className="muted">A constant: it has a value but no gradient is reported.</p>}
      {detail === 'gates' && expandable(analysis, node) !== undefined && (
        <p className="muted">
          {TEXT.expandNote}{' '}
          <button type="button" title={TEXT.expandHint} onClick={() => expandGate(expandable(analysis, node) as number)}>{TEXT.expand}</button>
        </p>
      )}
    </section>
  );
}
