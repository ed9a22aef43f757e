/**
 * The picked entry of the Layers view (a scalar id), shared by the drawing's cells and the step
 * panel's matrices, and where it was picked: the offer to show its step appears there.
 */
import { createStore } from 'zustand/vanilla';

export const pickedEntry = createStore<{ readonly id: number | null; readonly from: 'graph' | 'panel' }>()(() => ({ id: null, from: 'graph' }));
export const pickInGraph = (id: number) => pickedEntry.setState({ id, from: 'graph' });

/** The entry a click in the step panel's formulas landed on: the scalar id its number is marked with (markEntry). */
export function entryAt(target: EventTarget | null): number | null {
  const el = target instanceof Element ? target.closest('[data-entry]') : null;
  const id = el ? Number(el.getAttribute('data-entry')) : NaN;
  return Number.isInteger(id) ? id : null;
}
