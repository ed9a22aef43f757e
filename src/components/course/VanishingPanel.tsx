/**
 * Vanishing gradients: |∂out/∂node| by distance from the output, for any program; on the deep
 * chain a switch rebuilds the chain with another activation while the chart compares all four;
 * and the four activations with their derivatives, each derivative's maximum marked.
 */
import { useMemo } from 'react';
import { analyze, type Analysis } from '../../core/index.ts';
// Straight from the module, not the barrel: the bundler then keeps this code in the lazy chunk.
import { gradientByDepth, type DepthBar } from '../../core/course/depth.ts';
import { CHAIN_ACTIVATIONS, chainActivationOf, deepChain, type ChainActivation } from '../../presets/index.ts';
import { useChainrule } from '../../store/store.ts';
import { ActivationChart } from './ActivationChart.tsx';
import { DepthChart, type DepthSeries } from './DepthChart.tsx';
import { ACTIVATION_LABEL } from '../../view/course/activations.ts';
import { usePanelT } from '../usePanelT.ts';


export default function VanishingPanel({ analysis, stale }: { analysis: Analysis; stale: boolean }) {
  const TEXT = usePanelT().course.vanishing;
  const source = useChainrule((s) => s.lesson().shownSource ?? s.lastGoodSource);
  const applyEdit = useChainrule((s) => s.applyEdit);
  const language = useChainrule((s) => s.language);
  const chain = chainActivationOf(source);
  const series = useMemo<DepthSeries[]>(() => {
    if (chain === null) return [{ key: 'program', label: analysis.graph.outputName, bars: gradientByDepth(analysis.graph, analysis.trace.grads), current: true }];
    return CHAIN_ACTIVATIONS.map((act) => ({ key: act, label: ACTIVATION_LABEL[act], bars: chainBars(act), current: act === chain }));
  }, [analysis, chain]);
  return (
    <div className="vanishing">
      <p className="muted">{TEXT.intro}</p>
      {chain !== null ? (
        <fieldset className="activation-switch" disabled={stale}>
          <legend>{TEXT.activation}</legend>
          {CHAIN_ACTIVATIONS.map((act) => (
            <label key={act}>
              <input type="radio" name="chain-activation" value={act} checked={act === chain} onChange={() => applyEdit(deepChain(act, 8, language))} />
              {ACTIVATION_LABEL[act]}
            </label>
          ))}
          <p className="muted">{TEXT.chainNote}</p>
        </fieldset>
      ) : <p className="muted">{TEXT.tryChain}</p>}
      <DepthChart series={series} />
      <ActivationChart />
    </div>
  );
}

const chainCache = new Map<ChainActivation, DepthBar[]>();
function chainBars(act: ChainActivation): DepthBar[] {
  const hit = chainCache.get(act);
  if (hit) return hit;
  const a = analyze(deepChain(act));
  const bars = a.ok ? gradientByDepth(a.value.graph, a.value.trace.grads) : [];
  chainCache.set(act, bars);
  return bars;
}
