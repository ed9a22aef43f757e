/**
 * Every input with a number field and a slider. A change rewrites that input's line in the
 * program (the text stays the one source of truth); the graph keeps its layout. Inputs used
 * but never declared get a one-click "declare".
 */
import { memo, useRef, useState } from 'react';
import { formatNumber, numberLiteral, type Analysis } from '../core/index.ts';
import { useChainrule } from '../store/store.ts';
import { isApplyingEdit } from '../view/editorEdits.ts';
import { stepView } from '../view/graphState.ts';
import { Tex } from './Tex.tsx';
import { useT } from './useT.ts';

/**
 * Rows drawn at most: each is a typeset name and two form controls, and a big program's 500
 * inputs took most of a second to mount and lay out. The rest are changed in the text.
 */
const INPUT_ROWS = 100;

export function InputsPanel({ analysis, stale, step }: { analysis: Analysis; stale: boolean; step: number }) {
  const TEXT = useT().inputs;
  const { graph, inputValues } = analysis;
  // Each input's gradient appears once the backward pass has reached it, never earlier.
  const view = stepView(analysis, step);
  const setInput = useChainrule((s) => s.setInput);
  const declare = useChainrule((s) => s.declare);
  const t = useT().bigGraph;
  return (
    <section className="inputs-panel" aria-label={TEXT.title}>
      <h2 className="panel-title">{TEXT.title}</h2>
      {graph.inputs.length === 0 && <p className="muted">{TEXT.none}</p>}
      {stale && graph.inputs.length > 0 && <p className="muted">{TEXT.stale}</p>}
      <ul>
        {graph.inputs.slice(0, INPUT_ROWS).map((id, i) => {
          const node = graph.nodes[id];
          if (node.kind !== 'input') return null;
          return (
            <li key={node.name} className="input-row">
              <span className="input-name"><Tex tex={node.label} fallback={node.text} /></span>
              <NumberField name={node.name} value={inputValues[i]} disabled={stale} onChange={setInput} />
              <Slider name={node.name} value={inputValues[i]} disabled={stale || !node.declared} onChange={setInput} />
              {view.nodeGradShown(id) && (
                <span className="input-grad"><span className="sr-only">{TEXT.gradient} </span>∂ {formatNumber(analysis.trace.grads[id])}</span>
              )}
              {!node.declared && (
                <button type="button" className="declare" disabled={stale} onClick={() => declare(node.name, inputValues[i])}
                  title={TEXT.declareHint(node.name)}>
                  {TEXT.declare}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {graph.inputs.length > INPUT_ROWS && <p className="muted">{t.moreInputs(graph.inputs.length - INPUT_ROWS)}</p>}
    </section>
  );
}

/** Sets input `name` to `value`; `drag` names the edit group of a slider's drag. Stable (the store's), so the rows below stay memoised. */
type SetInput = (name: string, value: number, drag?: string) => void;

/**
 * Keeps what the student is typing ("-", "1e") until it reads as a number. Memoised, like the
 * slider: a step re-renders the panel (for the gradients), and React re-writes every re-rendered
 * input's `type` and `name` attributes, restyling and laying out the panel on each step.
 */
const NumberField = memo(function NumberField({ name, value, disabled, onChange }: { name: string; value: number; disabled: boolean; onChange: SetInput }) {
  const [draft, setDraft] = useState<string | null>(null);
  // A value that is not a number (1e400 is Infinity) shows as such, never as a literal like 0.
  const TEXT = useT().inputs;
  const shown = draft ?? (Number.isFinite(value) ? numberLiteral(value) : String(value));
  return (
    <input
      type="text" inputMode="decimal" className="number-field" aria-label={TEXT.value(name)}
      value={shown} disabled={disabled}
      onChange={(e) => {
        setDraft(e.target.value);
        const v = Number(e.target.value);
        if (e.target.value.trim() !== '' && Number.isFinite(v)) onChange(name, v);
      }}
      // An app edit borrows the focus for a moment; only a real leave drops what is typed here.
      onBlur={() => {
        if (!isApplyingEdit()) setDraft(null);
      }}
    />
  );
});

let drags = 0;

/** ±5, or twice the value, whichever is wider; ±5 for a value that is not finite. */
const sliderRange = (value: number) => (Number.isFinite(value) ? Math.max(5, Math.ceil(Math.abs(value) * 2)) : 5);

/**
 * A slider around the value it started from; dragging never changes its own range. One drag
 * is one edit group (one Ctrl+Z step); each arrow key press is a step of its own.
 */
const Slider = memo(function Slider({ name, value, disabled, onChange }: {
  name: string; value: number; disabled: boolean; onChange: SetInput;
}) {
  const TEXT = useT().inputs;
  const [range, setRange] = useState(() => sliderRange(value));
  // An edit of the text can move the value past the ends: the range follows it then. A drag
  // never does (it stays inside), so the range still never changes under the pointer.
  if (Number.isFinite(value) && Math.abs(value) > range) setRange(sliderRange(value));
  const drag = useRef<string | undefined>(undefined);
  const step = range / 200;
  // No slider for Infinity or NaN: its ends would be ±Infinity and a key press would write a
  // made-up finite number into the program.
  const finite = Number.isFinite(value);
  return (
    <input
      type="range" aria-label={TEXT.slider(name)} min={-range} max={range} step={step} value={finite ? value : 0} disabled={disabled || !finite}
      aria-valuetext={formatNumber(value)}
      onPointerDown={() => (drag.current = `drag ${++drags}`)}
      onKeyDown={() => (drag.current = undefined)}
      onChange={(e) => onChange(name, Number(Number(e.target.value).toFixed(3)), drag.current)}
    />
  );
});
