/**
 * The Layers view (lazy: loaded when Layers is first chosen): the drawing — one node per
 * statement as written, a vector or matrix as a grid of cells coloured by value, then by gradient
 * once the backward pass reaches it (its step panel is LayersStepPanel.tsx). A picked cell names
 * its number and offers "Show this entry's step" (Gates at that scalar's step; Back returns).
 * Everything shown is read from the one Gates tape.
 */
import { memo, useCallback, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { entryNode, formatNumber, type LayerNode, type LayersAnalysis } from '../../core/index.ts';
import { useChainrule } from '../../store/store.ts';
import { numbersHidden } from '../../store/slices.ts';
import { BLANK } from '../../view/presenter/hideNumbers.ts';
import { isLayersForward } from '../../core/layers/layerTangents.ts';
import { cellNumber, darkFill, divergingColour, layerMagnitudes, layerTangentMagnitudes, NEGATIVE, NEUTRAL, POSITIVE, stepScales } from '../../view/layers/layerColour.ts';
import { labelText, layoutLayers, type LayerLayout, type PlacedLayer } from '../../view/layers/layerLayout.ts';
import { layerStepState, type Shows } from '../../view/layers/layersView.ts';
import { useStore } from 'zustand';
import { pickedEntry, pickInGraph } from './pickedEntry.ts';
import { usePanelT } from '../usePanelT.ts';
import './layers.css';

// Layouts by structure (and names): a changed value never moves a node. Per analysis first: the
// structure key of a 40k-node graph is a long string, and building and hashing it took ~4 ms a step.
const layouts = new Map<string, LayerLayout>();
const layoutByAnalysis = new WeakMap<LayersAnalysis, LayerLayout>();
function layoutOf(la: LayersAnalysis): LayerLayout {
  const known = layoutByAnalysis.get(la);
  if (known) return known;
  const key = `${la.gates.graph.layoutKey}|${la.layers.nodes.map(labelText).join(',')}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout = layoutLayers(la.layers.nodes);
    if (layouts.size > 16) layouts.clear();
    layouts.set(key, layout);
  }
  layoutByAnalysis.set(la, layout);
  return layout;
}

interface GraphProps {
  la: LayersAnalysis;
  step: number;
  stale?: boolean;
  /** The graph's strip of controls (legend, table view, panel toggles), drawn above the drawing. */
  controls: ReactNode;
}

export function LayersGraph({ la, step, stale = false, controls }: GraphProps) {
  const T = usePanelT().layers;
  const layout = layoutOf(la);
  const state = useMemo(() => layerStepState(la, step), [la, step]);
  // "Hide numbers": the cells this step fills (its statement's values, or the gradients it completes) are blanks.
  // Practice conceals what the step asks as Hide numbers blanks it: the cells this step fills.
  const hide = useChainrule((st) => numbersHidden(st) || st.lesson().concealed);
  const before = useMemo(() => (hide && step > 0 ? layerStepState(la, step - 1) : null), [hide, la, step]);
  const blank = (id: number) => hide && ((id === state.current && state.kind === 'forward') || (before !== null && before.shows[id] !== state.shows[id]));
  const { values, grads } = la.gates.trace;
  const nodes = la.layers.nodes;
  // Forward mode: the cells hold the sweep's tangents ∂v/∂x, on their own scale.
  const sweep = isLayersForward(la) ? la.sweep : null;
  const tangents = sweep?.tangents ?? values;
  const wrt = sweep ? la.gates.graph.nodes[sweep.wrt].text : '';
  const scales = useMemo(
    () => stepScales(layerMagnitudes(la.layers, nodes, values, grads), state.shows, sweep ? layerTangentMagnitudes(sweep, nodes, sweep.tangents) : undefined),
    [la, nodes, state, values, grads, sweep],
  );
  const picked = useStore(pickedEntry, (p) => p.id);
  const pickedHere = useStore(pickedEntry, (p) => p.from === 'graph');
  const showEntryStep = useChainrule((s) => s.showEntryStep);
  const output = nodes[la.layers.output].name;
  const pickedLayer = picked === null ? undefined : la.layers.layerOf.get(picked);
  // Stable for an analysis and language, so a node whose state this step leaves alone is not drawn again (LayerMark is memo).
  const nameOf = useCallback((id: number) => la.gates.graph.nodes[id]?.name ?? '', [la]);
  const cellText = useCallback((id: number, shows: Shows, blanked = false) => {
    const name = nameOf(id);
    if (shows === 'grad') return T.cellGrad(output, name, blanked ? BLANK : formatNumber(grads[id]));
    if (shows === 'tangent') return T.cellTangent(name, wrt, blanked ? BLANK : formatNumber(tangents[id]));
    if (shows === 'value') return T.cellValue(name, blanked ? BLANK : formatNumber(values[id]));
    return T.cellPending(name);
  }, [T, nameOf, output, grads, values, tangents, wrt]);
  return (
    <div className={`graph-view layers-view${stale ? ' stale' : ''}`}>
      <div className="graph-strip">
        {controls}
        <ColourLegend value={scales.value} grad={scales.grad} tangent={scales.tangent} wrt={wrt} />
      </div>
      <div className="graph-body layers-body">
        <svg
          className="graph-svg layers-svg" role="group" aria-label={T.graph}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          style={{ maxWidth: layout.width * 1.6, maxHeight: layout.height * 1.6 }}
        >
          <defs>
            <marker id="layers-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0L10,5L0,10z" className="layers-arrowhead" />
            </marker>
          </defs>
          <g className="layers-edges">
            {layout.edges.map((e) => (
              <path key={`${e.from}-${e.to}`} d={e.path} className={`layers-edge${e.to === state.current ? ' current' : ''}`} markerEnd="url(#layers-arrow)" />
            ))}
          </g>
          {layout.nodes.map((p) => (
            <LayerMark
              key={p.id} node={nodes[p.id]} place={p} shows={state.shows[p.id]} current={p.id === state.current} blanked={blank(p.id)}
              numbers={state.shows[p.id] === 'grad' ? grads : state.shows[p.id] === 'tangent' ? tangents : values}
              max={state.shows[p.id] === 'grad' ? scales.grad : state.shows[p.id] === 'tangent' ? scales.tangent : scales.value}
              cellText={cellText} nameOf={nameOf}
              picked={picked !== null && pickedLayer === p.id ? picked : null} onPick={pickInGraph}
            />
          ))}
        </svg>
      </div>
      <div className="layers-pick">
        {picked !== null && pickedLayer !== undefined && pickedHere ? (
          <>
            <span className="layers-pick-label">{T.picked}</span>
            <span className="layers-pick-number">{cellText(picked, state.shows[pickedLayer], blank(pickedLayer))}</span>
            <button type="button" onClick={() => showEntryStep(picked)} aria-describedby={undefined}>{T.showEntryStep}</button>
          </>
        ) : <span className="muted">{T.pickHint}</span>}
      </div>
    </div>
  );
}

interface MarkProps {
  node: LayerNode;
  place: PlacedLayer;
  shows: Shows;
  current: boolean;
  /** "Hide numbers": this step fills the node, so its cells show blanks, uncoloured. */
  blanked: boolean;
  /** The numbers the cells show: the trace's values or gradients, by scalar id. */
  numbers: ArrayLike<number>;
  max: number;
  cellText: (id: number, shows: Shows, blanked: boolean) => string;
  /** An entry's scalar name: W1_21. */
  nameOf: (id: number) => string;
  /** The picked entry, when it is one of this node's. */
  picked: number | null;
  onPick: (id: number) => void;
}

// Memo: a step changes the state of one or two nodes; the others keep equal props and are not drawn again.
const LayerMark = memo(function LayerMark({ node, place: p, shows, current, blanked, numbers, max, cellText, nameOf, picked, onPick }: MarkProps) {
  const gridWidth = p.cols.length * p.cellWidth;
  const gridHeight = p.rows.length * p.cellHeight;
  const pick = (id: number) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPick(id);
    }
  };
  return (
    <g className={`layer-node ${node.kind} shows-${shows}${current ? ' current' : ''}`} data-name={node.name}>
      <text className="layer-label" x={p.gridX + gridWidth / 2} y={p.y + 16} textAnchor="middle">{labelText(node)}</text>
      <rect className="layer-frame" x={p.gridX - 3} y={p.gridY - 3} width={gridWidth + 6} height={gridHeight + 6} rx={3} />
      {p.rows.map((r, i) => p.cols.map((c, j) => {
        const x = p.gridX + j * p.cellWidth;
        const y = p.gridY + i * p.cellHeight;
        if (r < 0 || c < 0) {
          const gap = r < 0 && c < 0 ? '⋱' : r < 0 ? '⋮' : '⋯';
          return <text key={`${i}-${j}`} className="layer-gap" x={x + p.cellWidth / 2} y={y + p.cellHeight * 0.7} textAnchor="middle">{gap}</text>;
        }
        const id = entryNode(node, r + 1, c + 1) as number;
        const v = numbers[id];
        const fill = shows === 'none' || blanked ? undefined : divergingColour(v, max);
        const label = cellText(id, shows, blanked);
        return (
          <g
            key={`${i}-${j}`} className={`layer-cell${picked === id ? ' picked' : ''}`} role="button" tabIndex={0} aria-label={label}
            data-entry={nameOf(id)}
            onClick={() => onPick(id)} onFocus={() => onPick(id)} onKeyDown={pick(id)}
          >
            <title>{label}</title>
            <rect x={x} y={y} width={p.cellWidth} height={p.cellHeight} style={fill ? { fill } : undefined} />
            {p.numbered && shows !== 'none' && (
              <text x={x + p.cellWidth / 2} y={y + p.cellHeight * 0.68} textAnchor="middle" className={!blanked && darkFill(v, max) ? 'on-dark' : undefined}>{blanked ? BLANK : cellNumber(v)}</text>
            )}
          </g>
        );
      }))}
    </g>
  );
});

function ColourLegend({ value, grad, tangent, wrt }: { value: number; grad: number; tangent: number; wrt: string }) {
  const T = usePanelT().layers;
  const bar = (max: number, name: string, kind: string) => (
    <span className={`layers-scale ${kind}`}>
      <span className="layers-scale-name">{name}</span>
      <span className="layers-scale-end">{formatNumber(-Number(max.toPrecision(3)))}</span>
      <span className="layers-scale-bar" style={{ background: `linear-gradient(to right, ${NEGATIVE}, ${NEUTRAL}, ${POSITIVE})` }} aria-hidden="true" />
      <span className="layers-scale-end">{formatNumber(Number(max.toPrecision(3)))}</span>
    </span>
  );
  return (
    <div className="layers-legend" role="group" aria-label={T.legendName}>
      {value > 0 && bar(value, T.legendValues, 'values')}
      {grad > 0 && bar(grad, T.legendGrads, 'grads')}
      {tangent > 0 && bar(tangent, T.legendTangents(wrt), 'tangents')}
    </div>
  );
}
