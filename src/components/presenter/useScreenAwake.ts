/**
 * While presenting, the screen does not sleep (Screen Wake Lock), and leaving the full screen
 * presenter mode asked for (Esc, which the browser keeps to itself in full screen) leaves
 * presenter mode. The wake lock is released when the page is hidden, so it is asked for again
 * on the way back. Where it is missing or refused, presenting goes on without it, silently.
 */
import { useEffect } from 'react';
import { exitOwnFullscreen, fullscreen, setPresenting } from './presenterMode.ts';

const ignore = () => undefined;

export function useScreenAwake(): void {
  useEffect(() => {
    let lock: WakeLockSentinel | null = null;
    let live = true;
    const acquire = () => {
      if (!navigator.wakeLock || document.visibilityState !== 'visible' || (lock && !lock.released)) return;
      try {
        navigator.wakeLock.request('screen').then((sentinel) => {
          if (live) lock = sentinel;
          else sentinel.release().catch(ignore);
        }, ignore);
      } catch {
        // Refused outright: the screen may sleep; presenter mode works the same.
      }
    };
    acquire();
    const onVisibility = () => { if (document.visibilityState === 'visible') acquire(); };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisibility);
      lock?.release().catch(ignore);
    };
  }, []);

  useEffect(() => {
    const onFullscreen = () => {
      if (document.fullscreenElement || !fullscreen.ours) return;
      fullscreen.ours = false;
      setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      // However presenter mode was left, its full screen goes with it.
      exitOwnFullscreen();
    };
  }, []);
}
