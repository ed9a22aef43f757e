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
import { ShareToolbar } from '../components/share/ShareToolbar.tsx';

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
        <PresetPicker />
        <DetailControl />
      </header>
      <aside className="left" aria-label="Program and inputs">
        <Editor source={source} error={current.ok ? null : current.error} analysis={analysis} />
        {analysis && <Warnings analysis={analysis} stale={stale} />}
        {analysis && <InputsPanel analysis={analysis} stale={stale} />}
      </aside>
      <main className="center">
        {analysis
          ? <GraphView analysis={analysis} step={step} stale={stale} />
          : <div className="graph-view empty">Type a program to see its graph.</div>}
        <Timeline count={count} forwardCount={analysis?.schedule.forwardCount ?? 0} step={step} />
        <ShareToolbar analysis={analysis} step={step} />
      </main>
      <aside className="right" aria-label="Explanation">
        {analysis && <StepPanel analysis={analysis} step={step} />}
        {analysis && <NodeDetails analysis={analysis} />}
      </aside>
    </div>
  );
}
