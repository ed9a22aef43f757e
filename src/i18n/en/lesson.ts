/** The lesson's switches (LessonControls.tsx) and the explanation column (Explanation.tsx). */
export const lesson = {
  practice: 'Practice',
  mode: 'Mode',
  reverse: 'Reverse',
  forward: 'Forward',
  wrt: 'With respect to',
  traceTable: 'Trace table',
  loading: 'Loading…',
} as const;
