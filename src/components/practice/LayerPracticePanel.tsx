/**
 * Practice in the Layers view (lazy-loaded): a step asks for a whole vector or matrix — the
 * statement's value, δ, or a gradient ∂J/∂W — typed as one text (`[0.1, -0.2]`) or entry by entry,
 * one field per entry named as the program names it (W1_21). A wrong answer names each wrong
 * entry; a malformed text says where. The questions and the checking are core's
 * (layerQuestions.ts, layerPractice.ts); the score is scalar practice's, kept apart for Layers.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { LayersAnalysis } from '../../core/index.ts';
import { layerQuestions, type LayerQuestion } from '../../core/course/layerQuestions.ts';
import { checkEntries, checkGridText, gridText, wrongNames, type Verdict } from '../../core/course/layerPractice.ts';
import { outcomeOf } from '../../core/course/practice.ts';
import { formatNumber } from '../../core/tex/tex.ts';
import { Tex } from '../Tex.tsx';
import { engineText } from '../engineText.tsx';
import { usePanelT } from '../usePanelT.ts';
import { useT } from '../useT.ts';
import { ScoreBoard } from './ScoreBoard.tsx';
import { recordOutcome } from './scoreStorage.ts';
import './practice.css';

/** Past this many entries a field each is a form too long to fill: the answer is one text. */
const MAX_FIELDS = 36;

type Way = 'text' | 'entries';

interface Attempt {
  text: string;
  entries: readonly string[];
  wrong: number;
  revealed: boolean;
  resolved: boolean;
  /** The entries (indices) the last check found wrong: their fields are marked. */
  wrongEntries: readonly number[];
  feedback: { kind: 'right' | 'wrong' | 'error' | 'revealed'; message: string } | null;
}

const fresh = (q: LayerQuestion | undefined): Attempt => ({
  text: '', entries: q ? q.answers.map(() => '') : [], wrong: 0, revealed: false, resolved: false, wrongEntries: [], feedback: null,
});

interface Props {
  la: LayersAnalysis;
  step: number;
  /** The score's key for this program in Layers. */
  program: string;
  /** Already answered in this session: the step tells at once. */
  answered: boolean;
  isLast: boolean;
  onAnswered: () => void;
}

