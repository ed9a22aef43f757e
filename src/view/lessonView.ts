/**
 * The lesson view: the one answer to what the page shows for the lesson record. Which program
 * is drawn, how many steps it has in this view and mode, the step (clamped), and the graph's
 * state at that step. The store, the address sync and the components all read it, so none of
 * them decides the shown program or clamps a step on its own.
 *
 * A view is memoised in two parts: the program part (analysis, sweep, count), keyed by the
 * identity of the texts and switches, and the step part. An arrow key changes only the step,
 * so it costs one comparison of a few references, not a lookup keyed by the whole text.
 */
import { matchStep, type Analysis, type Detail, type GraphNode, type LayersAnalysis, type ProgramError, type ViewDetail } from '../core/index.ts';
import { questionCount } from '../core/course/questionCount.ts';
import { layerQuestionCount } from '../core/course/layerQuestions.ts';
import type { ForwardSchedule } from '../core/steps/forwardMode.ts';
import { forwardSweep, wrtName, type Mode } from './forwardSweep.ts';
import type { StepView } from './graphState.ts';
import { concealCurrent, forwardViewAt, reverseViewAt, tangentLabel } from './modeView.ts';
import { layersForwardOf, layersOf } from './layers/layersView.ts';

/** What an analysis lookup answers (src/store/derive.ts): an analysis, an error, or still pending. */
export type Looked =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly error: ProgramError | null; readonly pending?: boolean };

export type Lookup = (source: string, detail: Detail, expanded: readonly number[]) => Looked;

/** The part of the lesson record (and session) the view depends on. */
export interface LessonInput {
  readonly source: string;
  readonly lastGoodSource: string;
  readonly step: number;
  readonly detail: ViewDetail;
  readonly expanded: readonly number[];
  readonly mode: Mode;
  readonly wrt: string | null;
  readonly practice: boolean;
  readonly answered: readonly number[];
}

/**
 * Which program is drawn: `current` the text itself; `analysing` the program drawn before, while
 * a big text is analysed; `stale` the last finished program, while the text has an error;
 * `none` nothing (no program has compiled yet).
 */
export type ShownStatus = 'current' | 'analysing' | 'stale' | 'none';

export interface GraphOverlay {
  readonly view: StepView;
  /** The label below an edge leaving `node` (forward mode's tangent) instead of its gradient. */
  readonly gradText?: (node: number) => string;
  /** Practice: tooltips name nodes without their numbers. */
  readonly quiet?: boolean;
}

export interface LessonView {
  readonly status: ShownStatus;
  /** The text whose analysis is drawn (null with none). */
  readonly shownSource: string | null;
  readonly analysis: Analysis | null;
  /** The text's own error, if it has one. */
  readonly error: ProgramError | null;
  readonly stale: boolean;
  readonly analysing: boolean;
  readonly mode: Mode;
  readonly count: number;
  /** Steps of the forward segment on the timeline (all of them in forward mode). */
  readonly forwardCount: number;
  /** The stored step, clamped to `count`. */
  readonly step: number;
  readonly sweep: ForwardSchedule | null;
  readonly wrt: string | null;
  readonly practice: boolean;
  /** How many questions the step asks in practice (0 when practice is off). */
  readonly questions: number;
  /** The Gates and Primitives views' nodes are op-table gates; the Statements view's are lines. */
  readonly opTable: boolean;
  readonly answered: boolean;
  /** Practice and not yet answered: the step's numbers stay hidden. */
  readonly concealed: boolean;
  /** Forward mode or practice: the graph's view of the step; undefined for reverse mode's own. */
  readonly overlay: GraphOverlay | undefined;
  /**
   * The Layers view of the shown program, when it is chosen and the program has a vector or a
   * matrix: then `step`, `count` and `forwardCount` are its steps, and `analysis` the Gates
   * analysis it reads. In forward mode it is the forward steps sweeping `sweep` (LayersForward).
   * Null otherwise.
   */
  readonly layers: LayersAnalysis | null;
  /** Layers is chosen but the program has no vector or matrix: it shows the Statements view. */
  readonly layersAsStatements: boolean;
}

interface Program {
  readonly status: ShownStatus;
  readonly shownSource: string | null;
  readonly analysis: Analysis | null;
  readonly error: ProgramError | null;
  readonly count: number;
  readonly forwardCount: number;
  readonly sweep: ForwardSchedule | null;
  readonly wrt: string | null;
  readonly layers: LayersAnalysis | null;
}

const NO_EXPAND: readonly number[] = [];

/**
 * The analysis a view draws from: its own; for Layers the Gates tape, or, for a program with no
 * vector or matrix, the Statements view (Layers then equals Statements).
 */
function lookupView(lookup: Lookup, source: string, detail: ViewDetail, expanded: readonly number[]): Looked {
  if (detail !== 'layers') return lookup(source, detail, expanded);
  const gates = lookup(source, 'gates', NO_EXPAND);
  return gates.ok && gates.analysis.shapes.length === 0 ? lookup(source, 'statements', NO_EXPAND) : gates;
}

const PROGRAM_KEYS = ['source', 'lastGoodSource', 'detail', 'expanded', 'mode', 'wrt'] as const;
const STEP_KEYS = ['step', 'practice', 'answered'] as const;

/** The step the view shows: `step` clamped to a schedule of `count` steps (0 with none). */
export const clampStep = (step: number, count: number) => Math.max(0, Math.min(step, count - 1));

