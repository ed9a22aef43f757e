/**
 * The app shell: editor and inputs on the left, the graph with its timeline in the middle,
 * the step explanation on the right. Everything shown derives from the stored text and step.
 * Either side panel folds away to give the graph the room; what is not on screen at first
 * paint (the shortcuts, the table view, the final gradients) is loaded when first needed.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useChainrule } from '../store/store.ts';
import { DetailControl } from '../components/DetailControl.tsx';
import { Editor } from '../components/Editor.tsx';
import { GraphView, type PanelRoom } from '../components/GraphView.tsx';
import { InputsPanel } from '../components/InputsPanel.tsx';
import { Legend } from '../components/Legend.tsx';
import { PresetPicker } from '../components/PresetPicker.tsx';
import { Explanation } from '../components/Explanation.tsx';
import { useLessonView } from '../components/useLessonView.ts';
import { Timeline } from '../components/Timeline.tsx';
import { useKeyboardStepping, usePlayback } from '../components/usePlayback.ts';
import { Warnings } from '../components/Warnings.tsx';
import { CoursePanels } from '../components/course/CoursePanels.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { ShareToolbar } from '../components/share/ShareToolbar.tsx';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { PresenterButton } from '../components/presenter/PresenterButton.tsx';
import { OtherTabNotice } from '../components/audit/OtherTabNotice.tsx';
import { ReferenceButton } from '../components/reference/ReferenceButton.tsx';
import { LiveClassButtons } from '../components/liveClass/LiveClassButtons.tsx';
import { LiveClassSlot } from '../components/liveClass/LiveClassSlot.tsx';
import { useT } from '../components/useT.ts';
import { tableStep } from '../view/presenter/hideNumbers.ts';
import { numbersHidden } from '../store/slices.ts';

const ShortcutsDialog = lazy(() => import('../components/ShortcutsDialog.tsx'));
const GradientsTable = lazy(() => import('../components/GradientsTable.tsx'));
const NodeTable = lazy(() => import('../components/NodeTable.tsx'));
// Only after a click on a node.
// Only while presenting: the presenter bar, blank screen, laser, wake lock and projector theme.
const PresenterLayer = lazy(() => import('../components/presenter/PresenterLayer.tsx'));
const NodeDetails = lazy(() => import('../components/NodeDetails.tsx').then((m) => ({ default: m.NodeDetails })));
// Only in the Layers view of a program with a vector or a matrix.
const LayersGraph = lazy(() => import('../components/layers/LayersView.tsx').then((m) => ({ default: m.LayersGraph })));

export function App() {
  const TEXT = useT().app;
  const source = useChainrule((s) => s.source);
  const hasSelection = useChainrule((s) => s.selected !== null);
  const busy = useT().bigGraph.analysing;
  const lesson = useLessonView();
  const { analysis, error, stale, analysing, step, count } = lesson;
  const [leftOpen, setLeftOpen] = useState(true);
  const [rightOpen, setRightOpen] = useState(true);
  // "Fit to screen" folded both panels to show the whole graph readable: told to screen readers
  // (on screen, the toggles' folded look says it, and a note there would cover the drawing).
  const [foldedToFit, setFoldedToFit] = useState(false);
  const room = useMemo<PanelRoom>(() => ({
    folded: () => foldedGraphSize(['panel-left', 'panel-right']),
    fold: () => {
      setLeftOpen(false);
      setRightOpen(false);
      setFoldedToFit(true);
    },
  }), []);
  const [helpOpen, setHelpOpen] = useState(false);
  const [tableView, setTableView] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  usePlayback(count, step);
  useKeyboardStepping(openHelp);
  const atEnd = count > 0 && step === count - 1;
  const language = useChainrule((s) => s.language);
  const presenter = useChainrule((s) => s.presenter);
  const hidden = useChainrule(numbersHidden);
  useEffect(() => { document.documentElement.lang = language; }, [language]);
  useEffect(() => { document.title = TEXT.title; }, [TEXT.title]);

  // The graph's strip (GraphView draws it above the drawing, never over it): the legend, the table
  // view, and the side panels' toggles, pressed while their panel is open.
  const controls = (
    <>
      <div className="graph-extras">
        <ErrorBoundary panel="legend"><Legend /></ErrorBoundary>
        <button type="button" className="table-toggle" aria-pressed={tableView} aria-controls={tableView ? 'node-table' : undefined} onClick={() => setTableView(!tableView)}>
          {TEXT.tableView}
        </button>
      </div>
      <div className="panel-toggles">
        <span className="sr-only" role="status">{foldedToFit ? TEXT.foldedToFit : ''}</span>
        <button type="button" className="panel-toggle" aria-pressed={leftOpen} aria-expanded={leftOpen} aria-controls="panel-left" onClick={() => { setLeftOpen(!leftOpen); setFoldedToFit(false); }}>
          {TEXT.programPanel}
        </button>
        <button type="button" className="panel-toggle" aria-pressed={rightOpen} aria-expanded={rightOpen} aria-controls="panel-right" onClick={() => { setRightOpen(!rightOpen); setFoldedToFit(false); }}>
          {TEXT.explanationPanel}
        </button>
      </div>
    </>
  );

  return (
    <div className={`app${leftOpen ? '' : ' left-closed'}${rightOpen ? '' : ' right-closed'}${foldedToFit ? ' fit-whole' : ''}${presenter ? ' presenter' : ''}`}>
      <header className="app-header">
        <h1 className="brand">{TEXT.brand}</h1>
        <ErrorBoundary panel="examplePicker"><PresetPicker /></ErrorBoundary>
        <ErrorBoundary panel="detailControl"><DetailControl /></ErrorBoundary>
        <nav className="header-tools">
          <button type="button" className="help-button" onClick={openHelp} aria-keyshortcuts="?" title={TEXT.shortcutsTitle}>
            <span aria-hidden="true">?</span><span className="sr-only">{TEXT.shortcuts}</span>
          </button>
          <ReferenceButton />
          <LanguageSelect />
          <PresenterButton />
          <LiveClassButtons />
        </nav>
      </header>
      <aside className="left" id="panel-left" aria-label={TEXT.left} hidden={!leftOpen}>
        <ErrorBoundary panel="editor"><Editor source={source} error={error} analysis={analysis} /></ErrorBoundary>
        <OtherTabNotice />
        {analysis && <ErrorBoundary panel="warnings"><Warnings analysis={analysis} stale={stale} /></ErrorBoundary>}
        {analysis && <ErrorBoundary panel="inputsPanel"><InputsPanel analysis={analysis} stale={stale} step={tableStep(lesson, hidden)} /></ErrorBoundary>}
      </aside>
      <main className="center">
        <div className="graph-area">
          {analysis && lesson.layers
            ? (
              <ErrorBoundary panel="graph">
                <Suspense fallback={<div className="graph-strip">{controls}</div>}>
                  <LayersGraph la={lesson.layers} step={step} stale={stale} controls={controls} />
                </Suspense>
              </ErrorBoundary>
            )
            : analysis
            ? <ErrorBoundary panel="graph"><GraphView analysis={analysis} step={step} stale={stale} analysing={analysing} overlay={lesson.overlay} room={room} controls={controls} /></ErrorBoundary>
            : (
              <>
                <div className="graph-strip">{controls}</div>
                <div className="graph-view empty" role={analysing ? 'status' : undefined}>{analysing ? busy : TEXT.empty}</div>
              </>
            )}
          {analysis && tableView && (
            <ErrorBoundary panel="tableView">
              <Suspense fallback={null}>
                <div className="node-table-overlay" id="node-table"><NodeTable analysis={analysis} step={tableStep(lesson, hidden)} /></div>
              </Suspense>
            </ErrorBoundary>
          )}
        </div>
        <ErrorBoundary panel="timeline"><Timeline count={count} forwardCount={lesson.forwardCount} step={step} /></ErrorBoundary>
        <ErrorBoundary panel="shareToolbar"><ShareToolbar analysis={analysis} step={step} /></ErrorBoundary>
        <ErrorBoundary panel="coursePanels"><CoursePanels /></ErrorBoundary>
      </main>
      <aside className="right" id="panel-right" aria-label={TEXT.right} hidden={!rightOpen}>
        {analysis && <ErrorBoundary panel="stepPanel"><Explanation analysis={analysis} lesson={lesson} /></ErrorBoundary>}
        {analysis && atEnd && !lesson.concealed && <ErrorBoundary panel="gradientsTable"><Suspense fallback={null}><GradientsTable analysis={analysis} /></Suspense></ErrorBoundary>}
        {analysis && hasSelection && !lesson.practice && !lesson.layers && <ErrorBoundary panel="nodeDetails"><Suspense fallback={null}><NodeDetails analysis={analysis} step={step} /></Suspense></ErrorBoundary>}
      </aside>
      {presenter && <ErrorBoundary panel="presenterMode"><Suspense fallback={null}><PresenterLayer /></Suspense></ErrorBoundary>}
      <LiveClassSlot />
      {helpOpen && <ErrorBoundary panel="shortcutsDialog"><Suspense fallback={null}><ShortcutsDialog onClose={closeHelp} /></Suspense></ErrorBoundary>}
    </div>
  );
}

/**
 * The drawing's size once the open panels among `ids` beside the graph fold (not those stacked
 * under it, on a narrow screen): their width added, and the graph area taking the centre's
 * height but the timeline's one row (styles.css, .fit-whole: 4rem). Null when none is beside it.
 */
function foldedGraphSize(ids: readonly string[]): { width: number; height: number } | null {
  const centre = document.querySelector('main.center')?.getBoundingClientRect();
  const svg = document.querySelector('svg.graph-svg')?.getBoundingClientRect();
  const strip = document.querySelector('.graph-strip')?.getBoundingClientRect();
  if (!centre || !svg || !strip) return null;
  let spare = 0;
  for (const id of ids) {
    const panel = document.getElementById(id);
    if (!panel || panel.hidden) continue;
    const r = panel.getBoundingClientRect();
    if (r.top < centre.bottom && r.bottom > centre.top) spare += r.width;
  }
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return spare > 0 ? { width: svg.width + spare, height: centre.height - 4 * rem - strip.height } : null;
}
