/**
 * Training: mark which inputs train (a whole vector or matrix at once), set α, take one SGD step (shown as p ← p − α·∂L/∂p with
 * numbers, then written into the program as one edit), or train N steps with a live loss curve.
 * Training runs in animation-frame slices of a few milliseconds on one `Trainer` (the engine's
 * evaluator replayed, never a re-parse), so the page keeps its frame rate; the program text,
 * and with it the graph and the inputs, takes the trained values when a run pauses or ends.
 */
import { useEffect, useRef, useState } from 'react';
import type { Analysis } from '../../core/index.ts';
// Straight from the module, not the barrel: the bundler then keeps this code in the lazy chunk.
import { Trainer } from '../../core/course/train.ts';
import type { Divergence } from '../../core/course/divergence.ts';
import { appStore, useChainrule } from '../../store/store.ts';
import { Tex } from '../Tex.tsx';
import { LossChart } from './LossChart.tsx';
import { TrainableInputs } from './TrainableInputs.tsx';
import { sig, texSig } from '../../view/course/format.ts';
import { appSgdStep, inputNames, ruleTex, trainedMask, updateLines } from '../../view/course/trainModel.ts';
import { usePanelT } from '../usePanelT.ts';


/** Time per animation frame given to training: leaves the rest of a 16.7 ms frame for drawing. */
const SLICE_MS = 6;
const MAX_STEPS = 100_000;
/** A run takes at least this many frames (~1.5 s): long enough to watch the curve fall. */
const RUN_FRAMES = 90;

interface LastStep { lines: { name: string; tex: string; text: string }[]; before: number; after: number }
type RunState = 'running' | 'paused' | 'done';

