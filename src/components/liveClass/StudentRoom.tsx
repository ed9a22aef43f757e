/**
 * The student's side: the code to join with, then whether the screen follows the class or the
 * student explores, and the class question when one is asked.
 */
import { useState, type FormEvent } from 'react';
import { linkedCode } from './entry.ts';
import { explore, followAgain, joinClass, useLiveClass } from './classConnection.ts';
import { ClassQuestionCard } from './ClassQuestionCard.tsx';
import { useClassT } from './useClassT.ts';

export function StudentRoom() {
  const t = useClassT();
  const { code, joined, following, refused, ended, question, connection } = useLiveClass((s) => s);
  const [typed, setTyped] = useState(() => linkedCode() ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    joinClass(typed);
  };
  if (!joined || ended) {
    return (
      <>
        {ended && <p className="live-class-error" role="alert">{t.ended}</p>}
        {code && !ended && connection === 'connected' && <p role="status">{t.waiting(code)}</p>}
        <form className="live-class-form" onSubmit={submit}>
          <label>
            <span className="live-class-label">{t.codeLabel}</span>
            <input type="text" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} autoCapitalize="characters" maxLength={40} />
          </label>
          <button type="submit" disabled={typed.trim() === ''}>{t.joinButton}</button>
        </form>
        {refused && <p className="live-class-error" role="alert">{t.refused[refused]}</p>}
      </>
    );
  }
  return (
    <>
      <p className="live-class-status" role="status">{following ? t.following(code!) : t.exploring(code!)}</p>
      <div className="live-class-actions">
        {following
          ? <button type="button" onClick={explore}>{t.explore}</button>
          : <button type="button" className="primary" onClick={followAgain}>{t.followAgain}</button>}
      </div>
      {question && <ClassQuestionCard key={question.seq} />}
    </>
  );
}
