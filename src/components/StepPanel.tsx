/**
 * The current step explained: the forward equation with numbers, or for a backward step the
 * upstream gradient (the seed ∂f/∂f = 1 at the output, a sum at a fan-out), then per operand the
 * local partial ∂(gate)/∂operand — symbolic, then numeric — its chain-rule product, and at a
 * fan-out the sum of the terms so far; with the gate's pattern in one line.
 * All formulas are the engine's TeX, one line each (inline ∂f/∂x, breaking only at = or +);
 * a polite live region reads the plain-text version.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { describeStep, type Analysis, type Formula, type Step, type StepFormulas } from '../core/index.ts';
import { fill } from './fill.tsx';
import { Tex, useKatexReady, warmSoon, type TexSpec } from './Tex.tsx';
import { useT } from './useT.ts';
import { PatternText, StepSummary } from './engineText.tsx';
import { fitBox } from '../view/fitFormula.ts';
import { numbersHidden } from '../store/slices.ts';
import { blankStep } from '../view/presenter/hideNumbers.ts';
import { useChainrule } from '../store/store.ts';

interface Props {
  analysis: Analysis;
  step: number;
  /** Practice: the step asks first, so its formulas wait for the answer. */
  concealed?: boolean;
  /** Lay the next step out ahead, out of sight (never in practice, where it would be an answer). */
  stageNext?: boolean;
}

/** Past this many nodes (GraphView mounts them over frames), formulas are fitted after the frame's own layout. */
const EARLY_FIT_MAX_NODES = 300;

export function StepPanel({ analysis, step, concealed = false, stageNext = false }: Props) {
  const { schedule, graph } = analysis;
  const s: Step | undefined = schedule.steps[step];
  const TEXT = useT().stepPanel;
  // Presenter mode's "Hide numbers": the step's numbers are blanks until the next step (hideNumbers.ts).
  const hide = useChainrule(numbersHidden);
  // Formulas are fitted before the frame unless a big drawing is on the page (fitFormula.ts).
  const early = graph.nodes.length <= EARLY_FIT_MAX_NODES;
  const staged = useStagedStep(analysis, step, stageNext && !concealed && early);
  // Without a staged body, the next step's formulas are at least typeset while the student reads this one.
  const staging = staged.enabled;
  useEffect(() => {
    const next = schedule.steps[step + 1];
    return next && !staging ? warmSoon(() => texOf(describeStep(analysis, next), graph.nodes[next.node].label)) : undefined;
  }, [analysis, schedule, graph, step, staging]);
  return (
    <section className="step-panel" aria-label={TEXT.region}>
      <h2 className="panel-title">
        {s ? <>{TEXT.title(step + 1, schedule.steps.length)} · <span className={`phase phase-${s.kind}`}>{s.kind === 'forward' ? TEXT.forwardPass : TEXT.backwardPass}</span></> : TEXT.noSteps}
      </h2>
      {!s && <p className="muted">{TEXT.nothing}</p>}
      {s && concealed && <p className="muted">{TEXT.concealed}</p>}
      {/* Keyed by step: the staged body of the next step becomes the shown one in place, already laid out. */}
      <div className="step-bodies">
        {s && !concealed && <StepBody key={step} analysis={analysis} step={s} early={early} hide={hide} />}
        {staged.step !== null && <StepBody key={staged.step} analysis={analysis} step={schedule.steps[staged.step]} early={early} hide={hide} staged />}
      </div>
      <p className="sr-only" aria-live="polite">{s && !concealed ? <StepSummary step={blankStep(describeStep(analysis, s), hide)} /> : ''}</p>
    </section>
  );
}

/**
 * The step after this one, to be rendered out of sight once the browser is idle. A step's
 * formulas are hundreds of typeset boxes: laid out as the student clicks, they were most of the
 * step's cost (8 ms of layout on the MLP's backward steps on a slow machine); laid out ahead,
 * offscreen, the click only moves the laid-out body into place (under 1 ms). Stepping back, a
 * jump, or a click before the browser was idle takes the ordinary path.
 */
