/**
 * The lesson view (src/view/lessonView.ts) of the app's store, for components: what program is
 * drawn, its step count, the clamped step and the graph's state. It re-renders when a big
 * text's staged analysis lands (src/store/derive.ts), as a transition: React renders the big
 * new view in slices between which a keystroke is handled, and only the commit is one piece.
 */
import { startTransition, useEffect, useState } from 'react';
import { analysesLanded, subscribeAnalyses } from '../store/derive.ts';
import { useChainrule } from '../store/store.ts';
import type { LessonView } from '../view/lessonView.ts';

export type { LessonView } from '../view/lessonView.ts';

export function useLessonView(): LessonView {
  const [, setLanded] = useState(analysesLanded);
  useEffect(() => subscribeAnalyses(() => startTransition(() => setLanded(analysesLanded()))), []);
  return useChainrule((s) => s.lesson());
}
