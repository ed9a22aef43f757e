/**
 * `npm run bench:class`: the class server under a lecture hall's load, on loopback only. 300
 * simulated students (socket.io-client) join one room; the presenter steps every 2 s for 5
 * minutes. Each student notes when each step arrives; the bench reports the delivery latency
 * (p50, p99, max), messages lost (a step a student never got), and the server's resident memory over time
 * (flat: nothing accumulates per step).
 *
 *   npm run bench:class -- [--students 300] [--minutes 5] [--every 2000]
 *
 * The server is `npm run class`'s own entry in a process of its own (its join burst raised: every
 * student is 127.0.0.1), so the students' work in this process does not count as the server's;
 * its memory is its resident set, read from /proc.
 */
import { io as connect, type Socket } from 'socket.io-client';
import { encodeLesson } from '../src/store/lessonState.ts';
import { initialState, lessonRecord } from '../src/store/state.ts';
import type { HostReply, JoinReply } from '../src/view/liveClass/wire.ts';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

function option(name: string, fallback: number, max: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0 || value > max) throw new Error(`--${name} takes a number in (0, ${max}]`);
  return value;
}
const STUDENTS = option('students', 300, 2000);
const MINUTES = option('minutes', 5, 30);
const EVERY = option('every', 2000, 60_000);
const STEPS = Math.floor((MINUTES * 60_000) / EVERY);
const PROGRAM = 'w0 = 2; x0 = -1; w1 = -3; x1 = -2; w2 = -3; f = 1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))';

const PORT = option('port', 8790, 65535);
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', String(PORT), '--host', '127.0.0.1',
  '--join-burst', String(STUDENTS * 2), '--max-students', String(STUDENTS + 10)], { stdio: ['ignore', 'ignore', 'inherit'] });
const url = `http://127.0.0.1:${PORT}`;
for (let tries = 0; ; tries++) {
  try {
    if ((await fetch(`${url}/class/stats`)).ok) break;
  } catch { /* not listening yet */ }
  if (tries > 600 || server.exitCode !== null) throw new Error('the class server did not start');
  await new Promise((r) => setTimeout(r, 200));
}
/** The server process's resident memory, in MB. */
const heapMB = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
const open = async (): Promise<Socket> => {
  const s = connect(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => { s.once('connect', resolve); s.once('connect_error', reject); });
  return s;
};

const presenter = await open();
const hosted = (await presenter.emitWithAck('host', { key: 'b'.repeat(40) })) as HostReply;
if (!hosted.ok) throw new Error(`host refused: ${hosted.reason}`);
const sentAt: number[] = [];
/** received[student][step] = ms after the step was sent. */
const received: Map<number, number>[] = [];
const students: Socket[] = [];
for (let i = 0; i < STUDENTS; i++) {
  const s = await open();
  const mine = new Map<number, number>();
  received.push(mine);
  s.on('lesson', (text: string) => {
    const { step } = JSON.parse(text) as { step: number };
    mine.set(step, performance.now() - sentAt[step]);
  });
  const joined = (await s.emitWithAck('join', { code: hosted.code })) as JoinReply;
  if (!joined.ok) throw new Error(`join refused: ${joined.reason}`);
  students.push(s);
}
console.log(`${STUDENTS} students in room ${hosted.code}; ${STEPS} steps, one every ${EVERY} ms (${MINUTES} min)`);

const heap: number[] = [heapMB()];
for (let step = 0; step < STEPS; step++) {
  sentAt[step] = performance.now();
  presenter.emit('lesson', encodeLesson({ ...lessonRecord(initialState), source: PROGRAM, presetId: null, step }));
  await new Promise((r) => setTimeout(r, EVERY));
  if (step % 15 === 14) {
    heap.push(heapMB());
    process.stdout.write(`  step ${step + 1}/${STEPS}, server RSS ${heap.at(-1)!.toFixed(1)} MB\n`);
  }
}
heap.push(heapMB());

const latencies = received.flatMap((m) => [...m.values()]).sort((a, b) => a - b);
const lost = STUDENTS * STEPS - latencies.length;
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
console.log(`delivery latency (ms): p50 ${q(0.5).toFixed(1)}, p99 ${q(0.99).toFixed(1)}, max ${latencies.at(-1)!.toFixed(1)}`);
console.log(`messages: ${latencies.length} of ${STUDENTS * STEPS} delivered, ${lost} lost`);
console.log(`server RSS (MB): after the joins ${heap[0].toFixed(1)}, end ${heap.at(-1)!.toFixed(1)}, max ${Math.max(...heap).toFixed(1)}`);
console.log(`dropped by the server: ${JSON.stringify((await (await fetch(`${url}/class/stats`)).json()).dropped)}`);

for (const s of [presenter, ...students]) s.disconnect();
server.kill('SIGTERM');
// Flat: the server ends within 20 MB (or 25 %) of where it stood once everyone had joined, and
// never peaks beyond twice that: a leak of a lesson per step (150 steps × 300 students) would not.
const growth = heap.at(-1)! - heap[0];
const flat = growth <= Math.max(20, 0.25 * heap[0]) && Math.max(...heap) - heap[0] <= 2 * Math.max(20, 0.25 * heap[0]);
console.log(`memory: ${flat ? 'flat' : 'GROWING'} (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB over the run)`);
const ok = q(0.99) <= 500 && lost === 0 && flat;
console.log(ok ? 'PASS: p99 ≤ 500 ms, nothing lost, memory flat' : 'FAIL: p99 > 500 ms, messages lost or memory growing');
process.exit(ok ? 0 : 1);
