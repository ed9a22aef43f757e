/**
 * "Loss curve": the output after each training step. A log axis when every loss is positive
 * (a loss falling from 40 to 0.01 stays readable), a linear one otherwise. Long runs are thinned
 * to at most ~600 points per path.
 */
import { decades, linear, log10Scale, pathThrough, powerLabel, type Scale } from '../../view/course/chart.ts';
import { short } from '../../view/course/format.ts';
import { usePanelT } from '../usePanelT.ts';


const W = 520;
const H = 240;
const M = { left: 62, right: 16, top: 12, bottom: 38 };
const MAX_POINTS = 600;

export function LossChart({ losses }: { losses: readonly number[] }) {
  const TEXT = usePanelT().course.loss;
  const finite = losses.filter(Number.isFinite);
  const n = Math.max(1, losses.length - 1);
  const lo = finite.length ? Math.min(...finite) : 0;
  const hi = finite.length ? Math.max(...finite) : 1;
  const logY = finite.length > 0 && lo > 0;
  const x = linear([0, n], [M.left, W - M.right]);
  let y: Scale;
  let ticks: number[];
  if (logY) {
    const [a, b] = lo === hi ? [lo / 2, hi * 2] : [lo, hi];
    y = log10Scale([a, b], [H - M.bottom, M.top]);
    ticks = decades(a, b, 6).filter((t) => t >= a * 0.999 && t <= b * 1.001);
    if (ticks.length === 0) ticks = [a, b];
  } else {
    const [a, b] = lo === hi ? [lo - 1, hi + 1] : [lo, hi];
    y = linear([a, b], [H - M.bottom, M.top]);
    ticks = [a, (a + b) / 2, b];
  }
  const every = Math.max(1, Math.ceil(losses.length / MAX_POINTS));
  const points: [number, number][] = [];
  losses.forEach((l, i) => {
    if (i % every === 0 || i === losses.length - 1) points.push([x(i), y(l)]);
  });
  const lastLoss = losses[losses.length - 1];
  return (
    <figure className="course-chart">
      <svg role="img" aria-label={TEXT.title} viewBox={`0 0 ${W} ${H}`} className="chart-svg">
        <desc>{TEXT.summary(losses.length - 1, short(losses[0]), short(lastLoss))}</desc>
        <g className="axis">
          {ticks.map((t) => (
            <g key={t} transform={`translate(${M.left},${y(t)})`}>
              <line x2={-5} /><line x2={W - M.left - M.right} className="grid" />
              <text x={-8} dy="0.32em" textAnchor="end">{logY && Math.abs(Math.log10(t) % 1) < 1e-9 ? powerLabel(t) : short(t)}</text>
            </g>
          ))}
          {[0, n].map((t) => (
            <g key={t} transform={`translate(${x(t)},${H - M.bottom})`}>
              <line y2={5} /><text y={18} textAnchor="middle">{t}</text>
            </g>
          ))}
          <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
          <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
          <text x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle">{TEXT.x}</text>
          <text transform={`translate(14,${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">{TEXT.y}{logY ? TEXT.log : ''}</text>
        </g>
        <path className="curve curve-loss" d={pathThrough(points)} />
        {Number.isFinite(lastLoss) && <circle className="curve-end" cx={x(losses.length - 1)} cy={y(lastLoss)} r={3.5} />}
      </svg>
    </figure>
  );
}
