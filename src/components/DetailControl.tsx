/**
 * The level of detail: each named line as one node (Statements), today's gates (Gates), or
 * every fused function drawn as its elementary gates (Primitives). Switching keeps the place.
 */
import { DETAILS, type Detail } from '../core/index.ts';
import { useChainrule } from '../store/store.ts';

const TEXT = {
  name: 'Detail',
  options: {
    statements: { label: 'Statements', hint: 'Each named line is one node' },
    gates: { label: 'Gates', hint: 'Every operation is one gate' },
    primitives: { label: 'Primitives', hint: 'sigmoid, tanh and softplus drawn as elementary gates' },
  } satisfies Record<Detail, { label: string; hint: string }>,
};

export function DetailControl() {
  const detail = useChainrule((s) => s.detail);
  const setDetail = useChainrule((s) => s.setDetail);
  return (
    <div className="detail-control" role="radiogroup" aria-labelledby="detail-control-name">
      <span id="detail-control-name" className="label-text">{TEXT.name}</span>
      {DETAILS.map((d) => (
        <label key={d} className={d === detail ? 'on' : undefined} title={TEXT.options[d].hint}>
          <input type="radio" name="detail" value={d} checked={d === detail} onChange={() => setDetail(d)} />
          {TEXT.options[d].label}
        </label>
      ))}
    </div>
  );
}
