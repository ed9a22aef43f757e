/**
 * The level of detail: each named line as one node (Statements), today's gates (Gates), every
 * fused function drawn as its elementary gates (Primitives), or each statement as written with its
 * vectors and matrices whole (Layers). Switching keeps the place.
 */
import { VIEW_DETAILS } from '../core/index.ts';
import { useChainrule } from '../store/store.ts';
import { useT } from './useT.ts';

export function DetailControl() {
  const TEXT = useT().detail;
  const detail = useChainrule((s) => s.detail);
  const setDetail = useChainrule((s) => s.setDetail);
  return (
    <div className="detail-control" role="radiogroup" aria-labelledby="detail-control-name">
      <span id="detail-control-name" className="label-text">{TEXT.name}</span>
      {VIEW_DETAILS.map((d) => (
        <label key={d} className={d === detail ? 'on' : undefined} title={TEXT[d].hint}>
          <input type="radio" name="detail" value={d} checked={d === detail} onChange={() => setDetail(d)} />
          {TEXT[d].label}
        </label>
      ))}
    </div>
  );
}
