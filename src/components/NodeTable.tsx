/**
 * The graph as a table, one row per node, for screen readers and for anyone who prefers rows
 * to a picture: what it computes, its value once computed and its gradient as soon as the graph
 * shows it on an edge (tableGradient.ts) — the drawing's rule, so the two never disagree.
 * In forward mode the last column is each node's tangent ∂v/∂x once the sweep has reached it (in
 * Layers too: the grid's cells then hold the same tangents). Lazy-loaded: it renders only when
 * the "Table view" toggle is on.
 */
import { formatNumber, type Analysis } from '../core/index.ts';
import { useChainrule } from '../store/store.ts';
import { forwardSweep } from '../view/forwardSweep.ts';
import { stepView } from '../view/graphState.ts';
import type { ForwardSchedule } from '../core/steps/forwardMode.ts';
import { tableGradient } from '../view/tableGradient.ts';
import { useT } from './useT.ts';

export default function NodeTable({ analysis, step }: { analysis: Analysis; step: number }) {
  const TEXT = useT().nodeTable;
  const { graph, trace, schedule } = analysis;
  const mode = useChainrule((s) => s.mode);
  const wrt = useChainrule((s) => s.wrt);
  const sweep = mode === 'forward' ? forwardSweep(analysis, wrt) : null;
  if (sweep) return <TangentTable analysis={analysis} step={step} sweep={sweep} />;
  const view = stepView(analysis, step);
  return (
    <table className="node-table">
      <caption>{TEXT.caption(step + 1, schedule.steps.length)}</caption>
      <thead>
        <tr><th scope="col">{TEXT.node}</th><th scope="col">{TEXT.kind}</th><th scope="col">{TEXT.value}</th><th scope="col">{TEXT.gradient}</th></tr>
      </thead>
      <tbody>
        {graph.nodes.map((node) => {
          const grad = tableGradient(analysis, view, node.id);
          const gradText = node.kind === 'const' ? '—'
            : grad.kind === 'final' ? formatNumber(grad.value)
              : grad.kind === 'partial' ? TEXT.partial(formatNumber(grad.value), grad.terms, grad.of) : TEXT.notReached;
          return (
            <tr key={node.id} className={view.current === node.id ? 'current' : undefined}>
              <th scope="row">
                {view.current === node.id ? TEXT.current(node.name ?? node.text) : node.name ?? node.text}
              </th>
              <td>{node.kind === 'gate' ? TEXT.gate(node.op) : TEXT[node.kind]}</td>
              <td className="value">{view.valueShown(node.id) ? formatNumber(trace.values[node.id]) : TEXT.notComputed}</td>
              <td className="grad">{gradText}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Forward mode's table: values and tangents ∂v/∂x as far as the sweep has gone (`step` is the sweep's). */
function TangentTable({ analysis, step, sweep }: { analysis: Analysis; step: number; sweep: ForwardSchedule }) {
  const TEXT = useT().nodeTable;
  const { graph, trace } = analysis;
  const current = sweep.steps[step]?.node;
  const reached = (id: number) => step >= 0 && (graph.nodes[id].kind === 'input' || (sweep.stepOf[id] >= 0 && sweep.stepOf[id] <= step));
  return (
    <table className="node-table">
      <caption>{TEXT.caption(step + 1, sweep.steps.length)}</caption>
      <thead>
        <tr><th scope="col">{TEXT.node}</th><th scope="col">{TEXT.kind}</th><th scope="col">{TEXT.value}</th><th scope="col">{TEXT.tangent(graph.nodes[sweep.wrt].text)}</th></tr>
      </thead>
      <tbody>
        {graph.nodes.map((node) => (
          <tr key={node.id} className={current === node.id ? 'current' : undefined}>
            <th scope="row">{current === node.id ? TEXT.current(node.name ?? node.text) : node.name ?? node.text}</th>
            <td>{node.kind === 'gate' ? TEXT.gate(node.op) : TEXT[node.kind]}</td>
            <td className="value">{reached(node.id) || node.kind === 'const' ? formatNumber(trace.values[node.id]) : TEXT.notComputed}</td>
            <td className="tangent">{node.kind === 'const' ? '—' : reached(node.id) ? formatNumber(sweep.tangents[node.id]) : TEXT.notComputed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
