/**
 * "Cost of gradients": gate evaluations against the number of parameters on log–log axes,
 * from this program's parameter count to beyond GPT-3's 175 billion. Backprop grows like P
 * (one forward and one backward pass), central differences like P² (two passes per parameter).
 */
// Straight from the module, not the barrel: the bundler then keeps this code in the lazy chunk.
import { costAt, type GradCost } from '../../core/course/gradcheck.ts';
import { decades, log10Scale, pathThrough, powerLabel } from '../../view/course/chart.ts';
import { usePanelT } from '../usePanelT.ts';


const W = 520;
const H = 280;
const M = { left: 62, right: 16, top: 14, bottom: 40 };
const GPT3 = 175e9;
const X_MAX = 1e12;

export function CostChart({ cost, inputs }: { cost: GradCost; inputs: number }) {
  const TEXT = usePanelT().course.cost;
  const k = Math.max(1, inputs);
  const lo = costAt(cost, k, k);
  const hi = costAt(cost, k, X_MAX);
  const yMin = Math.min(lo.backprop, lo.numeric) / 2;
  const yMax = Math.max(hi.backprop, hi.numeric) * 2;
  const x = log10Scale([k, X_MAX], [M.left, W - M.right]);
  const y = log10Scale([yMin, yMax], [H - M.bottom, M.top]);
  const samples = Array.from({ length: 41 }, (_, i) => k * (X_MAX / k) ** (i / 40));
  const curve = (which: 'backprop' | 'numeric') => pathThrough(samples.map((p) => [x(p), y(costAt(cost, k, p)[which])]));
  const gpt = costAt(cost, k, GPT3);
  return (
    <figure className="course-chart">
      <svg role="img" aria-label={TEXT.title} aria-describedby="cost-chart-summary" viewBox={`0 0 ${W} ${H}`} className="chart-svg">
        <g className="axis">
          {decades(k, X_MAX, 7).filter((t) => t >= k / 1.0001).map((t) => (
            <g key={t} transform={`translate(${x(t)},${H - M.bottom})`}>
              <line y2={5} /><text y={18} textAnchor="middle">{powerLabel(t)}</text>
            </g>
          ))}
          {decades(yMin, yMax, 7).filter((t) => t >= yMin && t <= yMax).map((t) => (
            <g key={t} transform={`translate(${M.left},${y(t)})`}>
              <line x2={-5} /><line x2={W - M.left - M.right} className="grid" /><text x={-8} dy="0.32em" textAnchor="end">{powerLabel(t)}</text>
            </g>
          ))}
          <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
          <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
          <text x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle">{TEXT.x}</text>
          <text transform={`translate(14,${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">{TEXT.y}</text>
        </g>
        <path className="curve curve-numeric" d={curve('numeric')} />
        <path className="curve curve-backprop" d={curve('backprop')} />
        <g className="marker">
          <line x1={x(GPT3)} x2={x(GPT3)} y1={M.top} y2={H - M.bottom} />
          <circle cx={x(GPT3)} cy={y(gpt.numeric)} r={4} />
          <circle cx={x(GPT3)} cy={y(gpt.backprop)} r={4} />
          <text x={x(GPT3) - 6} y={M.top + 12} textAnchor="end">{TEXT.gpt3}</text>
        </g>
        <g className="marker here">
          <circle cx={x(k)} cy={y(lo.numeric)} r={4} />
          <text x={x(k) + 8} y={y(lo.numeric) - 8}>{TEXT.here}</text>
        </g>
      </svg>
      <figcaption>
        <span id="cost-chart-summary" className="sr-only">{TEXT.summary(inputs)}</span>
        <span className="key key-numeric">{TEXT.numeric}</span>
        <span className="key key-backprop">{TEXT.backprop}</span>
      </figcaption>
    </figure>
  );
}
