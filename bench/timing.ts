/**
 * Timing and printing helpers for bench/run.ts: medians of repeated, warmed-up runs, and
 * plain fixed-width tables (a terminal, a CI log and a pasted issue comment all read them).
 *
 * Clocks read the process's CPU time (user + system), not the wall clock: on a shared
 * two-core machine, time spent descheduled while other jobs run would otherwise land in our
 * numbers. On an idle machine the two agree, the benchmarks being single-threaded loops.
 */

/** Milliseconds of CPU this process has used. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median milliseconds of `runs` calls of `work`, after `warmup` untimed calls: the first calls
 * run in the interpreter and the baseline JIT, and we report the optimised steady state.
 */
export function timeMs(work: () => void, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    work();
    times.push(cpuMs() - start);
  }
  return median(times);
}

/** Calls `work` until it has used `ms` of CPU: long enough for V8 to reach its optimised code. */
export function warmUp(work: () => void, ms: number): void {
  const start = cpuMs();
  do work(); while (cpuMs() - start < ms);
}

/** Repeats per timed batch so one batch lasts about `targetMs`: the clock's grain stays small beside it. */
export function repeatsFor(work: () => void, targetMs: number): number {
  const start = cpuMs();
  work();
  const once = Math.max(cpuMs() - start, 1e-3);
  return Math.max(1, Math.round(targetMs / once));
}

export type Align = 'l' | 'r';

/** A table with one header row and a rule under it; numbers right-aligned, text left-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const side = (c: number): Align => align?.[c] ?? (c === 0 ? 'l' : 'r');
  const line = (cells: readonly string[]) =>
    cells.map((cell, c) => (side(c) === 'l' ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function fixed(x: number, digits: number): string {
  return x.toFixed(digits);
}

/** 12345 → "12,345": node counts read at a glance. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

export function heading(title: string): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}`);
}
