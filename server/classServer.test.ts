/**
 * The class server with real Socket.IO clients on loopback: a presenter hosts, students join and
 * follow, a question is asked and answered; and abuse — forged presenter messages, bad records,
 * oversized and unknown messages, floods, a join-code guessing loop — is dropped and counted
 * while the room carries on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { encodeLesson } from '../src/store/lessonState.ts';
import { lessonRecord, initialState } from '../src/store/state.ts';
import type { HostReply, JoinReply } from '../src/view/liveClass/wire.ts';
import { createClassServer, type ClassServer } from './classServer.ts';
import type { Limits } from './limits.ts';

const KEY = 'k'.repeat(40);
const record = (step: number, source = 'x = 3; y = -4; f = x * y') => encodeLesson({ ...lessonRecord(initialState), source, presetId: null, step });

let server: ClassServer;
let url: string;
const sockets: Socket[] = [];

async function start(limits: Partial<Limits> = {}) {
  server = await createClassServer({ limits });
  url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
}
beforeEach(() => start());
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await server.close();
});

async function client(): Promise<Socket> {
  const s = connect(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  sockets.push(s);
  await new Promise<void>((resolve, reject) => { s.once('connect', resolve); s.once('connect_error', reject); });
  return s;
}
const host = (s: Socket, payload: object = { key: KEY }) => s.emitWithAck('host', payload) as Promise<HostReply>;
const join = (s: Socket, code: string) => s.emitWithAck('join', { code }) as Promise<JoinReply>;
const next = <T>(s: Socket, event: string) => new Promise<T>((resolve) => s.once(event, resolve));
/** A round trip through the server: everything sent before it has been handled. */
const flush = async (s: Socket) => { await s.emitWithAck('join', { code: 'ACDEFGHJKM' }); };

async function classOf(students: number) {
  const presenter = await client();
  const hosted = await host(presenter);
  if (!hosted.ok) throw new Error(hosted.reason);
  const followers = await Promise.all(Array.from({ length: students }, client));
  for (const s of followers) expect((await join(s, hosted.code)).ok).toBe(true);
  return { presenter, code: hosted.code, followers };
}

describe('a class', () => {
  it('gives a code of 10 unambiguous characters, and a student who joins gets the lesson, re-encoded', async () => {
    const presenter = await client();
    const hosted = await host(presenter);
    expect(hosted.ok && hosted.code).toMatch(/^[34679ACDEFGHJKMNPQRTWXY]{10}$/);
    const code = (hosted as { code: string }).code;
    presenter.emit('lesson', record(2).replace('{', '{ '));
    const student = await client();
    await flush(presenter);
    const joined = await join(student, code);
    expect(joined.ok && JSON.parse(joined.lesson!).step).toBe(2);
    expect(joined.ok && joined.lesson).toBe(record(2));
  });

  it('relays each step to every student and counts them for the presenter', async () => {
    const { presenter, followers } = await classOf(3);
    await expect.poll(() => new Promise((r) => presenter.once('followers', r)), { timeout: 3000 }).toBe(3);
    const got = followers.map((s) => next<string>(s, 'lesson'));
    presenter.emit('lesson', record(5));
    for (const lesson of await Promise.all(got)) expect(JSON.parse(lesson).step).toBe(5);
  });

  it('keeps the room for its presenter (same code, same key) and refuses the code to another key', async () => {
    const { presenter, code } = await classOf(0);
    presenter.emit('lesson', record(4));
    await flush(presenter);
    presenter.disconnect();
    const again = await host(await client(), { code, key: KEY });
    expect(again.ok && JSON.parse(again.lesson!).step).toBe(4);
    expect(await host(await client(), { code, key: 'x'.repeat(40) })).toEqual({ ok: false, reason: 'taken' });
  });

  it('collects one answer per student for the open question, and reveals it', async () => {
    const { presenter, followers } = await classOf(3);
    const asked = next<{ seq: number }>(followers[0], 'question');
    presenter.emit('ask', { id: '5:product0' });
    const { seq } = await asked;
    const answers: number[][] = [];
    presenter.on('answers', (a: { values: number[] }) => answers.push(a.values));
    followers[0].emit('answer', { seq, value: -4 });
    followers[0].emit('answer', { seq, value: 7 });
    followers[1].emit('answer', { seq, value: 3 });
    followers[2].emit('answer', { seq, value: 'junk' });
    await flush(followers[0]);
    await flush(followers[1]);
    await expect.poll(() => answers.at(-1)?.slice().sort()).toEqual([-4, 3]);
    expect(server.dropped).toMatchObject({ duplicate: 1, malformed: 1 });
    const revealed = next<{ revealed: boolean }>(followers[2], 'question');
    presenter.emit('reveal');
    expect((await revealed).revealed).toBe(true);
  });
});

