/** Engine warnings in words: default inputs, NaN where a domain ends, nothing to backpropagate. */
import type { Analysis } from '../core/index.ts';

export function Warnings({ analysis, stale }: { analysis: Analysis; stale: boolean }) {
  if (stale || analysis.allWarnings.length === 0) return null;
  return (
    <ul className="warnings" aria-label="Warnings">
      {analysis.allWarnings.map((w, i) => (
        <li key={i} className={`warning warning-${w.kind}`}>
          {w.span ? `Line ${w.span.line}: ` : ''}{w.message}
        </li>
      ))}
    </ul>
  );
}
