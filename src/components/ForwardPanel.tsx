/**
 * Forward mode explained (lazy-loaded): the current step's tangent v̇ = Σ ∂v/∂a · ȧ in KaTeX,
 * at the end the sweep's ∂f/∂x beside reverse mode's, and what each mode costs for this
 * program: forward one pass per input, reverse one per output.
 */
import type { Analysis } from '../core/index.ts';
import { describeTangent, formatNumber, texNumber } from '../core/index.ts';
import { passCounts, type ForwardSchedule } from '../core/steps/forwardMode.ts';
import { tangentMeaning } from '../core/tex/forwardTex.ts';
import { Tex } from './Tex.tsx';
import './forwardPanel.css';
import { StepSummary } from './engineText.tsx';
import { usePanelT } from './usePanelT.ts';
import { useChainrule } from '../store/store.ts';
import { numbersHidden } from '../store/slices.ts';
import { blankStep } from '../view/presenter/hideNumbers.ts';


interface Props {
  analysis: Analysis;
  sweep: ForwardSchedule | null;
  step: number;
  /** Practice: the step's formulas wait for the answer. */
  concealed: boolean;
}

export function ForwardPanel({ analysis, sweep, step, concealed }: Props) {
  const TEXT = usePanelT().forwardMode;
  // "Hide numbers": the step's value and tangent are blanks, and the sweep's result waits for the next look.
  const hide = useChainrule(numbersHidden);
  if (!sweep) return <section className="step-panel" aria-label={TEXT.region}><p className="muted">{TEXT.noInputs}</p></section>;
  const atEnd = step === sweep.steps.length - 1;
  return (
    <>
      <TangentStepPanel analysis={analysis} sweep={sweep} step={step} concealed={concealed} hide={hide} />
      {atEnd && !concealed && !hide && <BothWays analysis={analysis} sweep={sweep} />}
      <Cost analysis={analysis} />
    </>
  );
}

function TangentStepPanel({ analysis, sweep, step, concealed, hide }: Props & { sweep: ForwardSchedule; hide: boolean }) {
  const TEXT = usePanelT().forwardMode;
  const { graph } = analysis;
  const s = sweep.steps[step];
  const described = s && blankStep(describeTangent(analysis, sweep, s), hide);
  return (
    <section className="step-panel forward-panel" aria-label={TEXT.region}>
      <h2 className="panel-title">
        {s && <>{TEXT.step(step + 1, sweep.steps.length)} · <span className="phase phase-tangent">{TEXT.phase}</span></>}
      </h2>
      {s && <p className="step-node">{TEXT.node}<Tex tex={graph.nodes[s.node].label} fallback={graph.nodes[s.node].text} /></p>}
      {s && concealed && <p className="muted">{TEXT.hidden}</p>}
      {described && !concealed && described.lines.map((line, i) => (
        <div className="formula" key={i} tabIndex={0}><Tex tex={line.tex} display fallback={line.text} /></div>
      ))}
      {s && !concealed && step === 0 && <p className="pattern">{TEXT.seed}</p>}
      <p className="sr-only" aria-live="polite">{described && !concealed ? <StepSummary step={described} /> : ''}</p>
    </section>
  );
}

/** The sweep's ∂f/∂x beside backprop's. */
function BothWays({ analysis, sweep }: { analysis: Analysis; sweep: ForwardSchedule }) {
  const TEXT = usePanelT().forwardMode;
  const { graph, trace } = analysis;
  const reverse = trace.grads[sweep.wrt];
  const meaning = tangentMeaning(graph.nodes[graph.output], graph.nodes[sweep.wrt]);
  const agree = Math.abs(reverse - sweep.gradient) <= 1e-9 * Math.max(1, Math.abs(reverse)) || formatNumber(reverse) === formatNumber(sweep.gradient);
  const row = (mode: 'forward' | 'reverse', v: number) => (
    <>
      <dt>{mode === 'forward' ? TEXT.forward : TEXT.reverse}</dt>
      <dd data-mode={mode}><Tex tex={`${meaning.tex} = ${texNumber(v)}`} /> <span className="sr-only">{formatNumber(v)}</span></dd>
    </>
  );
  return (
    <section className="mode-result" aria-label={TEXT.result}>
      <h3>{TEXT.result}</h3>
      <dl>{row('forward', sweep.gradient)}{row('reverse', reverse)}</dl>
      <p className="muted">{agree ? TEXT.same : TEXT.differ}</p>
    </section>
  );
}

function Cost({ analysis }: { analysis: Analysis }) {
  const TEXT = usePanelT().forwardMode;
  const counts = passCounts(analysis.graph);
  return (
    <section className="mode-cost" aria-label={TEXT.cost}>
      <h3>{TEXT.cost}</h3>
      <p>{TEXT.forwardPasses(counts.forward)}</p>
      <p>{TEXT.reversePasses(counts.reverse)}</p>
      <p className="muted">{TEXT.why}</p>
    </section>
  );
}
