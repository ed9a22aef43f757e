/**
 * What the pipeline hands on: a compiled program, and its analysis (a finished pass and its
 * steps). Types only, apart from index.ts, so the modules that take an analysis (the Statements
 * view, the view matcher) need not import the pipeline that makes one.
 */
import type { BuiltGraph } from './engine/graph.ts';
import type { Program } from './language/parser.ts';
import type { Schedule, Trace, Warning } from './types.ts';

export interface Compiled extends BuiltGraph {
  readonly program: Program;
}

export interface Analysis extends Compiled {
  readonly trace: Trace;
  readonly schedule: Schedule;
  /** Build warnings (default inputs, nothing to backpropagate) then value warnings (NaN). */
  readonly allWarnings: readonly Warning[];
}
