/** The presenter's live tally: answered N of M, by value and by named mistake. */
import { formatNumber } from '../../core/index.ts';
import { groupAnswers, type Verdict } from '../../view/liveClass/classQuestion.ts';
import { panelCatalogs } from '../../i18n/panels.ts';
import { useChainrule } from '../../store/store.ts';
import { Tex } from '../Tex.tsx';
import { useLiveClass } from './classConnection.ts';
import { useClassQuestion } from './useClassQuestion.ts';
import { useClassT } from './useClassT.ts';

export function ClassAnswers() {
  const t = useClassT();
  const mistakes = panelCatalogs[useChainrule((s) => s.language)].practice.mistakes;
  const answers = useLiveClass((s) => s.answers);
  const followers = useLiveClass((s) => s.followers);
  const revealed = useLiveClass((s) => s.question?.revealed ?? false);
  const question = useClassQuestion();
  if (!question) return <p className="muted">{t.unknownQuestion}</p>;
  const { byValue, byVerdict } = groupAnswers(question, answers);
  const name = (v: Verdict) => (v === 'right' ? t.right : v === 'other' ? t.unnamed : mistakes[v]);
  return (
    <div className="class-answers">
      <p className="class-prompt"><Tex tex={question.prompt.tex} fallback={question.prompt.text} /></p>
      <p className="class-count" role="status">{t.answered(answers.length, Math.max(followers, answers.length))}</p>
      {revealed && <p className="class-reveal">{t.answerIs(formatNumber(question.answer))}</p>}
      {answers.length === 0 ? <p className="muted">{t.noAnswers}</p> : (
        <>
          <table className="class-groups" aria-label={t.byValue}>
            <caption>{t.byValue}</caption>
            <tbody>
              {byValue.map((g) => (
                <tr key={g.text} className={g.verdict === 'right' ? 'right' : 'wrong'}>
                  <th scope="row">{g.text}</th><td>{g.count}</td><td>{name(g.verdict)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="class-groups" aria-label={t.byMistake}>
            <caption>{t.byMistake}</caption>
            <tbody>
              {byVerdict.map((g) => (
                <tr key={g.verdict} className={g.verdict === 'right' ? 'right' : 'wrong'} data-verdict={g.verdict}>
                  <th scope="row">{name(g.verdict)}</th><td>{g.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