function useStagedStep(analysis: Analysis, step: number, enabled: boolean): { enabled: boolean; step: number | null } {
  const { schedule } = analysis;
  const next = step + 1;
  // Never across the turn from the forward pass to the backward: no gradient is on the page, even
  // out of sight (find-in-page would find it), before the backward pass begins.
  const can = enabled && next < schedule.steps.length && schedule.steps[next].kind === schedule.steps[step]?.kind
    && typeof requestIdleCallback === 'function';
  const [staged, setStaged] = useState<{ analysis: Analysis; step: number } | null>(null);
  useEffect(() => {
    if (!can) return;
    const id = requestIdleCallback(() => setStaged({ analysis, step: next }), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, [can, analysis, next]);
  return { enabled: can, step: can && staged?.analysis === analysis && staged.step === next ? next : null };
}

/**
 * One step's explanation. Staged (the next step, laid out ahead) it sits out of sight and out of
 * reach: hidden from screen readers, its formulas out of the tab order, above and left of the
 * panel's scroll area so it adds no scrollbar (styles.css). Not `inert`, not `visibility`: both
 * are inherited, and switching them restyled every box of the body on the click.
 */
function StepBody({ analysis, step: s, early, hide, staged = false }: { analysis: Analysis; step: Step; early: boolean; hide: boolean; staged?: boolean }) {
  const { graph } = analysis;
  const TEXT = useT().stepPanel;
  const focusable = !staged;
  const d = blankStep(describeStep(analysis, s), hide);
  return (
    <div className={`step-body${staged ? ' staged' : ''}`} aria-hidden={staged || undefined}>
      <p className="step-node">
        {fill(s.kind === 'forward' ? TEXT.computing : TEXT.gradientAt,
          <Tex tex={graph.nodes[s.node].label} fallback={graph.nodes[s.node].text} />)}
      </p>
      {s.kind === 'forward' ? (
        <Row label={TEXT.forward} focusable={focusable}><FitFormula early={early} formula={d.formula as Formula} /></Row>
      ) : (
        <>
          <Row label={s.node === graph.output ? TEXT.seed : s.terms.length > 1 ? TEXT.upstreamSum : TEXT.upstream} focusable={focusable}>
            <FitFormula early={early} formula={d.upstream as Formula} />
          </Row>
          {s.locals.map((l, i) => (
            <div className="term" key={l.edge}>
              {/* The name as typed: the label row's small caps must not turn x into X. */}
              <Row label={fill(TEXT.localFor, <span className="as-typed" style={{ textTransform: 'none' }}>{graph.nodes[l.operand].text}</span>)} focusable={focusable}>
                <FitFormula early={early} formula={d.locals[i].local} />
              </Row>
              <Row label={l.fanOut ? TEXT.productTerm : TEXT.product} focusable={focusable}><FitFormula early={early} formula={d.locals[i].product} /></Row>
              {d.locals[i].sum && <Row label={TEXT.runningSum} focusable={focusable}><FitFormula early={early} formula={d.locals[i].sum as Formula} /></Row>}
            </div>
          ))}
          {s.locals.length === 0 && graph.nodes[s.node].kind === 'input' && (
            <p className="muted">{TEXT.inputFinal}</p>
          )}
        </>
      )}
      {s.pattern && <p className="pattern"><PatternText step={s} /></p>}
    </div>
  );
}

function Row({ label, children, focusable }: { label: ReactNode; children: ReactNode; focusable: boolean }) {
  return (
    <div className="formula-row">
      <div className="formula-label">{label}</div>
      {/* Focusable: a formula wider than the panel scrolls, and the keyboard must reach it too.
          ←/→ step here as everywhere; Shift+←/→ scroll the formula (the page leaves Shift+arrows alone). */}
      <div className="formula" tabIndex={focusable ? 0 : -1} onKeyDown={scrollFormula}>
        {children}
      </div>
    </div>
  );
}

/** Shift+←/→ scroll a long formula sideways; plain arrows go on to step. */
function scrollFormula(e: KeyboardEvent<HTMLDivElement>) {
  if (!e.shiftKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
  e.preventDefault();
  e.currentTarget.scrollBy({ left: e.key === 'ArrowLeft' ? -80 : 80 });
}

/**
 * A formula on one line; if the panel is too narrow for it, the same chain on two lines broken
 * at an `=` (the engine's `split`), its type shrunk by up to a quarter if a line is still too
 * wide. So at laptop widths no formula is more than two lines tall; only on a phone may a line
 * break again, at = or +. Which form shows is decided by measuring all of a step's formulas at
 * once, with one layout (fitFormula.ts).
 */
function FitFormula({ formula, early }: { formula: Formula; early: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  // Typeset formulas are wider than their plain-text stand-ins: fit again once KaTeX is here.
  const typeset = useKatexReady();
  // Keyed on the text: the engine's steps build their formulas afresh on each read, and a render
  // with the same formulas (a hover elsewhere) must not measure them again.
  const split = formula.split?.join('\n');
  useLayoutEffect(() => (box.current ? fitBox(box.current, early) : undefined), [formula.tex, split, typeset, early]);
  return (
    <div ref={box} className="fit-formula">
      <div><Tex tex={formula.tex} display fallback={formula.text} /></div>
      {/* A visual copy: screen readers read the one-line form, which stays for them when this shows. */}
      {formula.split && (
        <div className="two-lines" aria-hidden="true">
          {formula.split.map((tex) => <div key={tex}><Tex tex={tex} display speech={false} /></div>)}
        </div>
      )}
    </div>
  );
}

/** The TeX a step shows, as the panel renders it: its node's name inline, each line in display style, and each half of a split without speech. */
function texOf(step: StepFormulas, name: string): TexSpec[] {
  return [
    { tex: name, display: false },
    ...step.lines.flatMap((f) => [
      { tex: f.tex, display: true },
      ...(f.split ?? []).map((tex) => ({ tex, display: true, speech: false })),
    ]),
  ];
}