export function LayerPracticePanel({ la, step, program, answered, isLast, onAnswered }: Props) {
  const t = useT();
  const TEXT = usePanelT().practice;
  const questions = useMemo(() => layerQuestions(la, la.steps[step]), [la, step]);
  const [index, setIndex] = useState(0);
  const question = questions[index] as LayerQuestion | undefined;
  const [attempt, setAttempt] = useState<Attempt>(() => fresh(question));
  const [way, setWay] = useState<Way>('text');
  const form = useRef<HTMLFormElement>(null);
  const done = answered || questions.length === 0;
  const many = question !== undefined && question.answers.length > 1;
  const fields = many && question.answers.length <= MAX_FIELDS;
  const byEntry = fields && way === 'entries';

  useEffect(() => {
    if (!answered && questions.length === 0) onAnswered();
  }, [answered, questions.length, onAnswered]);

  const focusFirst = () => requestAnimationFrame(() => form.current?.querySelector('input')?.focus());

  const resolve = (next: Attempt, q: LayerQuestion) => {
    recordOutcome(program, q.id, outcomeOf({ wrong: next.wrong, hints: 0, revealed: next.revealed }));
    setAttempt(next);
    if (index === questions.length - 1) onAnswered();
  };

  const check = (e: FormEvent) => {
    e.preventDefault();
    if (!question || attempt.resolved) return;
    const verdict: Verdict = byEntry ? checkEntries(question, attempt.entries) : checkGridText(question, attempt.text);
    if (verdict.kind === 'error') {
      setAttempt({ ...attempt, wrongEntries: [], feedback: { kind: 'error', message: engineText(t, verdict) } });
    } else if (verdict.kind === 'right') {
      const shown = question.answers.length <= MAX_FIELDS ? TEXT.right(gridText(question.answers, question.shape)) : TEXT.rightAll;
      resolve({ ...attempt, resolved: true, wrongEntries: [], feedback: { kind: 'right', message: shown } }, question);
    } else {
      const { names, more } = wrongNames(question, verdict.wrong);
      setAttempt({ ...attempt, wrong: attempt.wrong + 1, wrongEntries: verdict.wrong, feedback: { kind: 'wrong', message: TEXT.wrongEntries(names, more) } });
    }
  };

  const reveal = () => {
    if (!question) return;
    const text = gridText(question.answers, question.shape);
    const message = question.answers.length <= MAX_FIELDS ? TEXT.revealed(text) : TEXT.revealedAll;
    resolve({
      ...attempt, revealed: true, resolved: true, text, entries: question.answers.map(formatNumber), wrongEntries: [],
      feedback: { kind: 'revealed', message },
    }, question);
  };

  const nextQuestion = () => {
    setIndex(index + 1);
    setAttempt(fresh(questions[index + 1]));
    focusFirst();
  };

  const edited = (change: Partial<Attempt>) => setAttempt({ ...attempt, ...change, feedback: attempt.feedback?.kind === 'error' ? null : attempt.feedback });
  const invalid = attempt.feedback?.kind === 'error' || attempt.feedback?.kind === 'wrong';
  const inputProps = {
    // No inputMode="decimal": iOS's decimal pad has no minus sign, and answers are often negative.
    type: 'text', inputMode: 'text', autoComplete: 'off', autoCapitalize: 'off', autoCorrect: 'off', spellCheck: false, enterKeyHint: 'done',
    readOnly: attempt.resolved,
  } as const;

  return (
    <section className="practice layer-practice" aria-label={TEXT.region}>
      {question && !(answered && attempt.feedback === null) ? (
        <>
          <h2 className="panel-title">{TEXT.title} · {TEXT.of(index + 1, questions.length)}</h2>
          <p className="practice-prompt">{TEXT.compute} <Tex tex={question.prompt.tex} fallback={question.prompt.text} /></p>
          {fields && (
            <div className="practice-way" role="radiogroup" aria-label={TEXT.answerAs}>
              {(['text', 'entries'] as const).map((w) => (
                <label key={w}>
                  <input type="radio" name={`practice-way-${step}`} checked={way === w} onChange={() => { setWay(w); focusFirst(); }} />
                  {w === 'text' ? TEXT.asText : TEXT.entryByEntry}
                </label>
              ))}
            </div>
          )}
          <form className="practice-form" onSubmit={check} ref={form}>
            {byEntry ? (
              <div className="practice-entries" style={{ gridTemplateColumns: `repeat(${Math.max(question.shape.cols, 1)}, minmax(0, 1fr))` }}>
                {question.names.map((name, k) => (
                  <label key={name}>
                    <span className="label-text">{name}</span>
                    <input
                      {...inputProps} value={attempt.entries[k] ?? ''}
                      aria-invalid={attempt.wrongEntries.includes(k) || (attempt.feedback?.kind === 'error' && (attempt.entries[k] ?? '').trim() === '')}
                      onChange={(e) => edited({ entries: attempt.entries.map((v, j) => (j === k ? e.target.value : v)) })}
                    />
                  </label>
                ))}
              </div>
            ) : (
              <label>
                <span className="label-text">{TEXT.answer}</span>
                <input {...inputProps} value={attempt.text} aria-invalid={invalid} onChange={(e) => edited({ text: e.target.value })} />
              </label>
            )}
            <button type="submit" disabled={attempt.resolved}>{TEXT.check}</button>
          </form>
          {many && !byEntry && <p className="muted practice-grid-hint">{question.answers.length > MAX_FIELDS ? TEXT.tooManyFields : TEXT.gridHint}</p>}
          <p className={`practice-feedback ${attempt.feedback?.kind ?? ''}`} role="status">{attempt.feedback?.message ?? ''}</p>
          <div className="practice-actions">
            <button type="button" disabled={attempt.resolved} onClick={reveal}>{TEXT.reveal}</button>
            {attempt.resolved && index < questions.length - 1 && <button type="button" className="primary" onClick={nextQuestion}>{TEXT.nextQuestion}</button>}
          </div>
          {attempt.resolved && index === questions.length - 1 && <p className="muted">{TEXT.stepDone}</p>}
        </>
      ) : (
        <p className="muted">{done && questions.length === 0 ? TEXT.nothing : TEXT.stepDone}</p>
      )}
      {isLast && done && <ScoreBoard program={program} />}
    </section>
  );
}
