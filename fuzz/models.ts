/**
 * The model-based tests of "nothing typed is lost" (issue 21), ten times longer than `npm test`
 * runs them: the fast-check model over the store and storage (src/store/ownProgram.model.test.ts)
 * and the browser walk across two tabs (tests/e2e/ownProgram.spec.ts), against a build of its
 * own. `npm run fuzz` runs this first. MODEL_RUNS (default 10) scales both; MODEL_SEED (default:
 * from the clock, printed) replays a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const seed = process.env.MODEL_SEED ?? String(Date.now() % 1_000_000);
const env = { ...process.env, MODEL_RUNS: process.env.MODEL_RUNS ?? '10', MODEL_SEED: seed };
console.log(`models: MODEL_RUNS=${env.MODEL_RUNS} MODEL_SEED=${seed} (set both to replay)`);

const run = (args: string[], extra: Record<string, string> = {}) => {
  const started = performance.now();
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...env, ...extra } });
  console.log(`models: ${args.slice(0, 2).join(' ')} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    console.log(`models: FAILED — replay with MODEL_RUNS=${env.MODEL_RUNS} MODEL_SEED=${seed}`);
    process.exit(result.status ?? 1);
  }
};

run(['vitest', 'run', 'src/store/ownProgram.model.test.ts']);
// A build and a port of its own, so a run beside other builds and servers tests this code.
const dist = process.env.E2E_DIST ?? mkdtempSync(path.join(tmpdir(), 'chainrule-models-'));
const port = process.env.E2E_PORT ?? String(4300 + Math.floor(Math.random() * 500));
if (!process.env.E2E_DIST) run(['vite', 'build', '--outDir', dist, '--logLevel', 'warn']);
run(['playwright', 'test', 'tests/e2e/ownProgram.spec.ts', '-g', 'seeded walk'], { E2E_DIST: dist, E2E_PORT: port });
