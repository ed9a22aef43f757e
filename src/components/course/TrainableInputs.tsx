/**
 * The Training panel's "Trainable" boxes: one per scalar input, and for a vector or matrix one
 * box for the whole of it ("W1 (3×2)": checked when every entry trains, mixed when only some do)
 * above its entries' boxes, which fold away. The groups are the gradient check's (trainGroups).
 */
import { useState } from 'react';
import type { Graph, Shaped } from '../../core/index.ts';
import { shapeText } from '../../view/course/checkGroups.ts';
import { groupMarks, trainGroups, type TrainGroup } from '../../view/course/trainModel.ts';
import { Tex } from '../Tex.tsx';
import { usePanelT } from '../usePanelT.ts';

/** A matrix with more entries than this starts folded: a 784×16 layer's boxes would fill the panel. */
const OPEN_UP_TO = 16;

interface Props {
  graph: Graph;
  shapes: readonly Shaped[];
  mask: readonly boolean[];
  disabled: boolean;
  /** The store's setTrained: the marks go into the lesson record. */
  onMark: (marks: Readonly<Record<string, boolean>>) => void;
}

export function TrainableInputs({ graph, shapes, mask, disabled, onMark }: Props) {
  const TEXT = usePanelT().course.training;
  const [open, setOpen] = useState<Readonly<Record<string, boolean>>>({});
  const entry = (i: number) => {
    const node = graph.nodes[graph.inputs[i]];
    const name = node.name as string;
    return (
      <label key={name} className="trainable-input">
        <input type="checkbox" aria-label={TEXT.trainInput(name)} checked={mask[i]} onChange={(e) => onMark({ [name]: e.target.checked })} />
        <Tex tex={node.label} />
      </label>
    );
  };
  const group = (g: TrainGroup & { shape: Shaped }) => {
    const { name } = g.shape;
    const shape = shapeText(g.shape);
    const shown = open[name] ?? g.inputs.length <= OPEN_UP_TO;
    return (
      <div key={name} className="trainable-group" role="group" aria-label={TEXT.groupLabel(name, shape)}>
        <div className="trainable-group-head">
          <label className="trainable-input">
            <input
              type="checkbox" aria-label={TEXT.trainGroup(name, shape)} checked={g.trains === 'all'}
              // "Some entries train" is the box's third state, which only the DOM property sets.
              ref={(el) => { if (el) el.indeterminate = g.trains === 'some'; }}
              onChange={(e) => onMark(groupMarks(graph, g, e.target.checked))}
            />
            <span className="trainable-group-name">{TEXT.groupLabel(name, shape)}</span>
          </label>
          <button type="button" className="trainable-fold" aria-expanded={shown} aria-label={TEXT.entries(name)} onClick={() => setOpen({ ...open, [name]: !shown })}>
            <span aria-hidden="true">{shown ? '▾' : '▸'}</span>
          </button>
        </div>
        {shown && <div className="trainable-entries">{g.inputs.map(entry)}</div>}
      </div>
    );
  };
  return (
    <fieldset className="trainable" disabled={disabled}>
      <legend>{TEXT.trainable}</legend>
      {trainGroups(graph, shapes, mask).map((g) => (g.shape ? group({ ...g, shape: g.shape }) : entry(g.inputs[0])))}
    </fieldset>
  );
}
