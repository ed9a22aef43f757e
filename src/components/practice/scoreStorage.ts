/**
 * The practice score, kept across reloads: per program, each question's first outcome.
 * localStorage can throw (private mode, quota) and can hold another version's data, so every
 * access is wrapped, the record is versioned and validated, and anything odd reads as empty.
 */
import { useSyncExternalStore } from 'react';
import type { Outcome } from '../../core/course/practice.ts';

const KEY = 'chainrule.practice-score';
const VERSION = 1;
/** Past this many programs the oldest are dropped, so the record stays small. */
const MAX_PROGRAMS = 50;
const OUTCOMES = new Set<Outcome>(['first-try', 'retried', 'hinted', 'revealed']);

type Outcomes = Readonly<Record<string, Outcome>>;
interface Saved { readonly version: number; readonly programs: Readonly<Record<string, Outcomes>> }

function read(): Record<string, Outcomes> {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return {};
    const parsed = JSON.parse(raw) as Partial<Saved> | null;
    if (!parsed || parsed.version !== VERSION || typeof parsed.programs !== 'object' || parsed.programs === null) return {};
    const programs: Record<string, Outcomes> = {};
    for (const [program, outcomes] of Object.entries(parsed.programs)) {
      if (typeof outcomes !== 'object' || outcomes === null) continue;
      programs[program] = Object.fromEntries(Object.entries(outcomes).filter(([, o]) => OUTCOMES.has(o as Outcome))) as Outcomes;
    }
    return programs;
  } catch {
    return {};
  }
}

function write(programs: Record<string, Outcomes>): void {
  const keys = Object.keys(programs);
  for (const k of keys.slice(0, Math.max(0, keys.length - MAX_PROGRAMS))) delete programs[k];
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ version: VERSION, programs }));
  } catch {
    // Storage full or refused: the score still counts for this session.
  }
}

let memory: Record<string, Outcomes> | null = null;
const listeners = new Set<() => void>();
const all = () => (memory ??= read());
const changed = () => listeners.forEach((l) => l());

/** Keeps the first outcome of a question: coming back to it later does not change the score. */
export function recordOutcome(program: string, question: string, outcome: Outcome): void {
  const programs = { ...all() };
  if (programs[program]?.[question]) return;
  // Re-inserted last: the most recently practised programs survive the cap.
  const outcomes = { ...programs[program], [question]: outcome };
  delete programs[program];
  programs[program] = outcomes;
  memory = programs;
  write(programs);
  changed();
}

export function resetScore(program: string): void {
  const programs = { ...all() };
  delete programs[program];
  memory = programs;
  write(programs);
  changed();
}

const EMPTY: Outcomes = {};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useOutcomes(program: string): Outcomes {
  return useSyncExternalStore(subscribe, () => all()[program] ?? EMPTY);
}