const sameNode = (a: GraphNode, b: GraphNode) => (a.name !== undefined ? a.name === b.name
  : b.name === undefined && a.kind === b.kind && a.span.start === b.span.start && a.span.end === b.span.end
    && (a.kind !== 'gate' || (b.kind === 'gate' && a.op === b.op)));

/**
 * The step of an edited program `to` that explains what step `step` of `from` did: the same node
 * in the same phase where `to` still has it, else the same step number (clamped). Unlike a view
 * switch (core's matchStep), an edit may leave no node in common, and a neighbour of the old
 * node is then no better a place than the number the student was at.
 */
export function followEdit(from: Analysis, step: number, to: Analysis): number {
  const s = from.schedule.steps[step];
  const m = matchStep(from, step, to);
  const t = to.schedule.steps[m];
  return s && t && s.kind === t.kind && sameNode(from.graph.nodes[s.node], to.graph.nodes[t.node]) ? m : clampStep(step, to.schedule.steps.length);
}

/**
 * A lesson view with its memo. `epoch` changes when an analysis lands (a pending text may then
 * have one), which the record alone does not show.
 */
export function createLessonView(lookup: Lookup) {
  // The analysis drawn last: kept on screen while a big text is analysed, so nothing blinks.
  let drawn: { readonly detail: ViewDetail; readonly expanded: readonly number[]; readonly source: string; readonly analysis: Analysis } | null = null;
  let last: { readonly input: LessonInput; readonly epoch: number; readonly program: Program; readonly view: LessonView } | null = null;

  function shown(input: LessonInput): Omit<Program, 'count' | 'forwardCount' | 'sweep' | 'wrt' | 'layers'> {
    const { source, detail, expanded } = input;
    const now = lookupView(lookup, source, detail, expanded);
    if (now.ok) {
      drawn = { detail, expanded, source, analysis: now.analysis };
      return { status: 'current', shownSource: source, analysis: now.analysis, error: null };
    }
    if (now.pending && drawn && drawn.detail === detail && drawn.expanded === expanded) {
      return { status: 'analysing', shownSource: drawn.source, analysis: drawn.analysis, error: null };
    }
    const fallback = lookupView(lookup, input.lastGoodSource, detail, expanded);
    const analysis = fallback.ok ? fallback.analysis : null;
    const status = now.pending ? 'analysing' : analysis ? 'stale' : 'none';
    return { status, shownSource: analysis ? input.lastGoodSource : null, analysis, error: now.error };
  }

  function program(input: LessonInput): Program {
    const p = shown(input);
    const { analysis } = p;
    const sweep = analysis && input.mode === 'forward' ? forwardSweep(analysis, input.wrt) : null;
    // Layers in forward mode sweeps the same tape: its steps are the forward steps, its numbers the sweep's tangents.
    const layers = !analysis || input.detail !== 'layers' ? null : input.mode === 'reverse' ? layersOf(analysis) : sweep ? layersForwardOf(analysis, sweep) : null;
    const count = !analysis ? 0 : layers ? layers.steps.length : input.mode === 'reverse' ? analysis.schedule.steps.length : sweep?.steps.length ?? 0;
    return {
      ...p, sweep, count, layers,
      forwardCount: input.mode === 'forward' ? count : layers ? layers.forwardCount : analysis?.schedule.forwardCount ?? 0,
      wrt: analysis ? wrtName(analysis, input.wrt) : null,
    };
  }

  function stepPart(input: LessonInput, p: Program): LessonView {
    const { analysis, sweep, count, layers } = p;
    const { mode } = input;
    // Practice asks of scalar steps and of Layers' backward-mode steps (a vector or matrix each); not of Layers' tangent sweep.
    const practice = input.practice && !(layers && mode === 'forward');
    const step = clampStep(input.step, count);
    const record = mode === 'forward' ? sweep?.steps[step] : analysis?.schedule.steps[step];
    const questions = !analysis || !practice ? 0 : layers ? layerQuestionCount(layers, step) : questionCount(record, analysis.graph.nodes);
    const answered = input.answered.includes(step);
    const concealed = practice && !answered && questions > 0;
    let overlay: GraphOverlay | undefined;
    // The scalar graph's overlay; the Layers drawing reads its own view.
    if (analysis && !layers && (sweep || practice)) {
      const viewAt = sweep ? forwardViewAt(analysis, sweep) : reverseViewAt(analysis);
      overlay = { view: concealed ? concealCurrent(viewAt, step) : viewAt(step), gradText: sweep ? tangentLabel(analysis, sweep) : undefined, quiet: practice };
    }
    return {
      ...p, stale: p.status === 'stale', analysing: p.status === 'analysing', mode, step, practice, questions,
      opTable: analysis ? analysis.trace.rules.kind !== 'lines' : input.detail !== 'statements', answered, concealed, overlay,
      layersAsStatements: input.detail === 'layers' && analysis !== null && analysis.shapes.length === 0,
    };
  }

  return function lessonView(input: LessonInput, epoch = 0): LessonView {
    if (last && last.epoch === epoch && PROGRAM_KEYS.every((k) => last?.input[k] === input[k])) {
      if (STEP_KEYS.every((k) => last?.input[k] === input[k])) return last.view;
      const view = stepPart(input, last.program);
      last = { input, epoch, program: last.program, view };
      return view;
    }
    const p = program(input);
    const view = stepPart(input, p);
    last = { input, epoch, program: p, view };
    return view;
  };
}
