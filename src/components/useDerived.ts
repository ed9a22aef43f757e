/**
 * What the app draws for the stored text: its analysis when it has one; while a big text is
 * still being analysed (src/store/derive.ts), the analysis drawn just before, so nothing blinks;
 * and while the text has an error, the last finished program, marked stale.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { Analysis, Detail, ProgramError } from '../core/index.ts';
import { analysesLanded, derive, subscribeAnalyses } from '../store/derive.ts';

export interface Shown {
  readonly analysis: Analysis | null;
  /** The text's own error, if it has one. */
  readonly error: ProgramError | null;
  /** What is drawn is the last finished program, not the text (which has an error). */
  readonly stale: boolean;
  /** The text is still being analysed: what is drawn is the analysis before it. */
  readonly analysing: boolean;
}

export function useDerived(source: string, lastGoodSource: string, detail: Detail, expanded: readonly number[]): Shown {
  // Re-render when a staged analysis lands, as a transition: React renders the big new view in
  // slices between which a keystroke is handled, and only the commit is one piece.
  const [, setLanded] = useState(analysesLanded);
  useEffect(() => subscribeAnalyses(() => startTransition(() => setLanded(analysesLanded()))), []);
  const current = derive(source, detail, expanded);
  const last = useRef<{ readonly detail: Detail; readonly expanded: readonly number[]; readonly analysis: Analysis } | null>(null);
  if (current.ok) {
    last.current = { detail, expanded, analysis: current.analysis };
    return { analysis: current.analysis, error: null, stale: false, analysing: false };
  }
  const kept = last.current;
  if (current.pending && kept && kept.detail === detail && kept.expanded === expanded) {
    return { analysis: kept.analysis, error: null, stale: false, analysing: true };
  }
  const fallback = derive(lastGoodSource, detail, expanded);
  return { analysis: fallback.ok ? fallback.analysis : null, error: current.error, stale: !current.pending, analysing: current.pending === true };
}
