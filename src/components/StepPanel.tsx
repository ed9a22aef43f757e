/**
 * The current step explained: the forward equation with numbers, or for a backward step the
 * upstream gradient (the seed ∂f/∂f = 1 at the output, a sum at a fan-out), then per operand the
 * local partial ∂(gate)/∂operand — symbolic, then numeric — its chain-rule product, and at a
 * fan-out the sum of the terms so far; with the gate's pattern in one line.
 * All formulas are the engine's TeX, one line each (inline ∂f/∂x, breaking only at = or +);
 * a polite live region reads the plain-text version.
 */
import type { ReactNode } from 'react';
import type { Analysis, Step } from '../core/index.ts';
import { Tex } from './Tex.tsx';

const TEXT = {
  region: 'Step explanation',
  noSteps: 'No steps',
  nothing: 'This program has no gates to evaluate.',
  forwardPass: 'Forward pass',
  backwardPass: 'Backward pass',
  computing: 'Computing ',
  gradientAt: 'Gradient at ',
  forward: 'Forward',
  seed: 'Seed: the output\'s gradient with respect to itself',
  upstream: 'Upstream gradient',
  upstreamSum: 'Upstream gradient: the sum of its terms',
  localFor: 'Local gradient for ',
  product: 'Upstream × local',
  productTerm: 'Upstream × local: one term of a sum',
  runningSum: 'The sum so far',
  inputFinal: 'An input: its gradient is final.',
} as const;

interface Props {
  analysis: Analysis;
  step: number;
}

export function StepPanel({ analysis, step }: Props) {
  const { schedule, graph } = analysis;
  const s: Step | undefined = schedule.steps[step];
  return (
    <section className="step-panel" aria-label={TEXT.region}>
      <h2 className="panel-title">
        {s ? <>Step {step + 1} of {schedule.steps.length} · <span className={`phase phase-${s.kind}`}>{s.kind === 'forward' ? TEXT.forwardPass : TEXT.backwardPass}</span></> : TEXT.noSteps}
      </h2>
      {!s && <p className="muted">{TEXT.nothing}</p>}
      {s && (
        <>
          <p className="step-node">
            {s.kind === 'forward' ? TEXT.computing : TEXT.gradientAt}
            <Tex tex={graph.nodes[s.node].label} />
          </p>
          {s.kind === 'forward' ? (
            <Row label={TEXT.forward}><Tex tex={s.formula.tex} display /></Row>
          ) : (
            <>
              <Row label={s.node === graph.output ? TEXT.seed : s.terms.length > 1 ? TEXT.upstreamSum : TEXT.upstream}>
                <Tex tex={s.upstream.tex} display />
              </Row>
              {s.locals.map((l) => (
                <div className="term" key={l.edge}>
                  {/* The name as typed: the label row's small caps must not turn x into X. */}
                  <Row label={<>{TEXT.localFor}<span className="as-typed" style={{ textTransform: 'none' }}>{graph.nodes[l.operand].text}</span></>}>
                    <Tex tex={l.local.tex} display />
                  </Row>
                  <Row label={l.sum ? TEXT.productTerm : TEXT.product}><Tex tex={l.product.tex} display /></Row>
                  {l.sum && <Row label={TEXT.runningSum}><Tex tex={l.sum.tex} display /></Row>}
                </div>
              ))}
              {s.locals.length === 0 && graph.nodes[s.node].kind === 'input' && (
                <p className="muted">{TEXT.inputFinal}</p>
              )}
            </>
          )}
          {s.pattern && <p className="pattern">{s.pattern}</p>}
        </>
      )}
      <p className="sr-only" aria-live="polite">{s ? s.text : ''}</p>
    </section>
  );
}

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="formula-row">
      <div className="formula-label">{label}</div>
      {/* Focusable: a formula wider than the panel scrolls, and the keyboard must reach it too;
          there ←/→ scroll it instead of stepping. */}
      <div className="formula" tabIndex={0} onKeyDown={(e) => { if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') e.stopPropagation(); }}>
        {children}
      </div>
    </div>
  );
}
