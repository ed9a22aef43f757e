/**
 * Playback controls: first, previous, play/pause, next, last, a scrubber whose track shows the
 * forward and backward segments, and the speed. Keyboard stepping lives in useKeyboard.
 */
import type { CSSProperties } from 'react';
import { appStore, useChainrule } from '../store/store.ts';
import { Icon } from './icons.tsx';

const SPEEDS = [0.5, 1, 2, 4, 8];

export function Timeline({ count, forwardCount, step }: { count: number; forwardCount: number; step: number }) {
  const playing = useChainrule((s) => s.playing);
  const speed = useChainrule((s) => s.settings.speed);
  const { first, previous, next, last, setPlaying, goTo, setSpeed } = appStore.getState();
  const forwardShare = count > 0 ? (forwardCount / count) * 100 : 0;
  const atStart = step <= 0;
  const atEnd = step >= count - 1;
  return (
    <div className="timeline" role="group" aria-label="Steps">
      <div className="buttons">
        <button type="button" aria-label="First step" title="First step (Home)" onClick={first} disabled={atStart}><Icon name="first" /></button>
        <button type="button" aria-label="Previous step" title="Previous step (←)" onClick={previous} disabled={atStart}><Icon name="previous" /></button>
        <button type="button" className="play" aria-label={playing ? 'Pause' : 'Play'} title="Play/pause (Space)" onClick={() => setPlaying(!playing)} disabled={count === 0}>
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button type="button" aria-label="Next step" title="Next step (→)" onClick={next} disabled={atEnd}><Icon name="next" /></button>
        <button type="button" aria-label="Last step" title="Last step (End)" onClick={last} disabled={atEnd}><Icon name="last" /></button>
      </div>
      <div className="scrubber">
        <input
          type="range" aria-label="Step" min={0} max={Math.max(0, count - 1)} value={step}
          aria-valuetext={count ? `Step ${step + 1} of ${count}, ${step < forwardCount ? 'forward' : 'backward'} pass` : 'No steps'}
          style={{ '--forward-share': `${forwardShare}%` } as CSSProperties}
          onChange={(e) => goTo(Number(e.target.value))}
          disabled={count === 0}
        />
        <div className="segments" aria-hidden="true">
          <span className="seg-forward" style={{ width: `${forwardShare}%` }}>forward</span>
          {forwardCount < count && <span className="seg-backward">backward</span>}
        </div>
      </div>
      <span className="counter">{count ? `${step + 1} / ${count}` : '0 / 0'}</span>
      <label className="speed">
        Speed
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
        </select>
      </label>
    </div>
  );
}
