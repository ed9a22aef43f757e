/**
 * A class question on a student's screen, as a practice card: the prompt, one answer (read by
 * practice's own parser, so `3/4` and `-2*2` work; junk is explained and not sent), then, once
 * the presenter reveals it, the right answer and why.
 */
import { useState, type FormEvent } from 'react';
import { formatNumber } from '../../core/index.ts';
import { isRight, parseAnswer } from '../../core/course/practice.ts';
import { verdictOf } from '../../view/liveClass/classQuestion.ts';
import { panelCatalogs } from '../../i18n/panels.ts';
import { useChainrule } from '../../store/store.ts';
import { engineText } from '../engineText.tsx';
import { Tex } from '../Tex.tsx';
import { useT } from '../useT.ts';
import { answer, useLiveClass } from './classConnection.ts';
import { useClassQuestion } from './useClassQuestion.ts';
import { useClassT } from './useClassT.ts';

export function ClassQuestionCard() {
  const t = useClassT();
  const catalog = useT();
  const practice = panelCatalogs[useChainrule((s) => s.language)].practice;
  const question = useClassQuestion();
  const revealed = useLiveClass((s) => s.question?.revealed ?? false);
  const mine = useLiveClass((s) => s.myAnswer);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!question) return <p className="muted">{t.unknownQuestion}</p>;
  const send = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseAnswer(typed);
    if (!parsed.ok) return setError(engineText(catalog, parsed));
    // The wire carries finite numbers only (JSON has no NaN or ∞).
    if (!Number.isFinite(parsed.value)) return setError(t.finiteOnly);
    setError(null);
    answer(parsed.value);
  };
  const verdict = mine === null ? null : verdictOf(question, mine);
  return (
    <section className="practice class-question" aria-label={t.question}>
      <h3 className="panel-title">{t.question}</h3>
      <p className="practice-prompt">{practice.compute} <Tex tex={question.prompt.tex} fallback={question.prompt.text} /></p>
      <form className="practice-form" onSubmit={send}>
        <label>
          <span className="label-text">{practice.answer}</span>
          <input type="text" inputMode="decimal" autoComplete="off" spellCheck={false} value={mine === null ? typed : formatNumber(mine)}
            readOnly={mine !== null || revealed} aria-invalid={error !== null} onChange={(e) => { setTyped(e.target.value); setError(null); }} />
        </label>
        <button type="submit" disabled={mine !== null || revealed}>{t.send}</button>
      </form>
      <p className={`practice-feedback ${error ? 'error' : ''}`} role="status">
        {error ?? (mine !== null && !revealed ? t.sent(formatNumber(mine)) : '')}
      </p>
      {revealed && (
        <div className="class-reveal">
          <p><strong>{t.answerIs(formatNumber(question.answer))}</strong>{' '}
            {mine !== null && (isRight(mine, question.answer) ? t.yourRight : `${t.yourWrong(formatNumber(mine))} ${verdict && verdict !== 'other' && verdict !== 'right' ? practice.mistakes[verdict] : ''}`)}
          </p>
          <div className="practice-hint">
            <Tex tex={question.hint.tex} display fallback={question.hint.text} />
            <p className="pattern">{question.pattern}</p>
          </div>
        </div>
      )}
    </section>
  );
}
