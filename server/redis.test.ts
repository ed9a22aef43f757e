/**
 * Scale-out: Redis (Debian's redis-server, started here on a free loopback port) and two class
 * servers sharing rooms through it. A presenter on one process hosts; a student on the other
 * joins with the code, follows the steps and answers; the presenter sees the count and answer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { encodeLesson } from '../src/store/lessonState.ts';
import { initialState, lessonRecord } from '../src/store/state.ts';
import type { HostReply, JoinReply } from '../src/view/liveClass/wire.ts';
import { createClassServer, type ClassServer } from './classServer.ts';

const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

let redis: ChildProcess;
let redisUrl: string;
const servers: ClassServer[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  const port = await freePort();
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    redis.once('error', (e) => reject(new Error(`redis-server could not start (apt-get install redis-server): ${e.message}`)));
    redis.stdout!.on('data', (d) => { if (String(d).includes('Ready to accept connections')) resolve(); });
  });
  redisUrl = `redis://127.0.0.1:${port}`;
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  for (const s of servers) await s.close();
  redis?.kill();
});

async function client(port: number): Promise<Socket> {
  const s = connect(`http://127.0.0.1:${port}`, { transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(s);
  await new Promise<void>((resolve, reject) => { s.once('connect', resolve); s.once('connect_error', reject); });
  return s;
}

describe('two class servers sharing rooms through Redis', () => {
  it('lets a student on one follow a presenter on the other', async () => {
    const [a, b] = await Promise.all([createClassServer({ redisUrl }), createClassServer({ redisUrl })]);
    servers.push(a, b);
    const [portA, portB] = await Promise.all([a.listen(0, '127.0.0.1'), b.listen(0, '127.0.0.1')]);
    const presenter = await client(portA);
    const hosted = (await presenter.emitWithAck('host', { key: 'r'.repeat(40) })) as HostReply;
    if (!hosted.ok) throw new Error(hosted.reason);
    const followers: number[] = [];
    presenter.on('followers', (n: number) => followers.push(n));
    presenter.emit('lesson', encodeLesson({ ...lessonRecord(initialState), step: 1 }));

    const student = await client(portB);
    await expect.poll(async () => ((await student.emitWithAck('join', { code: hosted.code })) as JoinReply).ok, { timeout: 5000 }).toBe(true);
    await expect.poll(() => followers.at(-1), { timeout: 5000 }).toBe(1);

    const steps: number[] = [];
    student.on('lesson', (text: string) => steps.push(JSON.parse(text).step));
    for (const step of [2, 3, 4]) presenter.emit('lesson', encodeLesson({ ...lessonRecord(initialState), step }));
    await expect.poll(() => steps, { timeout: 5000 }).toEqual([2, 3, 4]);

    const asked = new Promise<{ seq: number }>((resolve) => student.once('question', resolve));
    presenter.emit('ask', { id: '4:product0' });
    const answers: number[][] = [];
    presenter.on('answers', (x: { values: number[] }) => answers.push(x.values));
    student.emit('answer', { seq: (await asked).seq, value: -4 });
    await expect.poll(() => answers.at(-1), { timeout: 5000 }).toEqual([-4]);
  });
});
