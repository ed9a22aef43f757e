/**
 * "Gradients": at the end of the backward pass, every input and every named node with its value
 * and its gradient — the answers a hand calculation is checked against. Lazy-loaded: it appears
 * only at the last step.
 */
import { formatNumber, type Analysis } from '../core/index.ts';
import { useState } from 'react';
import { Tex } from './Tex.tsx';
import { useT } from './useT.ts';

/**
 * A lesson-sized table is shown whole, its names typeset. A big program's (thousands of names)
 * shows this many rows at a time, names as typed, with a field to find one: a table of 5,000
 * rows took about a second to lay out, and KaTeX takes about 1 ms a name.
 */
const SHOWN_ROWS = 200;

export default function GradientsTable({ analysis }: { analysis: Analysis }) {
  const TEXT = useT().gradients;
  const { graph, trace } = analysis;
  // Inputs first, in the program's order, then the named gates in evaluation order.
  const rows = [
    ...graph.inputs,
    ...graph.nodes.filter((n) => n.name !== undefined && n.kind !== 'input').map((n) => n.id),
  ];
  const big = rows.length > SHOWN_ROWS;
  const t = useT().bigGraph;
  const [query, setQuery] = useState('');
  const found = big && query.trim() !== '' ? rows.filter((id) => (graph.nodes[id].name ?? graph.nodes[id].text).includes(query.trim())) : rows;
  const shown = big ? found.slice(0, SHOWN_ROWS) : rows;
  return (
    <>
    {big && (
      <div className="gradients-find">
        <label>{t.findName} <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} spellCheck={false} /></label>
        <p className="muted" role="status">{t.rowsShown(shown.length, found.length)}</p>
      </div>
    )}
    <table className="gradients-table">
      <caption>{TEXT.caption}</caption>
      <thead>
        <tr><th scope="col">{TEXT.name}</th><th scope="col">{TEXT.value}</th><th scope="col">{TEXT.gradient(graph.outputName)}</th></tr>
      </thead>
      <tbody>
        {shown.map((id) => {
          const node = graph.nodes[id];
          return (
            <tr key={id} className={node.kind === 'input' ? 'is-input' : undefined}>
              <th scope="row">
                {/* The typeset name for the eye, the name as typed for a screen reader. */}
                <span aria-hidden="true">{big ? node.text : <Tex tex={node.label} fallback={node.text} />}</span><span className="sr-only">{node.name}</span>
              </th>
              <td className="value">{formatNumber(trace.values[id])}</td>
              <td className="grad">{node.kind === 'const' ? '—' : formatNumber(trace.grads[id])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </>
  );
}
