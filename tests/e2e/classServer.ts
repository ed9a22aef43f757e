/**
 * The live class's server for the browser tests: `npm run class` on loopback, on a port of its
 * own (E2E_CLASS_PORT, else E2E_PORT + 1100: crash.spec takes + 1000), serving the same build the other specs test.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export const CLASS_PORT = Number(process.env.E2E_CLASS_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1100);
export const CLASS_URL = `http://127.0.0.1:${CLASS_PORT}`;

export interface Running {
  stop(): Promise<void>;
  /** What `npm run class` printed so far: its address and the QR code. */
  output(): string;
}

/** Starts the server and resolves once it answers; `npm run class` builds only if the build is missing. */
export async function startClassServer(): Promise<Running> {
  const child: ChildProcess = spawn('npm', ['run', '--silent', 'class', '--', '--port', String(CLASS_PORT), '--host', '127.0.0.1', '--dist', process.env.E2E_DIST ?? 'dist'], {
    stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let stdout = '';
  child.stdout?.on('data', (d) => { stdout += String(d); });
  let stderr = '';
  child.stderr?.on('data', (d) => { stderr += String(d); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm run class exited: ${stderr}`);
    try {
      if ((await fetch(`${CLASS_URL}/class/stats`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`npm run class did not answer in 45 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    output: () => stdout,
    async stop() {
      if (child.exitCode === null && child.pid) {
        try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone already */ }
      }
      await exited;
    },
  };
}

/** The server's counters: rooms and dropped messages by reason. */
export async function classStats(): Promise<{ rooms: number; dropped: Record<string, number> }> {
  return (await fetch(`${CLASS_URL}/class/stats`)).json();
}
