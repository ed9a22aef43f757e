/** Practice's score on a program (per mode, and apart for Layers), shown at its last step. */
import { tally } from '../../core/course/practice.ts';
import { resetScore, useOutcomes } from './scoreStorage.ts';
import { usePanelT } from '../usePanelT.ts';

export function ScoreBoard({ program }: { program: string }) {
  const TEXT = usePanelT().practice;
  const score = tally(useOutcomes(program));
  return (
    <section className="practice-score" aria-label={TEXT.score}>
      <h3>{TEXT.scoreTitle}</h3>
      <dl>
        <dt>{TEXT.firstTry}</dt><dd data-score="first-try">{score.firstTry}</dd>
        <dt>{TEXT.retried}</dt><dd data-score="retried">{score.retried}</dd>
        <dt>{TEXT.hinted}</dt><dd data-score="hinted">{score.hinted}</dd>
        <dt>{TEXT.revealedCount}</dt><dd data-score="revealed">{score.revealed}</dd>
      </dl>
      <button type="button" onClick={() => resetScore(program)}>{TEXT.resetScore}</button>
    </section>
  );
}
