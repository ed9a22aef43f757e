/**
 * Playback controls: first, previous, play/pause, next, last, a scrubber whose track shows the
 * forward and backward segments, and the speed. Keyboard stepping lives in useKeyboard.
 */
import type { CSSProperties } from 'react';
import { appStore, useChainrule } from '../store/store.ts';
import { Icon } from './icons.tsx';
import { useT } from './useT.ts';

const SPEEDS = [0.5, 1, 2, 4, 8];

export function Timeline({ count, forwardCount, step }: { count: number; forwardCount: number; step: number }) {
  const TEXT = useT().timeline;
  const playing = useChainrule((s) => s.playing);
  const speed = useChainrule((s) => s.settings.speed);
  const { first, previous, next, last, setPlaying, goTo, setSpeed } = appStore.getState();
  const forwardShare = count > 0 ? (forwardCount / count) * 100 : 0;
  const atStart = step <= 0;
  const atEnd = step >= count - 1;
  return (
    <div className="timeline" role="group" aria-label={TEXT.name}>
      <div className="buttons">
        <button type="button" aria-label={TEXT.first} title={TEXT.firstTitle} onClick={first} disabled={atStart}><Icon name="first" /></button>
        <button type="button" aria-label={TEXT.previous} title={TEXT.previousTitle} onClick={previous} disabled={atStart}><Icon name="previous" /></button>
        <button type="button" className="play" aria-label={playing ? TEXT.pause : TEXT.play} title={TEXT.playTitle} onClick={() => setPlaying(!playing)} disabled={count === 0}>
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button type="button" aria-label={TEXT.next} title={TEXT.nextTitle} onClick={next} disabled={atEnd}><Icon name="next" /></button>
        <button type="button" aria-label={TEXT.last} title={TEXT.lastTitle} onClick={last} disabled={atEnd}><Icon name="last" /></button>
      </div>
      <div className="scrubber">
        <input
          type="range" aria-label={TEXT.scrubber} min={0} max={Math.max(0, count - 1)} value={step}
          aria-valuetext={count ? (step < forwardCount ? TEXT.forwardAt : TEXT.backwardAt)(step + 1, count) : TEXT.noSteps}
          style={{ '--forward-share': `${forwardShare}%` } as CSSProperties}
          onChange={(e) => goTo(Number(e.target.value))}
          disabled={count === 0}
        />
        <div className="segments" aria-hidden="true">
          <span className="seg-forward" style={{ width: `${forwardShare}%` }}>{TEXT.forward}</span>
          {forwardCount < count && <span className="seg-backward">{TEXT.backward}</span>}
        </div>
      </div>
      <span className="counter">{count ? `${step + 1} / ${count}` : '0 / 0'}</span>
      <label className="speed">
        {TEXT.speed}
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
        </select>
      </label>
    </div>
  );
}
