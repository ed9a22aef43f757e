/** Runs fuzz cases [from, to) for the runner, reporting after each so its watchdog sees progress. */
import { parentPort, workerData } from 'node:worker_threads';
import { runCase } from './cases.ts';

const { seed, from, to } = workerData as { seed: number; from: number; to: number };
parentPort?.postMessage('ready');
for (let i = from; i < to; i++) {
  const caseSeed = (seed + i) | 0;
  const { target, failure } = await runCase(caseSeed);
  parentPort?.postMessage({ i, caseSeed, target, failure });
}
