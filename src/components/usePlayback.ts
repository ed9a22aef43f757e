/**
 * Playback and keyboard stepping. ←/→ step, Space plays or pauses, Home/End jump, PageDown/PageUp
 * jump across the turn from the forward to the backward pass, `P` enters or leaves presenter mode
 * (where, as in slide software, Space and a clicker's PageDown/PageUp step one), and `?` opens
 * the shortcuts — wherever focus is, but never while the student types in the editor or works
 * a form control, and never for a key a focused widget already handled (the graph's Shift+arrows).
 */
import { useEffect, useRef } from 'react';
import { appStore, useChainrule } from '../store/store.ts';
import { togglePresenter } from './presenter/presenterMode.ts';

export function usePlayback(count: number, step: number) {
  const playing = useChainrule((s) => s.playing);
  const speed = useChainrule((s) => s.settings.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const s = appStore.getState();
      if (step >= count - 1) s.setPlaying(false);
      else s.next();
    }, 1000 / speed);
    return () => window.clearTimeout(timer);
  }, [playing, speed, step, count]);
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function useKeyboardStepping(onHelp?: () => void) {
  const help = useRef(onHelp);
  useEffect(() => { help.current = onHelp; }, [onHelp]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      // Shift+arrows pan the graph; they never step.
      if (e.shiftKey && e.key.startsWith('Arrow')) return;
      // An open modal dialog (the shortcuts) keeps its keys to itself.
      if (target instanceof Element && target.closest('dialog[open]')) return;
      if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      // A focused button (or the legend's summary) already answers Space with a click of its own.
      if (e.key === ' ' && target instanceof Element && target.closest('button, summary, [role="button"]')) return;
      const s = appStore.getState();
      const { analysis, step } = s.lesson();
      // The first backward step: where the lesson turns round.
      const turn = () => analysis?.schedule.forwardCount ?? 0;
      const forward = () => { s.setPlaying(false); s.next(); };
      const actions: Record<string, () => void> = {
        ArrowRight: s.next,
        ArrowLeft: s.previous,
        Home: s.first,
        End: s.last,
        ' ': s.presenter ? forward : () => s.setPlaying(!s.playing),
        PageDown: s.presenter ? forward : () => (step < turn() ? s.goTo(turn()) : s.last()),
        PageUp: s.presenter ? s.previous : () => (step > turn() ? s.goTo(turn()) : s.first()),
        p: togglePresenter,
        P: togglePresenter,
        '?': () => help.current?.(),
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
