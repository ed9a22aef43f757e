/**
 * "Activation functions": sigmoid, tanh, ReLU and softplus, each with its derivative (dashed)
 * and the derivative's maximum marked, in four small panels of one image.
 */
import { CHAIN_ACTIVATIONS } from '../../presets/index.ts';
import { ACTIVATIONS, ACTIVATION_LABEL } from '../../view/course/activations.ts';
import { linear, pathThrough } from '../../view/course/chart.ts';
import { usePanelT } from '../usePanelT.ts';


const PANEL_W = 260;
const PANEL_H = 150;
const PAD = { left: 30, right: 10, top: 22, bottom: 18 };
const X_RANGE: [number, number] = [-5, 5];
const SAMPLES = 121;

export function ActivationChart() {
  const TEXT = usePanelT().course.activations;
  return (
    <figure className="course-chart">
      <svg role="img" aria-label={TEXT.title} viewBox={`0 0 ${PANEL_W * 2} ${PANEL_H * 2}`} className="chart-svg">
        <desc>{TEXT.summary}</desc>
        {CHAIN_ACTIVATIONS.map((act, i) => {
          const { f, df, peak } = ACTIVATIONS[act];
          const yMax = act === 'relu' || act === 'softplus' ? 5 : 1;
          const yMin = act === 'tanh' ? -1 : 0;
          const x = linear(X_RANGE, [PAD.left, PANEL_W - PAD.right]);
          const y = linear([yMin, yMax], [PANEL_H - PAD.bottom, PAD.top]);
          const xs = Array.from({ length: SAMPLES }, (_, k) => X_RANGE[0] + ((X_RANGE[1] - X_RANGE[0]) * k) / (SAMPLES - 1));
          // ReLU′ jumps at 0: two pieces, not a slanted line across the kink.
          const dfPath = act === 'relu'
            ? `${pathThrough([[x(-5), y(0)], [x(0), y(0)]])}${pathThrough([[x(0), y(1)], [x(5), y(1)]])}`
            : pathThrough(xs.map((v) => [x(v), y(df(v))]));
          const peakY = df(peak.x);
          return (
            <g key={act} transform={`translate(${(i % 2) * PANEL_W},${Math.floor(i / 2) * PANEL_H})`} className="activation">
              <text x={PAD.left} y={14} className="panel-label">{ACTIVATION_LABEL[act]}</text>
              <line className="axis-line" x1={x(X_RANGE[0])} x2={x(X_RANGE[1])} y1={y(0)} y2={y(0)} />
              <line className="axis-line" x1={x(0)} x2={x(0)} y1={y(yMin)} y2={y(yMax)} />
              <text className="tick" x={PAD.left - 4} y={y(yMax)} dy="0.32em" textAnchor="end">{yMax}</text>
              <text className="tick" x={PAD.left - 4} y={y(yMin)} dy="0.32em" textAnchor="end">{yMin}</text>
              <line className="peak-line" x1={x(X_RANGE[0])} x2={x(X_RANGE[1])} y1={y(peak.value)} y2={y(peak.value)} />
              <path className="curve curve-f" d={pathThrough(xs.map((v) => [x(v), y(f(v))]))} />
              <path className="curve curve-df" d={dfPath} />
              <circle className="peak" cx={x(peak.x)} cy={y(peakY)} r={4}><title>{TEXT.peak[act]}</title></circle>
              <text className="peak-note" x={PANEL_W - PAD.right} y={14} textAnchor="end">{TEXT.peak[act]}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
