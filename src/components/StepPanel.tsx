/**
 * The current step explained: the forward equation with numbers, or for a backward step the
 * upstream gradient (a sum at a fan-out), then per operand the local gradient — symbolic,
 * then numeric — and its chain-rule product; with the gate's pattern in one line.
 * All formulas are the engine's TeX; a polite live region reads the plain-text version.
 */
import type { ReactNode } from 'react';
import type { Analysis, Step } from '../core/index.ts';
import { Tex } from './Tex.tsx';

interface Props {
  analysis: Analysis;
  step: number;
  /** Practice: the step asks first, so its formulas wait for the answer. */
  concealed?: boolean;
}

export function StepPanel({ analysis, step, concealed = false }: Props) {
  const { schedule, graph } = analysis;
  const s: Step | undefined = schedule.steps[step];
  return (
    <section className="step-panel" aria-label="Step explanation">
      <h2 className="panel-title">
        {s ? <>Step {step + 1} of {schedule.steps.length} · <span className={`phase phase-${s.kind}`}>{s.kind === 'forward' ? 'Forward pass' : 'Backward pass'}</span></> : 'No steps'}
      </h2>
      {!s && <p className="muted">This program has no gates to evaluate and nothing to backpropagate.</p>}
      {s && concealed && <p className="muted">Answer the question above to see this step.</p>}
      {s && !concealed && (
        <>
          <p className="step-node">
            {s.kind === 'forward' ? 'Computing ' : 'Gradient at '}
            <Tex tex={graph.nodes[s.node].label} />
          </p>
          {s.kind === 'forward' ? (
            <Row label="Forward"><Tex tex={s.formula.tex} display /></Row>
          ) : (
            <>
              <Row label={s.terms.length > 1 ? 'Upstream gradient: the sum of its terms' : 'Upstream gradient'}>
                <Tex tex={s.upstream.tex} display />
              </Row>
              {s.locals.map((l) => (
                <div className="term" key={l.edge}>
                  <Row label={`Local gradient for ${graph.nodes[l.operand].text}`}><Tex tex={l.local.tex} display /></Row>
                  <Row label="Upstream × local"><Tex tex={l.product.tex} display /></Row>
                </div>
              ))}
              {s.locals.length === 0 && graph.nodes[s.node].kind === 'input' && (
                <p className="muted">An input: its gradient is final.</p>
              )}
            </>
          )}
          {s.pattern && <p className="pattern">{s.pattern}</p>}
        </>
      )}
      <p className="sr-only" aria-live="polite">{s && !concealed ? s.text : ''}</p>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
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
