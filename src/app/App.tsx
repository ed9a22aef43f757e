/**
 * The app shell: editor and inputs on the left, the graph with its timeline in the middle,
 * the step explanation on the right. Everything shown derives from the stored text and step.
 */
import { derive, clampStep } from '../store/derive.ts';
import { useChainrule } from '../store/store.ts';
import { DetailControl } from '../components/DetailControl.tsx';
import { Editor } from '../components/Editor.tsx';
import { GraphView } from '../components/GraphView.tsx';
import { InputsPanel } from '../components/InputsPanel.tsx';
import { NodeDetails } from '../components/NodeDetails.tsx';
import { PresetPicker } from '../components/PresetPicker.tsx';
import { StepPanel } from '../components/StepPanel.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { useKeyboardStepping, usePlayback } from '../components/usePlayback.ts';
import { Warnings } from '../components/Warnings.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';

export function App() {
  const source = useChainrule((s) => s.source);
  const lastGoodSource = useChainrule((s) => s.lastGoodSource);
  const storedStep = useChainrule((s) => s.step);
  const detail = useChainrule((s) => s.detail);
  const expanded = useChainrule((s) => s.expanded);
  const current = derive(source, detail, expanded);
  const shown = current.ok ? current : derive(lastGoodSource, detail, expanded);
  const analysis = shown.ok ? shown.analysis : null;
  const stale = !current.ok;
  const step = clampStep(storedStep, analysis);
  const count = analysis?.schedule.steps.length ?? 0;
  usePlayback(count, step);
  useKeyboardStepping();

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">Chainrule</h1>
        <ErrorBoundary panel="example picker"><PresetPicker /></ErrorBoundary>
        <ErrorBoundary panel="detail control"><DetailControl /></ErrorBoundary>
      </header>
      <aside className="left" aria-label="Program and inputs">
        <ErrorBoundary panel="editor"><Editor source={source} error={current.ok ? null : current.error} analysis={analysis} /></ErrorBoundary>
        {analysis && <ErrorBoundary panel="warnings"><Warnings analysis={analysis} stale={stale} /></ErrorBoundary>}
        {analysis && <ErrorBoundary panel="inputs panel"><InputsPanel analysis={analysis} stale={stale} /></ErrorBoundary>}
      </aside>
      <main className="center">
        {analysis
          ? <ErrorBoundary panel="graph"><GraphView analysis={analysis} step={step} stale={stale} /></ErrorBoundary>
          : <div className="graph-view empty">Type a program to see its graph.</div>}
        <ErrorBoundary panel="timeline"><Timeline count={count} forwardCount={analysis?.schedule.forwardCount ?? 0} step={step} /></ErrorBoundary>
      </main>
      <aside className="right" aria-label="Explanation">
        {analysis && <ErrorBoundary panel="step panel"><StepPanel analysis={analysis} step={step} /></ErrorBoundary>}
        {analysis && <ErrorBoundary panel="node details"><NodeDetails analysis={analysis} /></ErrorBoundary>}
      </aside>
    </div>
  );
}
