/**
 * The lesson's switches: Practice (each step asks before it tells), the differentiation Mode
 * (reverse, today's backprop, or forward), and in forward mode the input it differentiates by.
 */
import type { Analysis } from '../core/index.ts';
import { wrtName } from '../view/forwardSweep.ts';
import { useChainrule } from '../store/store.ts';
import { useT } from './useT.ts';
import './lessonControls.css';

export function LessonControls({ analysis }: { analysis: Analysis | null }) {
  const TEXT = useT().lesson;
  const practice = useChainrule((s) => s.practice);
  const mode = useChainrule((s) => s.mode);
  const wrt = useChainrule((s) => s.wrt);
  const setPractice = useChainrule((s) => s.setPractice);
  const setMode = useChainrule((s) => s.setMode);
  const setWrt = useChainrule((s) => s.setWrt);
  const inputs = analysis ? analysis.graph.inputs.map((id) => analysis.graph.nodes[id].text) : [];
  const current = analysis ? wrtName(analysis, wrt) : null;
  return (
    <div className="lesson-controls">
      <button
        type="button" role="switch" aria-checked={practice} className={`switch${practice ? ' on' : ''}`}
        onClick={() => setPractice(!practice)}
      >
        <span className="switch-track" aria-hidden="true"><span className="switch-thumb" /></span>
        {TEXT.practice}
      </button>
      <div role="radiogroup" aria-label={TEXT.mode} className="mode-group">
        <span className="label-text" aria-hidden="true">{TEXT.mode}</span>
        {(['reverse', 'forward'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {m === 'reverse' ? TEXT.reverse : TEXT.forward}
          </label>
        ))}
      </div>
      {mode === 'forward' && (
        <label className="wrt">
          <span className="label-text">{TEXT.wrt}</span>
          <select value={current ?? ''} onChange={(e) => setWrt(e.target.value)} disabled={inputs.length === 0}>
            {inputs.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </label>
      )}
    </div>
  );
}
