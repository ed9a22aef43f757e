/**
 * What presenter mode shows over the lesson, beside the lesson record: the overview of the whole
 * network. Kept apart from the store (it is never saved or linked) and in the first chunk, a few
 * lines, so the graph's own "Fit to screen" can open it while presenting.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

interface PresenterView {
  readonly overview: boolean;
}

export const presenterView = createStore<PresenterView>()(() => ({ overview: false }));

export const setOverview = (overview: boolean): void => presenterView.setState({ overview });
export const toggleOverview = (): void => setOverview(!presenterView.getState().overview);

export const useOverview = (): boolean => useStore(presenterView, (s) => s.overview);
