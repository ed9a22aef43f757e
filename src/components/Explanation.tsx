/**
 * The right-hand explanation: the lesson's switches, then reverse mode's step panel or forward
 * mode's (lazy), practice's questions above it (lazy), and the trace table
 * behind a toggle (lazy). The lazy parts load only when switched on.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Analysis } from '../core/index.ts';
import { appStore, useChainrule } from '../store/store.ts';
import { LessonControls } from './LessonControls.tsx';
import { StepPanel } from './StepPanel.tsx';
import type { LessonView } from '../view/lessonView.ts';
import { programKey } from '../view/practice/programKey.ts';
import { layerConcealer } from '../view/practice/layerConceal.ts';
import { useT } from './useT.ts';
import { tableStep } from '../view/presenter/hideNumbers.ts';
import { numbersHidden } from '../store/slices.ts';

const PracticePanel = lazy(() => import('./practice/PracticePanel.tsx').then((m) => ({ default: m.PracticePanel })));
const LayerPracticePanel = lazy(() => import('./practice/LayerPracticePanel.tsx').then((m) => ({ default: m.LayerPracticePanel })));
const ForwardPanel = lazy(() => import('./ForwardPanel.tsx').then((m) => ({ default: m.ForwardPanel })));
const TraceTable = lazy(() => import('./TraceTable.tsx').then((m) => ({ default: m.TraceTable })));
const LayersStepPanel = lazy(() => import('./layers/LayersStepPanel.tsx').then((m) => ({ default: m.LayersStepPanel })));

export function Explanation({ analysis, lesson }: { analysis: Analysis; lesson: LessonView }) {
  const TEXT = useT().lesson;
  const DETAIL = useT().detail;
  const [tableOpen, setTableOpen] = useState(false);
  const hidden = useChainrule(numbersHidden);
  const { step, mode, sweep, practice, concealed } = lesson;
  const onAnswered = useCallback(() => appStore.getState().markAnswered(step), [step]);
  // Playing stops at a step that asks: the answer comes before the next step.
  useEffect(() => {
    if (concealed && appStore.getState().playing) appStore.getState().setPlaying(false);
  }, [concealed, step]);
  const fallback = <p className="muted">{TEXT.loading}</p>;
  const stepRecord = mode === 'forward' ? sweep?.steps[step] : analysis.schedule.steps[step];
  return (
    <>
      <LessonControls analysis={analysis} />
      {practice && lesson.layers && (
        <Suspense fallback={fallback}>
          <LayerPracticePanel
            key={`${analysis.graph.key}|layers|${step}`} la={lesson.layers} step={step} program={programKey(analysis.graph.key, 'layers')}
            answered={lesson.answered} isLast={step === lesson.count - 1} onAnswered={onAnswered}
          />
        </Suspense>
      )}
      {practice && !lesson.layers && stepRecord && (
        <Suspense fallback={fallback}>
          <PracticePanel
            key={`${analysis.graph.key}|${mode}|${lesson.wrt}|${step}`} analysis={analysis}
            step={stepRecord} opTable={lesson.opTable} wrt={sweep?.wrt ?? -1}
            program={programKey(analysis.graph.key, mode)}
            idPrefix={mode === 'forward' ? `${lesson.wrt}:` : ''}
            answered={lesson.answered} isLast={step === lesson.count - 1} onAnswered={onAnswered}
          />
        </Suspense>
      )}
      {lesson.layersAsStatements && <p className="layers-note" role="note">{DETAIL.layersAsStatements}</p>}
      {lesson.layers
        ? <Suspense fallback={fallback}><LayersStepPanel la={lesson.layers} step={step} conceal={concealed ? layerConcealer(lesson.layers, step) : undefined} /></Suspense>
        : mode === 'forward'
        ? <Suspense fallback={fallback}><ForwardPanel analysis={analysis} sweep={sweep} step={step} concealed={concealed} /></Suspense>
        : <StepPanel analysis={analysis} step={step} concealed={concealed} stageNext={!practice} />}
      <div className="trace-table-slot">
        <button type="button" aria-expanded={tableOpen} onClick={() => setTableOpen(!tableOpen)}>{TEXT.traceTable}</button>
        {tableOpen && (
          <Suspense fallback={fallback}>
            <TraceTable analysis={analysis} mode={mode} sweep={sweep} shownThrough={tableStep(lesson, hidden)} />
          </Suspense>
        )}
      </div>
    </>
  );
}
