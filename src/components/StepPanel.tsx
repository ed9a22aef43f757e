/**
 * The current step explained: the forward equation with numbers, or for a backward step the
 * upstream gradient (the seed ∂f/∂f = 1 at the output, a sum at a fan-out), then per operand the
 * local partial ∂(gate)/∂operand — symbolic, then numeric — its chain-rule product, and at a
 * fan-out the sum of the terms so far; with the gate's pattern in one line.
 * All formulas are the engine's TeX, one line each (inline ∂f/∂x, breaking only at = or +);
 * a polite live region reads the plain-text version.
 */
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Analysis, Formula, Step } from '../core/index.ts';
import { fill } from './fill.tsx';
import { Tex, useKatexReady, warmSoon } from './Tex.tsx';
import { useT } from './useT.ts';
import { PatternText, StepSummary } from './engineText.tsx';
import { fitBox } from './fitFormula.ts';

interface Props {
  analysis: Analysis;
  step: number;
  /** Practice: the step asks first, so its formulas wait for the answer. */
  concealed?: boolean;
}

/** Past this many nodes (GraphView mounts them over frames), formulas are fitted after the frame's own layout. */
const EARLY_FIT_MAX_NODES = 300;

export function StepPanel({ analysis, step, concealed = false }: Props) {
  const { schedule, graph } = analysis;
  const s: Step | undefined = schedule.steps[step];
  const TEXT = useT().stepPanel;
  // Formulas are fitted before the frame unless a big drawing is on the page (fitFormula.ts).
  const early = graph.nodes.length <= EARLY_FIT_MAX_NODES;
  // The next step's formulas, typeset while the student reads this one.
  useEffect(() => {
    const next = schedule.steps[step + 1];
    return next ? warmSoon(() => texOf(next, graph.nodes[next.node].label)) : undefined;
  }, [schedule, graph, step]);
  return (
    <section className="step-panel" aria-label={TEXT.region}>
      <h2 className="panel-title">
        {s ? <>{TEXT.title(step + 1, schedule.steps.length)} · <span className={`phase phase-${s.kind}`}>{s.kind === 'forward' ? TEXT.forwardPass : TEXT.backwardPass}</span></> : TEXT.noSteps}
      </h2>
      {!s && <p className="muted">{TEXT.nothing}</p>}
      {s && concealed && <p className="muted">{TEXT.concealed}</p>}
      {s && !concealed && (
        <>
          <p className="step-node">
            {fill(s.kind === 'forward' ? TEXT.computing : TEXT.gradientAt,
              <Tex tex={graph.nodes[s.node].label} fallback={graph.nodes[s.node].text} />)}
          </p>
          {s.kind === 'forward' ? (
            <Row label={TEXT.forward}><FitFormula early={early} formula={s.formula} /></Row>
          ) : (
            <>
              <Row label={s.node === graph.output ? TEXT.seed : s.terms.length > 1 ? TEXT.upstreamSum : TEXT.upstream}>
                <FitFormula early={early} formula={s.upstream} />
              </Row>
              {s.locals.map((l) => (
                <div className="term" key={l.edge}>
                  {/* The name as typed: the label row's small caps must not turn x into X. */}
                  <Row label={fill(TEXT.localFor, <span className="as-typed" style={{ textTransform: 'none' }}>{graph.nodes[l.operand].text}</span>)}>
                    <FitFormula early={early} formula={l.local} />
                  </Row>
                  <Row label={l.sum ? TEXT.productTerm : TEXT.product}><FitFormula early={early} formula={l.product} /></Row>
                  {l.sum && <Row label={TEXT.runningSum}><FitFormula early={early} formula={l.sum} /></Row>}
                </div>
              ))}
              {s.locals.length === 0 && graph.nodes[s.node].kind === 'input' && (
                <p className="muted">{TEXT.inputFinal}</p>
              )}
            </>
          )}
          {s.pattern && <p className="pattern"><PatternText step={s} /></p>}
        </>
      )}
      <p className="sr-only" aria-live="polite">{s && !concealed ? <StepSummary step={s} /> : ''}</p>
    </section>
  );
}

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="formula-row">
      <div className="formula-label">{label}</div>
      {/* Focusable: a formula wider than the panel scrolls, and the keyboard must reach it too.
          ←/→ step here as everywhere; Shift+←/→ scroll the formula (the page leaves Shift+arrows alone). */}
      <div className="formula" tabIndex={0} onKeyDown={scrollFormula}>
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
      {formula.split && (
        <div className="two-lines">
          {formula.split.map((tex) => <div key={tex}><Tex tex={tex} display /></div>)}
        </div>
      )}
    </div>
  );
}

/** The TeX a step shows, as the panel renders it: its node's name inline, each line (and each half of a split) in display style. */
function texOf(step: Step, name: string): { tex: string; display: boolean }[] {
  return [
    { tex: name, display: false },
    ...step.lines.flatMap((f) => [f.tex, ...(f.split ?? [])]).map((tex) => ({ tex, display: true })),
  ];
}
