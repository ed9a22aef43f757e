/**
 * Practice mode (lazy-loaded): the step asks before it tells. One question at a time — the
 * value, a local gradient, a product, a fan-out's sum or a tangent — with Check (Enter), then
 * Retry, Hint (the symbolic rule, then the gate pattern) and Reveal. A wrong answer names the
 * mistake it matches, computed from the trace. The score per program shows at the end.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatNumber, type Analysis, type Step } from '../../core/index.ts';
import type { TangentStep } from '../../core/steps/forwardMode.ts';
import { diagnose, isRight, outcomeOf, parseAnswer, questionsForStep, questionsForTangent, type Question } from '../../core/course/practice.ts';
import { Tex } from '../Tex.tsx';
import './practice.css';
import { recordOutcome } from './scoreStorage.ts';
import { ScoreBoard } from './ScoreBoard.tsx';
import { engineText } from '../engineText.tsx';
import { usePanelT } from '../usePanelT.ts';
import { useT } from '../useT.ts';


interface Attempt {
  text: string;
  wrong: number;
  hints: number;
  revealed: boolean;
  resolved: boolean;
  feedback: { kind: 'right' | 'wrong' | 'error' | 'revealed'; message: string } | null;
}

const fresh = (): Attempt => ({ text: '', wrong: 0, hints: 0, revealed: false, resolved: false, feedback: null });

interface Props {
  analysis: Analysis;
  /** The step being asked: reverse mode's, or forward mode's tangent step. */
  step: Step | TangentStep;
  /** False in the Statements view, whose nodes are whole lines rather than op-table gates. */
  opTable: boolean;
  /** Forward mode's input (a node id); unused in reverse mode. */
  wrt: number;
  /** The score's key for this program and mode; `idPrefix` keeps forward mode's inputs apart. */
  program: string;
  idPrefix: string;
  /** Already answered in this session: the step tells at once. */
  answered: boolean;
  isLast: boolean;
  onAnswered: () => void;
}

export function PracticePanel({ analysis, step, opTable, wrt, program, idPrefix, answered, isLast, onAnswered }: Props) {
  const t = useT();
  const TEXT = usePanelT().practice;
  const words = t.engine;
  const questions = useMemo((): readonly Question[] => {
    if (step.kind !== 'tangent') return questionsForStep(analysis.trace, step, { opTable, words });
    return questionsForTangent(analysis.trace, step, wrt, words);
  }, [analysis, step, opTable, wrt, words]);
  const [index, setIndex] = useState(0);
  const [attempt, setAttempt] = useState<Attempt>(fresh);
  const input = useRef<HTMLInputElement>(null);
  const question = questions[index] as Question | undefined;
  const done = answered || questions.length === 0;

  useEffect(() => {
    if (!answered && questions.length === 0) onAnswered();
  }, [answered, questions.length, onAnswered]);

  const resolve = (next: Attempt, q: Question) => {
    recordOutcome(program, `${idPrefix}${q.id}`, outcomeOf(next));
    setAttempt(next);
    if (index === questions.length - 1) onAnswered();
  };

  const check = (e: FormEvent) => {
    e.preventDefault();
    if (!question || attempt.resolved) return;
    const parsed = parseAnswer(attempt.text);
    if (!parsed.ok) { setAttempt({ ...attempt, feedback: { kind: 'error', message: engineText(t, parsed) } }); return; }
    if (isRight(parsed.value, question.answer)) {
      resolve({ ...attempt, resolved: true, feedback: { kind: 'right', message: TEXT.right(formatNumber(question.answer)) } }, question);
      return;
    }
    const mistake = diagnose(question, parsed.value);
    const message = mistake ? `${TEXT.wrong} ${TEXT.mistakes[mistake]}` : TEXT.wrongNoName;
    setAttempt({ ...attempt, wrong: attempt.wrong + 1, feedback: { kind: 'wrong', message } });
  };

  const retry = () => {
    setAttempt({ ...attempt, text: '', feedback: null });
    input.current?.focus();
  };
  const reveal = () => {
    if (!question) return;
    const next = { ...attempt, revealed: true, resolved: true, text: formatNumber(question.answer), feedback: { kind: 'revealed' as const, message: TEXT.revealed(formatNumber(question.answer)) } };
    resolve(next, question);
  };
  const nextQuestion = () => {
    setIndex(index + 1);
    setAttempt(fresh());
    requestAnimationFrame(() => input.current?.focus());
  };

  return (
    <section className="practice" aria-label={TEXT.region}>
      {question && !(answered && attempt.feedback === null) ? (
        <>
          <h2 className="panel-title">{TEXT.title} · {TEXT.of(index + 1, questions.length)}</h2>
          <p className="practice-prompt">{TEXT.compute} <Tex tex={question.prompt.tex} fallback={question.prompt.text} /></p>
          <form className="practice-form" onSubmit={check}>
            <label>
              <span className="label-text">{TEXT.answer}</span>
              <input
                // No inputMode="decimal": iOS's decimal pad has no minus sign, and answers are often negative.
                ref={input} type="text" inputMode="text" autoComplete="off" autoCapitalize="off" autoCorrect="off" spellCheck={false} enterKeyHint="done"
                value={attempt.text} readOnly={attempt.resolved}
                aria-invalid={attempt.feedback?.kind === 'error' || attempt.feedback?.kind === 'wrong'}
                onChange={(e) => setAttempt({ ...attempt, text: e.target.value, feedback: attempt.feedback?.kind === 'error' ? null : attempt.feedback })}
              />
            </label>
            <button type="submit" disabled={attempt.resolved}>{TEXT.check}</button>
          </form>
          <p className={`practice-feedback ${attempt.feedback?.kind ?? ''}`} role="status">{attempt.feedback?.message ?? ''}</p>
          <div className="practice-actions">
            {attempt.feedback?.kind === 'wrong' && <button type="button" onClick={retry}>{TEXT.retry}</button>}
            <button type="button" disabled={attempt.resolved || attempt.hints >= 2} onClick={() => setAttempt({ ...attempt, hints: attempt.hints + 1 })}>{TEXT.hint}</button>
            <button type="button" disabled={attempt.resolved} onClick={reveal}>{TEXT.reveal}</button>
            {attempt.resolved && index < questions.length - 1 && <button type="button" className="primary" onClick={nextQuestion}>{TEXT.nextQuestion}</button>}
          </div>
          {attempt.hints > 0 && (
            <div className="practice-hint">
              <Tex tex={question.hint.tex} display fallback={question.hint.text} />
              {attempt.hints > 1 && <p className="pattern">{question.pattern}</p>}
              {attempt.hints > 1 && question.numbers && <Tex tex={question.numbers.tex} display fallback={question.numbers.text} />}
            </div>
          )}
          {attempt.resolved && index === questions.length - 1 && <p className="muted">{TEXT.stepDone}</p>}
        </>
      ) : (
        <p className="muted">{done && questions.length === 0 ? TEXT.nothing : TEXT.stepDone}</p>
      )}
      {isLast && done && <ScoreBoard program={program} />}
    </section>
  );
}
