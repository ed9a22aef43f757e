/**
 * The rest of the course under the graph: three buttons that open the "Gradient check",
 * "Training" and "Vanishing gradients" panels. The panels start closed (opening one is the
 * student's choice to see its numbers) and are lazy-loaded, so none of them weighs on the
 * first paint. They work on the gate graph (the tape the engine replays) whatever level of
 * detail the graph view shows.
 */
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { derive } from '../../store/derive.ts';
import { useChainrule } from '../../store/store.ts';
import './course.css';
import { useT } from '../useT.ts';

const GradientCheckPanel = lazy(() => import('./GradientCheckPanel.tsx'));
const TrainingPanel = lazy(() => import('./TrainingPanel.tsx'));
const VanishingPanel = lazy(() => import('./VanishingPanel.tsx'));


type PanelId = 'check' | 'training' | 'vanishing';
const PANELS: readonly PanelId[] = ['check', 'training', 'vanishing'];

export function CoursePanels() {
  const TEXT = useT().coursePanels;
  // The program the lesson view draws, as gates (the panels work on the tape the engine replays).
  const source = useChainrule((s) => s.lesson().shownSource);
  const stale = useChainrule((s) => s.lesson().status !== 'current');
  const shown = source === null ? null : derive(source, 'gates');
  const analysis = shown?.ok ? shown.analysis : null;
  const [open, setOpen] = useState<ReadonlySet<PanelId>>(new Set());
  // The panel just opened is scrolled into view once it has loaded: it may open below another.
  const opened = useRef<PanelId | null>(null);
  const toggle = (id: PanelId) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    opened.current = next.has(id) ? id : null;
    setOpen(next);
  };
  const reveal = useCallback((section: HTMLElement | null) => {
    if (!section || section.id !== `course-${opened.current}`) return;
    opened.current = null;
    // On a laptop the graph stays pinned above the panels (styles.css): land the panel just under it.
    const graph = document.querySelector('.graph-area');
    const pinned = graph && getComputedStyle(graph).position === 'sticky' ? graph.getBoundingClientRect().height : 0;
    section.style.scrollMarginTop = `${pinned + 8}px`;
    section.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }, []);
  return (
    <div className="course">
      <div className="course-buttons" role="group" aria-label={TEXT.group}>
        {PANELS.map((id) => (
          <button key={id} type="button" aria-expanded={open.has(id)} aria-controls={`course-${id}`} onClick={() => toggle(id)}>
            {TEXT[id]}
          </button>
        ))}
      </div>
      {analysis && open.size > 0 && (
        <div className="course-panels">
          <Suspense fallback={<p className="muted">{TEXT.loading}</p>}>
            {PANELS.filter((id) => open.has(id)).map((id) => (
              <section key={id} ref={reveal} id={`course-${id}`} className="course-panel" role="region" aria-label={TEXT[id]}>
                <h2 className="course-title">{TEXT[id]}</h2>
                {id === 'check' && <GradientCheckPanel analysis={analysis} />}
                {id === 'training' && <TrainingPanel analysis={analysis} stale={stale} />}
                {id === 'vanishing' && <VanishingPanel analysis={analysis} stale={stale} />}
              </section>
            ))}
          </Suspense>
        </div>
      )}
    </div>
  );
}
