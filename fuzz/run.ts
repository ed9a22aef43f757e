/**
 * `npm run fuzz -- --cases N [--seed S]`: seeded, reproducible fuzzing of the lexer, parser and
 * engine, gradients against finite differences, and the lesson-state decoder (cases.ts). Case i
 * runs with seed S + i, so `--seed <case seed> --cases 1` replays one failure. Cases run in a
 * worker thread; a case that takes more than 2 s is a hang: the worker is stopped, the case
 * reported, and the run goes on in a new worker. Exits 1 on any failure.
 */
import { Worker } from 'node:worker_threads';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isSafeInteger(v)) throw new Error(`--${name} takes an integer`);
  return v;
};
const cases = arg('cases', 1000);
const seed = arg('seed', Date.now() % 1_000_000);
const HANG_MS = 2000;

interface Report { i: number; caseSeed: number; target: string; failure: string | null }
const failures: Report[] = [];
const byTarget = new Map<string, number>();
let done = 0;
const started = performance.now();

/** Runs cases [from, cases) in one worker; resolves with the index to resume from after a hang, or null. */
function runFrom(from: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { seed, from, to: cases } });
    let next = from;
    let last = Infinity; // the clock starts when the worker has loaded, not while it loads
    let resumeAt: number | null = null;
    const watchdog = setInterval(() => {
      if (performance.now() - last < HANG_MS) return;
      clearInterval(watchdog);
      failures.push({ i: next, caseSeed: (seed + next) | 0, target: '?', failure: `hung: no result within ${HANG_MS} ms` });
      done++;
      resumeAt = next + 1;
      void worker.terminate();
    }, 100);
    worker.on('message', (r: Report | 'ready') => {
      last = performance.now();
      if (r === 'ready') return;
      next = r.i + 1;
      done++;
      byTarget.set(r.target, (byTarget.get(r.target) ?? 0) + 1);
      if (r.failure) failures.push(r);
    });
    worker.on('error', (e) => { clearInterval(watchdog); reject(e); });
    worker.on('exit', () => { clearInterval(watchdog); resolve(resumeAt); });
  });
}

for (let from: number | null = 0; from !== null && from < cases;) from = await runFrom(from);

const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${done} cases from seed ${seed} in ${seconds.toFixed(1)} s (${[...byTarget].map(([t, n]) => `${t} ${n}`).join(', ')})`);
for (const f of failures.slice(0, 20)) {
  console.log(`FAIL case ${f.i} [${f.target}]: replay with npm run fuzz -- --seed ${f.caseSeed} --cases 1\n  ${f.failure}`);
}
if (failures.length > 0) {
  console.log(`${failures.length} failing case(s)`);
  process.exitCode = 1;
}
