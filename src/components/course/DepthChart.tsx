/**
 * "Gradient magnitude by depth": one group of bars per distance from the output, one bar per
 * series (the program, or the deep chain with each activation), on a log axis. A zero gradient
 * cannot sit on a log axis: it gets a stub at the bottom labelled 0.
 */
import type { DepthBar } from '../../core/course/depth.ts';
import { decades, log10Scale, powerLabel } from '../../view/course/chart.ts';
import { short } from '../../view/course/format.ts';
import { usePanelT } from '../usePanelT.ts';


export interface DepthSeries {
  readonly key: string;
  readonly label: string;
  readonly bars: readonly DepthBar[];
  /** The series the program on screen is. */
  readonly current: boolean;
}

const W = 560;
const H = 260;
const M = { left: 62, right: 12, top: 12, bottom: 40 };

export function DepthChart({ series }: { series: readonly DepthSeries[] }) {
  const TEXT = usePanelT().course.depth;
  const depths = Math.max(1, ...series.map((s) => s.bars.length));
  const positive = series.flatMap((s) => s.bars.map((b) => b.magnitude)).filter((m) => m > 0 && Number.isFinite(m));
  const lo = positive.length ? Math.min(...positive) : 1e-3;
  const hi = positive.length ? Math.max(...positive) : 1;
  // Whole decades strictly around the data, so the smallest bar still has a height.
  const [a, b] = [10 ** (Math.ceil(Math.log10(lo)) - 1), 10 ** (Math.floor(Math.log10(hi)) + 1)];
  const y = log10Scale([a, b], [H - M.bottom, M.top]);
  const band = (W - M.left - M.right) / depths;
  const barWidth = Math.max(2, (band * 0.8) / series.length);
  const ticks = decades(a, b, 7).filter((t) => t >= a && t <= b);
  return (
    <figure className="course-chart">
      <svg role="img" aria-label={TEXT.title} viewBox={`0 0 ${W} ${H}`} className="chart-svg">
        <desc>{series.map((s) => `${s.label}: ${s.bars.map((bar) => short(bar.magnitude)).join(', ')}`).join('; ')}</desc>
        <g className="axis">
          {ticks.map((t) => (
            <g key={t} transform={`translate(${M.left},${y(t)})`}>
              <line x2={-5} /><line x2={W - M.left - M.right} className="grid" /><text x={-8} dy="0.32em" textAnchor="end">{powerLabel(t)}</text>
            </g>
          ))}
          {Array.from({ length: depths }, (_, d) => (
            <text key={d} x={M.left + band * (d + 0.5)} y={H - M.bottom + 16} textAnchor="middle">{d}</text>
          ))}
          <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
          <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
          <text x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle">{TEXT.x}</text>
          <text transform={`translate(14,${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">{TEXT.y}</text>
        </g>
        {series.map((s, k) => (
          <g key={s.key} className={`bars series-${k}${s.current ? ' current' : ''}`}>
            {s.bars.map((bar) => {
              const x0 = M.left + band * bar.depth + band * 0.1 + barWidth * k;
              const ok = bar.magnitude > 0 && Number.isFinite(bar.magnitude);
              const top = ok ? Math.max(M.top, y(bar.magnitude)) : H - M.bottom - 3;
              return (
                <g key={bar.depth}>
                  <rect x={x0} y={top} width={barWidth - 1} height={H - M.bottom - top}>
                    <title>{TEXT.bar(s.label, bar.depth, short(bar.magnitude), bar.nodes.join(', '))}</title>
                  </rect>
                  {!ok && <text x={x0 + barWidth / 2} y={top - 3} textAnchor="middle" className="zero">{Number.isNaN(bar.magnitude) ? 'NaN' : '0'}</text>}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      {series.length > 1 && (
        <figcaption>
          {series.map((s, k) => <span key={s.key} className={`key key-series-${k}${s.current ? ' current' : ''}`}>{s.label}</span>)}
        </figcaption>
      )}
    </figure>
  );
}
