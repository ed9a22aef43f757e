// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../../store/store.ts';
import { fullscreen } from './presenterMode.ts';
import { useScreenAwake } from './useScreenAwake.ts';

function Presenting() {
  useScreenAwake();
  return null;
}

/** A stand-in Screen Wake Lock: each grant is a sentinel the page may lose when it is hidden. */
function fakeWakeLock(grant: boolean) {
  const sentinels: { released: boolean; release: () => Promise<void> }[] = [];
  const request = vi.fn(async () => {
    if (!grant) throw new DOMException('refused', 'NotAllowedError');
    const sentinel = { released: false, release: async () => { sentinel.released = true; } };
    sentinels.push(sentinel);
    return sentinel;
  });
  Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
  return { request, sentinels };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const setVisibility = (state: 'visible' | 'hidden') => {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
};

beforeEach(() => setVisibility('visible'));
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'wakeLock');
  vi.restoreAllMocks();
});

describe('presenting keeps the screen awake', () => {
  it('takes the wake lock, takes it again when the page comes back after losing it, and lets it go on leaving', async () => {
    const lock = fakeWakeLock(true);
    const view = render(<Presenting />);
    await settle();
    expect(lock.request).toHaveBeenCalledTimes(1);
    expect(lock.request).toHaveBeenCalledWith('screen');
    // Hidden, the browser releases the lock; visible again, it is asked for anew.
    lock.sentinels[0].released = true;
    setVisibility('hidden');
    await settle();
    expect(lock.request).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    await settle();
    expect(lock.request).toHaveBeenCalledTimes(2);
    view.unmount();
    await settle();
    expect(lock.sentinels[1].released).toBe(true);
  });

  it('goes on without a word where the lock is refused or missing', async () => {
    const errors = vi.spyOn(console, 'error');
    const lock = fakeWakeLock(false);
    render(<Presenting />);
    await settle();
    expect(lock.request).toHaveBeenCalledTimes(1);
    cleanup();
    Reflect.deleteProperty(navigator, 'wakeLock');
    render(<Presenting />);
    await settle();
    expect(errors).not.toHaveBeenCalled();
  });

  it('leaves presenter mode when the full screen it asked for is left (Esc in full screen never reaches the page)', () => {
    appStore.getState().setPresenter(true);
    render(<Presenting />);
    fullscreen.ours = true;
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(appStore.getState().presenter).toBe(false);
    expect(fullscreen.ours).toBe(false);
  });
});
