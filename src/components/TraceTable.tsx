/**
 * The trace as a table (lazy-loaded), the textbook picture of automatic differentiation
 * (Baydin et al.'s survey): one row per input and intermediate, its primal value, and its
 * tangent (forward mode) or adjoint (reverse mode). Rows and cells appear only once the steps
 * reach them — no spoilers — and choosing a row selects its node in the graph.
 */
import type { Analysis } from '../core/index.ts';
import { formatNumber } from '../core/index.ts';
import type { ForwardSchedule } from '../core/steps/forwardMode.ts';
import { expressionHint } from '../core/tex/practiceTex.ts';
import type { Mode } from '../view/forwardSweep.ts';
import { useChainrule } from '../store/store.ts';
import './traceTable.css';
import { usePanelT } from './usePanelT.ts';


interface Props {
  analysis: Analysis;
  mode: Mode;
  sweep: ForwardSchedule | null;
  /** The last step whose numbers may show (practice hides the current one until answered). */
  shownThrough: number;
}

export function TraceTable({ analysis, mode, sweep, shownThrough }: Props) {
  const TEXT = usePanelT().traceTable;
  const selected = useChainrule((s) => s.selected);
  const select = useChainrule((s) => s.select);
  // In the Statements view (and Layers of a program with no vector) a node is a whole line, not one op-table gate.
  const opTable = analysis.trace.rules.kind !== 'lines';
  const { graph, trace, schedule } = analysis;
  const forward = mode === 'forward' && sweep !== null;
  const inBackward = shownThrough >= schedule.forwardCount;
  const rows = graph.nodes.filter((n) => {
    if (n.kind === 'const') return false;
    if (forward) return shownThrough >= 0 && (n.kind === 'input' || sweep.stepOf[n.id] <= shownThrough);
    return n.kind === 'input' || inBackward || (schedule.forwardStepOf[n.id] >= 0 && schedule.forwardStepOf[n.id] <= shownThrough);
  });
  const secondColumn = (id: number) => {
    if (forward) return formatNumber(sweep.tangents[id]);
    const at = schedule.backwardStepOf[id];
    return at >= 0 && at <= shownThrough ? formatNumber(trace.grads[id]) : '';
  };
  return (
    <table className="trace-table" aria-label={TEXT.table}>
      <thead>
        <tr>
          <th scope="col">{TEXT.node}</th>
          <th scope="col">{TEXT.expression}</th>
          <th scope="col">{TEXT.value}</th>
          <th scope="col">{forward ? TEXT.tangent(graph.nodes[sweep.wrt].text) : TEXT.adjoint(graph.outputName)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((n) => (
          <tr key={n.id} className={selected === n.id ? 'selected' : undefined} aria-current={selected === n.id ? 'true' : undefined}>
            <th scope="row">
              <button type="button" className="link" title={TEXT.select(n.text)} onClick={() => select(selected === n.id ? null : n.id)}>{n.text}</button>
            </th>
            <td>{n.kind !== 'gate' ? TEXT.input : opTable ? expressionHint(n, graph.nodes).text.slice(n.text.length + 3) : TEXT.line}</td>
            <td className="value">{formatNumber(trace.values[n.id])}</td>
            <td className={forward ? 'tangent' : 'grad'}>{secondColumn(n.id)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
