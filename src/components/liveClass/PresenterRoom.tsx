/**
 * The presenter's room: the join code, link and QR code, how many follow, and the class
 * question at the current step with its answers coming in.
 */
import { useLesson } from '../../store/store.ts';
import { classQuestionId } from '../../view/liveClass/classQuestion.ts';
import { layerToScalarStep } from '../../view/layers/layersView.ts';
import { ask, closeQuestion, reveal, useLiveClass } from './classConnection.ts';
import { ClassAnswers } from './ClassAnswers.tsx';
import { QrCode } from './QrCode.tsx';
import { useClassT } from './useClassT.ts';

const joinLink = (code: string) => `${location.origin}${location.pathname}?class=${code}`;

export function PresenterRoom() {
  const t = useClassT();
  const { code, refused, followers, question, tooLarge } = useLiveClass((s) => s);
  const lesson = useLesson();
  if (refused) return <p className="live-class-error" role="alert">{t.refused[refused]}</p>;
  if (!code) return null;
  const link = joinLink(code);
  // In Layers the question is the Gates step the Layers step stands for (one entry's), as students derive it.
  const at = lesson.layers ? layerToScalarStep(lesson.layers, lesson.step) : lesson.step;
  const id = lesson.analysis && (lesson.mode === 'reverse' || lesson.sweep) ? classQuestionId(lesson.analysis, at, lesson.opTable, lesson.mode === 'forward' ? lesson.sweep : null) : null;
  return (
    <>
      <div className="live-class-join">
        <div>
          <p className="live-class-label">{t.joinCode}</p>
          <output className="join-code" aria-label={t.joinCode}>{code}</output>
          <p><a href={link} aria-label={t.joinLink} target="_blank" rel="noreferrer">{link}</a></p>
          <p className="live-class-followers" role="status">{t.followers(followers)}</p>
        </div>
        <QrCode text={link} label={t.qr} />
      </div>
      {tooLarge && <p className="live-class-error" role="alert">{t.tooLarge}</p>}
      <div className="live-class-actions">
        <button type="button" disabled={id === null} title={id === null ? t.askNothing : undefined} onClick={() => id && ask(id)}>
          {t.ask}
        </button>
        {question && !question.revealed && <button type="button" onClick={reveal}>{t.reveal}</button>}
        {question && <button type="button" onClick={closeQuestion}>{t.closeQuestion}</button>}
      </div>
      {question && <ClassAnswers />}
    </>
  );
}
