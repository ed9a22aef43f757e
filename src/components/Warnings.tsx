/**
 * Engine warnings in words: default inputs, NaN where a domain ends, nothing to backpropagate.
 * Names used but never given a value are ONE warning, however many there are, grouped by line
 * (each line named once) with one button that declares them all in one undoable edit.
 */
import type { Analysis, Warning } from '../core/index.ts';
import type { Catalog } from '../i18n/index.ts';
import { useChainrule } from '../store/store.ts';
import { engineText } from './engineText.tsx';
import { useT } from './useT.ts';

export function Warnings({ analysis, stale }: { analysis: Analysis; stale: boolean }) {
  const t = useT();
  const TEXT = t.warnings;
  const declareAll = useChainrule((s) => s.declareAll);
  if (stale || analysis.allWarnings.length === 0) return null;
  const undeclared = analysis.allWarnings.filter((w) => w.kind === 'default-input');
  const others = analysis.allWarnings.filter((w) => w.kind !== 'default-input');
  const inputs = undeclared.flatMap((w) => (w.nodeId === undefined ? [] : [undeclaredInput(analysis, w.nodeId)]));
  return (
    <ul className="warnings" aria-label={TEXT.title}>
      {undeclared.length > 0 && (
        <li className="warning warning-default-input">
          {byLine(analysis, undeclared, TEXT)} {TEXT.undeclared(undeclared.length)}{' '}
          <button type="button" className="declare declare-all" title={TEXT.declareTitle} onClick={() => declareAll(inputs)}>
            {inputs.length === 1 ? TEXT.declareOne(inputs[0].name) : TEXT.declareAll}
          </button>
        </li>
      )}
      {others.map((w, i) => (
        <li key={i} className={`warning warning-${w.kind}`}>
          {/* A non-finite warning already says where, with the column. */}
          {w.span && w.kind !== 'non-finite' ? `${TEXT.line(w.span.line)}: ` : ''}{engineText(t, w)}
        </li>
      ))}
    </ul>
  );
}

/** "Line 1: a, b; Line 3: c" — the names in order of first use, each line once. */
function byLine(analysis: Analysis, warnings: readonly Warning[], TEXT: Catalog['warnings']): string {
  const lines = new Map<number, string[]>();
  for (const w of warnings) {
    const name = (w.nodeId === undefined ? undefined : analysis.graph.nodes[w.nodeId].name) ?? '?';
    const line = w.span?.line ?? 0;
    lines.set(line, [...(lines.get(line) ?? []), name]);
  }
  return [...lines].map(([line, names]) => (line ? `${TEXT.line(line)}: ${names.join(', ')}` : names.join(', '))).join('; ');
}

function undeclaredInput(analysis: Analysis, nodeId: number): { name: string; value: number } {
  const { graph, inputValues } = analysis;
  const node = graph.nodes[nodeId];
  const index = graph.inputs.indexOf(nodeId);
  return { name: node.name ?? '', value: index >= 0 ? inputValues[index] : 1 };
}
