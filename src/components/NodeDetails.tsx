/**
 * The node clicked in the graph: what the lesson has reached of it — its value once computed,
 * its gradient once the backward pass has come back to it, never earlier — with the formulas
 * that produced them, a jump to its step, and its numbers to copy at full precision.
 */
import { useState } from 'react';
import { describeStep, expandableCalls, formatNumber, hasExpansion, type Analysis, type Formula, type GraphNode } from '../core/index.ts';
import { useChainrule } from '../store/store.ts';
import { copyText, fullPrecision } from '../view/copyText.ts';
import { stepView } from '../view/graphState.ts';
import { fill } from './fill.tsx';
import { Tex } from './Tex.tsx';
import { useT } from './useT.ts';

/** The position of a fused gate among the program's fused calls, if it can be expanded. */
function expandable(analysis: Analysis, node: GraphNode): number | undefined {
  if (node.kind !== 'gate' || !hasExpansion(node.op)) return undefined;
  const i = expandableCalls(analysis.program).findIndex((s) => s.start === node.span.start && s.end === node.span.end);
  return i < 0 ? undefined : i;
}

export function NodeDetails({ analysis, step }: { analysis: Analysis; step: number }) {
  const TEXT = useT().nodeDetails;
  const selected = useChainrule((s) => s.selected);
  const select = useChainrule((s) => s.select);
  const goTo = useChainrule((s) => s.goTo);
  const detail = useChainrule((s) => s.detail);
  const expandGate = useChainrule((s) => s.expandGate);
  const [copied, setCopied] = useState<{ node: number; note: string } | null>(null);
  const { graph, trace, schedule } = analysis;
  const node = selected === null ? undefined : graph.nodes[selected];
  if (!node) return null;
  const view = stepView(analysis, step);
  const valueOn = view.valueShown(node.id);
  const gradOn = view.nodeGradShown(node.id);
  const forwardAt = schedule.forwardStepOf[node.id];
  const backwardAt = schedule.backwardStepOf[node.id];
  const forward = valueOn ? schedule.steps[forwardAt] : undefined;
  const backward = gradOn ? schedule.steps[backwardAt] : undefined;
  // The latest step of this node the lesson has already passed: never a step still ahead.
  const reachedStep = gradOn ? backwardAt : forwardAt >= 0 && forwardAt <= step ? forwardAt : -1;
  const copy = async (copied: (v: string) => string, v: number) => {
    const ok = await copyText(fullPrecision(v));
    setCopied({ node: node.id, note: ok ? copied(fullPrecision(v)) : TEXT.copyFailed });
  };
  return (
    <section className="node-details" aria-label={TEXT.region}>
      <h2 className="panel-title">
        {fill(TEXT.selected, <Tex tex={node.label} fallback={node.text} />)}
        <button type="button" className="link" onClick={() => select(null)} aria-label={TEXT.close}>×</button>
      </h2>
      <dl>
        <dt>{TEXT.value}</dt>
        <dd className="value">{valueOn ? formatNumber(trace.values[node.id]) : <span className="muted">{TEXT.notComputed}</span>}</dd>
        <dt>{TEXT.gradient}</dt>
        <dd className="grad">{gradOn ? formatNumber(trace.grads[node.id]) : <span className="muted">{node.kind === 'const' ? '—' : TEXT.notReached}</span>}</dd>
      </dl>
      <div className="node-actions">
        {reachedStep >= 0 && (
          <button type="button" onClick={() => goTo(reachedStep)}
            aria-describedby="go-to-step-hint">{TEXT.goTo}</button>
        )}
        {reachedStep >= 0 && (
          <span id="go-to-step-hint" className="muted">
            {(schedule.steps[reachedStep].kind === 'forward' ? TEXT.goToForward : TEXT.goToBackward)(reachedStep + 1)}
          </span>
        )}
        {valueOn && <button type="button" onClick={() => void copy(TEXT.copiedValue, trace.values[node.id])}>{TEXT.copyValue}</button>}
        {gradOn && <button type="button" onClick={() => void copy(TEXT.copiedGradient, trace.grads[node.id])}>{TEXT.copyGradient}</button>}
      </div>
      <p className="copy-status muted" role="status">{copied?.node === node.id ? copied.note : ''}</p>
      {forward?.kind === 'forward' && <StepFormula formula={describeStep(analysis, forward).formula} />}
      {backward?.kind === 'backward' && <StepFormula formula={describeStep(analysis, backward).upstream} />}
      {node.kind === 'const' && <p className="muted">{TEXT.constant}</p>}
      {detail === 'gates' && expandable(analysis, node) !== undefined && (
        <p className="muted">
          {TEXT.expandNote}{' '}
          <button type="button" title={TEXT.expandHint} onClick={() => expandGate(expandable(analysis, node) as number)}>{TEXT.expand}</button>
        </p>
      )}
    </section>
  );
}

/** A step's formula, typeset, with its plain text for screen readers. */
function StepFormula({ formula }: { formula: Formula | undefined }) {
  return formula ? <Tex tex={formula.tex} display fallback={formula.text} /> : null;
}
