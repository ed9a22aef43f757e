/**
 * Entering and leaving presenter mode, with the browser's full screen where it allows it. Kept
 * in the first chunk (a few lines): full screen needs the click's or key's own user activation,
 * so it is asked for at once, not after the lazy presenter layer has loaded. Refusals (a headless
 * browser, an iframe without permission, no user gesture) are expected and never logged.
 */
import { appStore } from '../../store/store.ts';

/** Whether the full screen on now is the one presenter mode asked for (so leaving it leaves presenter mode). */
export const fullscreen = { ours: false };

const ignore = () => undefined;

function requestFullscreen(): void {
  const root = document.documentElement;
  // Without a user gesture (a link opened in presenter mode) the browser would only refuse.
  if (!document.fullscreenEnabled || document.fullscreenElement || navigator.userActivation?.isActive === false) return;
  try {
    root.requestFullscreen?.({ navigationUI: 'hide' })?.then(() => { fullscreen.ours = true; }, ignore);
  } catch {
    // An old engine that throws instead of rejecting: presenter mode works without full screen.
  }
}

/** Leaves the full screen presenter mode asked for, if it is still on. */
export function exitOwnFullscreen(): void {
  if (!fullscreen.ours) return;
  fullscreen.ours = false;
  if (!document.fullscreenElement) return;
  try {
    document.exitFullscreen?.()?.catch(ignore);
  } catch {
    // Nothing to undo.
  }
}

export function setPresenting(on: boolean): void {
  if (on === appStore.getState().presenter) return;
  if (on) requestFullscreen();
  else exitOwnFullscreen();
  appStore.getState().setPresenter(on);
}

export const togglePresenter = (): void => setPresenting(!appStore.getState().presenter);
