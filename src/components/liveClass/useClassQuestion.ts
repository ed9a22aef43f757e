/** The open class question, derived from the lesson record it was asked on, in the reader's words. */
import { useMemo } from 'react';
import type { Question } from '../../core/course/practice.ts';
import { tapeDetail } from '../../core/index.ts';
import { derive } from '../../store/derive.ts';
import { decodeLesson } from '../../store/lessonState.ts';
import { classQuestion } from '../../view/liveClass/classQuestion.ts';
import { forwardSweep } from '../../view/forwardSweep.ts';
import { useT } from '../useT.ts';
import { useLiveClass } from './classConnection.ts';

export function useClassQuestion(): Question | null {
  const words = useT().engine;
  const id = useLiveClass((s) => s.question?.id ?? null);
  const lesson = useLiveClass((s) => s.questionLesson);
  return useMemo(() => {
    if (id === null || lesson === null) return null;
    const record = decodeLesson(lesson);
    if (!record.ok) return null;
    const derived = derive(record.value.source, tapeDetail(record.value.detail), record.value.expanded);
    if (!derived.ok) return null;
    const sweep = record.value.mode === 'forward' ? forwardSweep(derived.analysis, record.value.wrt) : null;
    return classQuestion(derived.analysis, id, derived.analysis.trace.rules.kind !== 'lines', words, sweep);
  }, [id, lesson, words]);
}
