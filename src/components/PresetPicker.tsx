/**
 * The course's worked examples. Picking one keeps what was on screen (see store/origin.ts):
 * the student's own program, every example they edited and every opened program (a link, a
 * file) they edited stay one choice away in this select, however many programs they open. After a pick the focus moves to the graph, so the
 * next → steps through the new example instead of switching to the one after it.
 */
import { PRESETS, presetById } from '../presets/index.ts';
import { isEditedExample, isOwnProgram } from '../store/origin.ts';
import { appStore, useChainrule } from '../store/store.ts';
import { useT } from './useT.ts';

const OWN = '__own__';
const EDITING = '__editing__';
const EDIT = '__edit__';

/** The graph, focused so that arrow keys step (its own keys zoom and pan). */
function focusGraph() {
  const find = () => document.querySelector<SVGSVGElement>('svg.graph-svg');
  const graph = find();
  if (graph) graph.focus({ preventScroll: true });
  // A graph that was not on screen yet (the previous text never compiled) appears after the render.
  else requestAnimationFrame(() => find()?.focus({ preventScroll: true }));
}

export function PresetPicker() {
  const { picker: TEXT, examples } = useT().presets;
  const source = useChainrule((s) => s.source);
  const presetId = useChainrule((s) => s.presetId);
  const linked = useChainrule((s) => s.linked);
  const ownText = useChainrule((s) => s.ownText);
  const edits = useChainrule((s) => s.edits);
  const { loadPreset, restoreOwn, restoreEdit } = appStore.getState();
  const preset = presetId ? presetById(presetId) : undefined;
  const words = preset && examples[preset.id];
  const editing = isEditedExample({ source, presetId });
  const own = isOwnProgram({ presetId, linked });
  const value = presetId === null ? '' : editing ? EDITING : presetId;
  // A program of no example: the own one, or one opened from a link or a file.
  const unnamed = own ? TEXT.own : linked === 'edited' ? TEXT.openedEdited : TEXT.opened;

  const backTo = (id: string | null, nth: number) => {
    const p = id === null ? undefined : presetById(id);
    return p ? TEXT.backToEdit(examples[p.id].title, nth) : TEXT.backToKept(nth);
  };

  const pick = (choice: string) => {
    if (choice === OWN) restoreOwn();
    else if (choice.startsWith(EDIT)) restoreEdit(Number(choice.slice(EDIT.length)));
    else if (choice !== '' && choice !== EDITING) loadPreset(choice);
    focusGraph();
  };

  return (
    <div className="preset-picker">
      <label>
        <span className="label-text">{TEXT.label}</span>
        <select value={value} onChange={(e) => pick(e.target.value)}>
          {presetId === null && <option value="">{unnamed}</option>}
          {editing && words && <option value={EDITING}>{TEXT.editing(words.title)}</option>}
          {PRESETS.map((p) => <option key={p.id} value={p.id}>{examples[p.id].title}</option>)}
          {!own && ownText !== null && ownText !== source && <option value={OWN}>{TEXT.backToOwn}</option>}
          {edits.map((e, i) => e.text !== source && (
            <option key={`${i}:${e.presetId}`} value={`${EDIT}${i}`}>
              {backTo(e.presetId, nthEdit(edits, i))}
            </option>
          ))}
        </select>
      </label>
      <p className="teaches">{words ? (editing ? TEXT.editedTeaches(words.teaches) : words.teaches) : own ? TEXT.ownTeaches : TEXT.openedTeaches}</p>
    </div>
  );
}

/** 1 for the newest kept edit of its example, 2 for the one before, … (labels must differ). */
function nthEdit(edits: readonly { readonly presetId: string | null }[], index: number): number {
  return edits.slice(0, index + 1).filter((e) => e.presetId === edits[index].presetId).length;
}
