/**
 * The course's worked examples. Loading one keeps the student's own program as a draft that
 * one more choice brings back, so no typed text is lost.
 */
import { PRESETS, presetById } from '../presets/index.ts';
import { useChainrule } from '../store/store.ts';

const DRAFT = '__draft__';

export function PresetPicker() {
  const presetId = useChainrule((s) => s.presetId);
  const hasDraft = useChainrule((s) => s.draft !== null);
  const loadPreset = useChainrule((s) => s.loadPreset);
  const restoreDraft = useChainrule((s) => s.restoreDraft);
  const preset = presetId ? presetById(presetId) : undefined;
  return (
    <div className="preset-picker">
      <label>
        <span className="label-text">Example</span>
        <select
          value={presetId ?? ''}
          onChange={(e) => (e.target.value === DRAFT ? restoreDraft() : loadPreset(e.target.value))}
        >
          {presetId === null && <option value="">Your program</option>}
          {PRESETS.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
          {hasDraft && <option value={DRAFT}>↩ Back to your program</option>}
        </select>
      </label>
      <p className="teaches">{preset ? preset.teaches : 'Your own program. Pick an example to explore the course.'}</p>
    </div>
  );
}