describe('the end of a class', () => {
  it('keeps nothing: the room, its lesson, question and answers are gone, and its code no longer joins', async () => {
    const { presenter, code, followers: [alice] } = await classOf(1);
    presenter.emit('lesson', record(3));
    const asked = next<{ seq: number }>(alice, 'question');
    presenter.emit('ask', { id: '5:product0' });
    alice.emit('answer', { seq: (await asked).seq, value: 1 });
    await flush(alice);
    expect(server.roomCount()).toBe(1);
    const ended = next(alice, 'ended');
    presenter.emit('end');
    await ended;
    expect(server.roomCount()).toBe(0);
    expect(await join(await client(), code)).toEqual({ ok: false, reason: 'noRoom' });
    // Its presenter's key makes a fresh room, not the old one back: no lesson, no question.
    const again = await host(await client(), { code, key: KEY });
    expect(again.ok && again.lesson).toBeFalsy();
    expect(again.ok && again.question).toBeFalsy();
  });
});

describe('abuse', () => {
  it('drops a student\'s presenter messages (forged), and the room carries on', async () => {
    const { presenter, followers: [mallory, alice] } = await classOf(2);
    let seen = 0;
    alice.on('lesson', () => seen++);
    alice.on('question', () => seen++);
    mallory.emit('lesson', record(9));
    mallory.emit('ask', { id: '1:value' });
    mallory.emit('reveal');
    mallory.emit('end');
    await flush(mallory);
    expect(server.dropped.forged).toBe(4);
    const got = next<string>(alice, 'lesson');
    presenter.emit('lesson', record(1));
    expect(JSON.parse(await got).step).toBe(1);
    expect(seen).toBe(1);
  });

  it('drops records that are not lessons, oversized and unknown messages, and counts each', async () => {
    const { presenter, followers: [alice] } = await classOf(1);
    let seen = 0;
    alice.on('lesson', () => seen++);
    presenter.emit('lesson', '{"v":99,"source":"x"}');
    presenter.emit('lesson', 'not json');
    presenter.emit('lesson', { source: 'x' });
    presenter.emit('lesson', record(1, 'x = 1; f = x' + ' + x'.repeat(60_000)));
    presenter.emit('ask', { id: '<script>' });
    presenter.emit('steal', { all: true });
    alice.emit('join', { code: 'A'.repeat(5000) });
    await flush(presenter);
    await flush(alice);
    expect(server.dropped).toMatchObject({ malformed: 4, oversized: 2, unknown: 1 });
    expect(seen).toBe(0);
    const got = next<string>(alice, 'lesson');
    presenter.emit('lesson', record(3));
    expect(JSON.parse(await got).step).toBe(3);
  });

  it('drops a flood beyond the connection\'s rate', async () => {
    await server.close();
    await start({ burst: 10, perSecond: 1 });
    const { presenter } = await classOf(0);
    for (let i = 0; i < 50; i++) presenter.emit('lesson', record(i));
    await expect.poll(() => server.dropped.flooded).toBeGreaterThanOrEqual(35);
  });

  it('limits joins per address, so a guessing loop gets nowhere', async () => {
    const { code } = await classOf(0);
    const guesser = await client();
    const replies: JoinReply[] = [];
    for (let i = 0; i < 40; i++) replies.push(await join(guesser, `ACDEFGHJK${'3469'[i % 4]}`));
    expect(replies.filter((r) => !r.ok && r.reason === 'rateLimited').length).toBeGreaterThanOrEqual(9);
    expect(server.dropped.joinLimited).toBeGreaterThanOrEqual(9);
    expect(await join(await client(), code)).toEqual({ ok: false, reason: 'rateLimited' });
  });

  it('caps rooms per process and students per room, each with its reason', async () => {
    await server.close();
    await start({ maxRooms: 1, maxStudents: 1 });
    const { code } = await classOf(1);
    expect(await host(await client(), { key: 'y'.repeat(40) })).toEqual({ ok: false, reason: 'serverFull' });
    expect(await join(await client(), code)).toEqual({ ok: false, reason: 'roomFull' });
  });

  it('forgets a room after its idle time', async () => {
    await server.close();
    await start({ idleMs: 200 });
    const { code } = await classOf(0);
    await expect.poll(async () => (await join(await client(), code)), { timeout: 5000, interval: 300 }).toEqual({ ok: false, reason: 'noRoom' });
  });
});
