/** Presenter mode's rows of the "Keyboard shortcuts" dialog, in the current language. */
import { useT } from '../useT.ts';

export function usePresenterShortcuts(): { caption: string; rows: readonly (readonly [string[], string])[] } {
  const { shortcuts: s } = useT().presenter;
  return {
    caption: s.caption,
    rows: [
      [['P'], s.toggle],
      [['PageDown', 'Space', '→', '↓'], s.next],
      [['PageUp', '←', '↑'], s.previous],
      [['B', '.'], s.blank],
      [['L'], s.laser],
      [['Esc'], s.exit],
    ],
  };
}