export default function TrainingPanel({ analysis, stale }: { analysis: Analysis; stale: boolean }) {
  const TEXT = usePanelT().course.training;
  const { graph } = analysis;
  const presetId = useChainrule((s) => s.presetId);
  const marks = useChainrule((s) => s.trained);
  const lr = useChainrule((s) => s.learningRate);
  const source = useChainrule((s) => s.source);
  const setTrained = useChainrule((s) => s.setTrained);
  const setLearningRate = useChainrule((s) => s.setLearningRate);
  const setInputs = useChainrule((s) => s.setInputs);
  const names = inputNames(graph);
  const mask = trainedMask(graph, presetId, marks);
  const loss = analysis.trace.values[graph.output];

  const [rateText, setRateText] = useState(String(lr));
  const rateOk = rateText.trim() !== '' && Number.isFinite(Number(rateText));
  const [stepsText, setStepsText] = useState('200');
  const steps = Number(stepsText);
  const stepsOk = /^\s*\d+\s*$/.test(stepsText) && steps >= 1 && steps <= MAX_STEPS;
  const [last, setLast] = useState<(LastStep & { source: string }) | null>(null);
  const [losses, setLosses] = useState<number[] | null>(null);
  const [runState, setRunState] = useState<RunState>('done');
  // The steps asked for: a run that stops by itself reads "step 82 of 200".
  const [target, setTarget] = useState(0);
  const [diverged, setDiverged] = useState<{ divergence: Divergence; steps: number } | null>(null);
  const trainer = useRef<{ trainer: Trainer; target: number; frame: number; pausedOn?: string } | null>(null);
  // Another program (not this one with trained values, which keeps its key): the last run's curve and progress go.
  const [runProgram, setRunProgram] = useState(graph.key);
  if (runProgram !== graph.key && runState !== 'running') {
    setRunProgram(graph.key);
    setLosses(null);
    setDiverged(null);
  }

  const canTrain = !stale && mask.some(Boolean) && rateOk;
  // Writing values edits the text, which may stop it being the preset: pin the marks first.
  const pin = () => setTrained(Object.fromEntries(names.map((name, i) => [name, mask[i]])));
  const write = (t: Trainer) => setInputs(inputNames(t.graph).flatMap((name, i) => (t.trained[i] ? [{ name, value: t.values[i] }] : [])));

  const sgdStep = () => {
    // A paused run's values are already in the text; the step starts from there, and the run ends.
    trainer.current = null;
    setRunState('done');
    setDiverged(null);
    const step = appSgdStep(analysis, mask, lr);
    const lines = updateLines(graph, analysis.inputValues, step, mask, lr);
    pin();
    setInputs(names.flatMap((name, i) => (mask[i] ? [{ name, value: step.values[i] }] : [])));
    setLast({ lines, before: step.lossBefore, after: step.lossAfter, source: '' });
  };
  // The text the step produced, once the store has it: the update stays shown until the program changes.
  useEffect(() => {
    if (last && last.source === '') setLast({ ...last, source });
  }, [last, source]);

  const halt = (state: RunState) => {
    const run = trainer.current;
    if (!run) return;
    cancelAnimationFrame(run.frame);
    write(run.trainer);
    // The text the pause wrote: a run resumes only on that text, and from its numbers as written.
    run.pausedOn = appStore.getState().source;
    setRunState(state);
    if (state === 'done') trainer.current = null;
  };
  const frame = () => {
    const run = trainer.current;
    if (!run) return;
    const start = performance.now();
    // At most 1/RUN_FRAMES of the run per frame, so even a fast run plays as an animation.
    const stop = Math.min(run.target, run.trainer.stepsDone + Math.ceil(run.target / RUN_FRAMES));
    while (run.trainer.stepsDone < stop && !run.trainer.diverged && performance.now() - start < SLICE_MS) {
      run.trainer.run(Math.min(8, stop - run.trainer.stepsDone), true);
    }
    setLosses(run.trainer.losses.slice());
    if (run.trainer.diverged) {
      setDiverged({ divergence: run.trainer.diverged, steps: run.trainer.stepsDone });
      halt('done');
    } else if (run.trainer.stepsDone >= run.target) halt('done');
    else run.frame = requestAnimationFrame(frame);
  };
  const startTraining = () => {
    const t = new Trainer(graph, analysis.inputValues, mask, lr);
    pin();
    trainer.current = { trainer: t, target: steps, frame: 0 };
    setLast(null);
    setDiverged(null);
    setTarget(steps);
    setRunState('running');
    trainer.current.frame = requestAnimationFrame(frame);
  };
  const resume = () => {
    const run = trainer.current;
    if (!run) return;
    run.trainer.values = [...analysis.inputValues];
    setRunState('running');
    run.frame = requestAnimationFrame(frame);
  };
  // Closing the panel mid-run keeps what was trained.
  useEffect(() => () => halt('done'), []); // eslint-disable-line react-hooks/exhaustive-deps
  // A paused run whose program was edited since cannot resume.
  const paused = runState === 'paused' ? trainer.current : null;
  const pausedOnOtherText = paused !== null && (paused.pausedOn !== source || paused.trainer.graph.key !== graph.key);

  // Before any run the curve shows the last SGD step, if there was one, else the loss now.
  const shownLosses = losses ?? (last && last.source === source ? [last.before, last.after] : [loss]);
  const running = runState === 'running';
  return (
    <div className="training">
      {stale && <p className="muted">{TEXT.stale}</p>}
      <TrainableInputs graph={graph} shapes={analysis.shapes} mask={mask} disabled={running} onMark={setTrained} />
      {!mask.some(Boolean) && <p className="course-note">{TEXT.nothingTrains}</p>}
      <div className="course-row">
        <label className="course-field">
          <span>{TEXT.learningRate} <Tex tex="\alpha" /></span>
          <input type="number" aria-label={TEXT.learningRate} value={rateText} step="any" aria-invalid={!rateOk} disabled={running}
            onChange={(e) => {
              setRateText(e.target.value);
              const v = Number(e.target.value);
              if (e.target.value.trim() !== '' && Number.isFinite(v)) setLearningRate(v);
            }} />
        </label>
        <button type="button" className="course-action" onClick={sgdStep} disabled={!canTrain || running}>{TEXT.sgdStep}</button>
      </div>
      {!rateOk && <p className="error-message" role="alert">{TEXT.badRate}</p>}
      <p className="loss-now"><span className="muted">{TEXT.loss}</span> <Tex tex={`${graph.nodes[graph.output].label} = ${texSig(loss)}`} /> <span className="sr-only">{sig(loss)}</span></p>
      {last && (last.source === '' || last.source === source) && (
        <div className="sgd-update" aria-label={TEXT.update} role="group">
          <Tex tex={ruleTex(graph)} display />
          <ul className="update-lines">
            {last.lines.map((l) => <li key={l.name} aria-label={l.text}><Tex tex={l.tex} /></li>)}
          </ul>
          <p className="loss-change">{TEXT.lossChange(sig(last.before), sig(last.after))}</p>
        </div>
      )}
      <div className="course-row">
        <label className="course-field">
          <span>{TEXT.steps} <Tex tex="N" /></span>
          <input type="number" aria-label={TEXT.steps} value={stepsText} min={1} max={MAX_STEPS} step={1} aria-invalid={!stepsOk} disabled={running}
            onChange={(e) => setStepsText(e.target.value)} />
        </label>
        <button type="button" className="course-action" onClick={startTraining} disabled={!canTrain || !stepsOk || running}>{TEXT.train}</button>
        <button type="button" onClick={() => (running ? halt('paused') : resume())} disabled={runState === 'done' || pausedOnOtherText}>
          {runState === 'paused' ? TEXT.resume : TEXT.pause}
        </button>
        <button type="button" onClick={() => halt('done')} disabled={runState === 'done'}>{TEXT.stop}</button>
      </div>
      {!stepsOk && <p className="error-message" role="alert">{TEXT.badSteps}</p>}
      {diverged && <p className="course-note" role="alert">{divergenceText(TEXT, diverged.divergence, diverged.steps, graph.nodes[graph.output].name ?? 'f')}</p>}
      {losses && (
        <p className="muted" aria-live="polite">
          {TEXT.progress(losses.length - 1, Math.max(target, losses.length - 1), sig(losses[losses.length - 1]))}
        </p>
      )}
      <LossChart losses={shownLosses} />
    </div>
  );
}

type TrainingText = ReturnType<typeof usePanelT>['course']['training'];

/** Why a run stopped by itself, in the student's language. */
function divergenceText(TEXT: TrainingText, d: Divergence, steps: number, output: string): string {
  switch (d.kind) {
    case 'noMinimum': return TEXT.noMinimum(output, sig(d.from), sig(d.to), steps);
    case 'growing': return TEXT.growing(sig(d.from), sig(d.to), steps);
    case 'notFinite': return TEXT.notFinite(sig(d.to), steps);
  }
}
