/**
 * "Gradients": at the end of the backward pass, every input and every named node with its value
 * and its gradient — the answers a hand calculation is checked against. Lazy-loaded: it appears
 * only at the last step.
 */
import { formatNumber, type Analysis } from '../core/index.ts';
import { Tex } from './Tex.tsx';

const TEXT = {
  caption: 'Gradients',
  name: 'Name',
  value: 'Value',
  gradient: (output: string) => `Gradient of ${output}`,
  input: 'input',
  none: '—',
};

/** Names are typeset for a lesson-sized table; past this many rows, as typed (KaTeX takes ≈ 1 ms a name). */
const TYPESET_ROWS = 200;

export default function GradientsTable({ analysis }: { analysis: Analysis }) {
  const { graph, trace } = analysis;
  // Inputs first, in the program's order, then the named gates in evaluation order.
  const rows = [
    ...graph.inputs,
    ...graph.nodes.filter((n) => n.name !== undefined && n.kind !== 'input').map((n) => n.id),
  ];
  const typeset = rows.length <= TYPESET_ROWS;
  return (
    <table className="gradients-table">
      <caption>{TEXT.caption}</caption>
      <thead>
        <tr><th scope="col">{TEXT.name}</th><th scope="col">{TEXT.value}</th><th scope="col">{TEXT.gradient(graph.outputName)}</th></tr>
      </thead>
      <tbody>
        {rows.map((id) => {
          const node = graph.nodes[id];
          return (
            <tr key={id} className={node.kind === 'input' ? 'is-input' : undefined}>
              <th scope="row">
                {/* The typeset name for the eye, the name as typed for a screen reader. */}
                <span aria-hidden="true">{typeset ? <Tex tex={node.label} fallback={node.text} /> : node.text}</span><span className="sr-only">{node.name}</span>
              </th>
              <td className="value">{formatNumber(trace.values[id])}</td>
              <td className="grad">{node.kind === 'const' ? TEXT.none : formatNumber(trace.grads[id])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
