/**
 * The step panel in Layers (lazy, with the view): the step's sentence and the statement in matrix
 * form (KaTeX bmatrix), each number of a layer node's matrix marked so a click picks its entry.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';
import { describeLayerStep, type LayersAnalysis, type LayerStep } from '../../core/index.ts';
import { describeLayerTangentStep, isLayersForward } from '../../core/layers/layerTangents.ts';
import { useChainrule } from '../../store/store.ts';
import { numbersHidden } from '../../store/slices.ts';
import { blankTex } from '../../view/presenter/hideNumbers.ts';
import { formulaLines, markEntry } from '../../view/layers/layersView.ts';
import { useStore } from 'zustand';
import { entryAt, pickedEntry } from './pickedEntry.ts';
import { Tex, warmSoon } from '../Tex.tsx';
import { usePanelT } from '../usePanelT.ts';
import { useT } from '../useT.ts';
import './layers.css';

/**
 * The step panel in Layers: the step's sentence and describeLayerStep's formulas; `conceal`,
 * practice's version of a line while the step asks (view/practice/layerConceal.ts).
 */
export function LayersStepPanel({ la, step, conceal }: { la: LayersAnalysis; step: number; conceal?: (tex: string, line: number) => string }) {
  const TEXT = useT().stepPanel;
  const T = usePanelT().layers;
  const FORWARD = usePanelT().forwardMode;
  const s = la.steps[step];
  const hide = useChainrule(numbersHidden);
  // Each matrix entry is marked with its scalar id, so a click on it picks it; not while numbers are blanks.
  const mark = hide || conceal ? undefined : markEntry;
  const describe = useCallback(
    (step: LayerStep) => (isLayersForward(la) ? describeLayerTangentStep(la, step, la.sweep, mark) : describeLayerStep(la, step, mark)),
    [la, mark],
  );
  const d = useMemo(() => (s ? describe(s) : null), [describe, s]);
  const picked = useStore(pickedEntry);
  const showEntryStep = useChainrule((st) => st.showEntryStep);
  const pick = (e: MouseEvent) => {
    const id = entryAt(e.target);
    if (id !== null) pickedEntry.setState({ id, from: 'panel' });
  };
  // The next step's formulas typeset in idle time (KaTeX was most of a step's script: ~15 ms on the 784-16-16-10 network).
  useEffect(() => {
    const next = la.steps[step + 1];
    if (!next) return undefined;
    return warmSoon(() => describe(next).lines
      .flatMap((line) => formulaLines(hide ? blankTex(line) : line)).map((tex) => ({ tex, display: true })));
  }, [la, step, hide, describe]);
  const body = useRef<HTMLDivElement>(null);
  // Fitted in the frame's own rendering (a frame callback, before its layout and paint), never by a
  // layout forced inside React's commit: on the 64×64 example that forced layout doubled a step's script.
  useLayoutEffect(() => {
    const id = requestAnimationFrame(() => shrinkToFit(body.current));
    return () => cancelAnimationFrame(id);
  });
  // Refit when the panel's type or width changes with no new render (presenter mode, KaTeX arriving).
  useEffect(() => {
    const el = body.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => shrinkToFit(el));
    observer.observe(el);
    return () => observer.disconnect();
  }, [d]);
  if (!s || !d) return <section className="step-panel" aria-label={TEXT.region}><h2 className="panel-title">{TEXT.noSteps}</h2></section>;
  const name = la.layers.nodes[s.node].name;
  const wrt = isLayersForward(la) ? la.gates.graph.nodes[la.sweep.wrt].text : null;
  const sentence = wrt !== null ? T.tangent(name, wrt)
    : s.kind === 'forward' ? T.forward(name) : la.layers.nodes[s.node].kind === 'input' ? T.backwardInput(name) : T.backward(name);
  return (
    <section className="step-panel layers-step" aria-label={TEXT.region}>
      <h2 className="panel-title">
        {TEXT.title(step + 1, la.steps.length)} · {wrt !== null
          ? <span className="phase phase-tangent">{FORWARD.phase}</span>
          : <span className={`phase phase-${s.kind}`}>{s.kind === 'forward' ? TEXT.forwardPass : TEXT.backwardPass}</span>}
      </h2>
      {/* A click on a number picks its entry; the keyboard picks entries in the drawing's cells. */}
      <div className={`step-body${mark ? ' pickable' : ''}`} onClick={pick} ref={body}>
        <p className="step-node">{sentence}</p>
        {d.lines.map((line, i) => (
          <div className="formula-row" key={i}>
            <div className="formula" tabIndex={0}>
              {formulaLines(hide ? blankTex(line) : conceal ? conceal(line, i) : line).map((part, j) => <div key={j}><Tex tex={part} display /></div>)}
            </div>
          </div>
        ))}
        {wrt !== null && step === 0 && <p className="pattern">{FORWARD.seed}</p>}
      </div>
      {picked.from === 'panel' && picked.id !== null && la.layers.layerOf.has(picked.id) && (
        <p className="layers-pick in-panel">
          <span className="layers-pick-label">{T.picked}</span>
          <span className="layers-pick-number">{la.gates.graph.nodes[picked.id].name}</span>
          <button type="button" onClick={() => showEntryStep(picked.id as number)}>{T.showEntryStep}</button>
        </p>
      )}
      <p className="sr-only" aria-live="polite">{sentence}</p>
    </section>
  );
}

/** The smallest type a matrix line shrinks to; past it the line (or the explanation) scrolls. */
const MIN_FORMULA_SCALE = 0.55;

/**
 * Shrinks each formula line that is wider than the panel (a matrix product in presenter mode's big
 * type) to fit, so nothing of it is cut off. In presenter mode the explanation must not scroll
 * either (a projected panel has no one to scroll it): where a backward step's δ, Jacobian and
 * products are taller than the screen, every formula shrinks by one more factor until they fit.
 * Write, read, write (and once more for the height): a Layers step has a handful of lines.
 */
function shrinkToFit(body: HTMLElement | null): void {
  if (!body) return;
  const boxes = [...body.querySelectorAll<HTMLElement>('.formula')];
  // Zoom, not font-size: presenter mode sets the formulas' type in px.
  for (const box of boxes) box.style.zoom = '';
  const scales = boxes.map((box) => (box.scrollWidth > box.clientWidth + 1 ? box.clientWidth / box.scrollWidth : 1));
  const zoomOf = (i: number) => Math.max(MIN_FORMULA_SCALE, scales[i] < 1 ? scales[i] * 0.98 : 1);
  boxes.forEach((box, i) => {
    if (scales[i] < 1) box.style.zoom = zoomOf(i).toFixed(3);
  });
  const panel = body.closest<HTMLElement>('.app.presenter .right');
  if (!panel || panel.scrollHeight <= panel.clientHeight + 1) return;
  const formulas = boxes.reduce((sum, box) => sum + box.getBoundingClientRect().height, 0);
  const room = panel.clientHeight - (panel.scrollHeight - formulas);
  if (formulas <= 0 || room <= 0) return;
  const factor = (room / formulas) * 0.97;
  boxes.forEach((box, i) => { box.style.zoom = Math.max(MIN_FORMULA_SCALE, zoomOf(i) * factor).toFixed(3); });
}
