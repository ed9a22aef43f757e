/**
 * What the lesson's mode and practice switches make of the current step: how many steps the
 * timeline has, the graph's view of the step (forward mode's tangents, practice's hidden
 * numbers), and the questions the step asks. Derived from the store and the analysis only.
 */
import { useMemo } from 'react';
import type { Analysis } from '../core/index.ts';
import { questionCount } from '../core/course/questionCount.ts';
import type { ForwardSchedule } from '../core/steps/forwardMode.ts';
import { forwardSweep, modeStepCount, wrtName, type Mode } from '../store/forward.ts';
import { useChainrule } from '../store/store.ts';
import type { GraphOverlay } from './GraphView.tsx';
import { concealCurrent, forwardViewAt, reverseViewAt, tangentLabel } from '../view/modeView.ts';

export interface LessonView {
  readonly mode: Mode;
  readonly count: number;
  /** Steps of the forward segment on the timeline (all of them in forward mode). */
  readonly forwardCount: number;
  readonly step: number;
  readonly sweep: ForwardSchedule | null;
  readonly wrt: string | null;
  readonly practice: boolean;
  /** How many questions the step asks in practice (0 when practice is off). */
  readonly questions: number;
  /** The Gates and Primitives views' nodes are op-table gates; the Statements view's are lines. */
  readonly opTable: boolean;
  readonly answered: boolean;
  /** Practice and not yet answered: the step's numbers stay hidden. */
  readonly concealed: boolean;
  readonly overlay: GraphOverlay | undefined;
}

export function useLessonView(analysis: Analysis | null, storedStep: number): LessonView {
  const mode = useChainrule((s) => s.mode);
  const storedWrt = useChainrule((s) => s.wrt);
  const practice = useChainrule((s) => s.practice);
  const detail = useChainrule((s) => s.detail);
  const answeredSteps = useChainrule((s) => s.answered);
  const count = modeStepCount(analysis, mode, storedWrt, detail);
  const step = Math.max(0, Math.min(storedStep, count - 1));
  const sweep = analysis && mode === 'forward' ? forwardSweep(analysis, storedWrt, detail) : null;
  const wrt = analysis ? wrtName(analysis, storedWrt) : null;
  const stepRecord = mode === 'forward' ? sweep?.steps[step] : analysis?.schedule.steps[step];
  const questions = analysis && practice ? questionCount(stepRecord, analysis.graph.nodes) : 0;
  const answered = answeredSteps.includes(step);
  const concealed = practice && !answered && questions > 0;
  const overlay = useMemo((): GraphOverlay | undefined => {
    if (!analysis) return undefined;
    const viewAt = sweep ? forwardViewAt(analysis, sweep) : reverseViewAt(analysis);
    if (!sweep && !practice) return undefined;
    return {
      view: concealed ? concealCurrent(viewAt, step) : viewAt(step),
      gradText: sweep ? tangentLabel(analysis, sweep) : undefined,
      quiet: practice,
    };
  }, [analysis, sweep, practice, concealed, step]);
  return {
    mode, count, forwardCount: mode === 'forward' ? count : analysis?.schedule.forwardCount ?? 0, step, sweep, wrt,
    practice, questions, opTable: detail !== 'statements', answered, concealed, overlay,
  };
}
