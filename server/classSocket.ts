/**
 * One connection's events. A presenter proves the room's key once ("host"); from then on only
 * that connection's lesson, question, reveal and end reach the room. A student's connection has
 * no way to drive it: the same events from it are dropped and counted as forged. Every payload
 * is checked against the wire's shapes (src/view/liveClass/wire.ts); the lesson record is decoded
 * with the app's own decoder and relayed re-encoded, never as it came.
 */
import { createHash } from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import { decodeLesson, encodeLesson, sharedPart } from '../src/store/lessonState.ts';
import { CLIENT_EVENTS, isCode, KEY_PATTERN, makeCode, MAX_LESSON_CHARS, QUESTION_ID, type ClassQuestion, type HostReply, type JoinReply } from '../src/view/liveClass/wire.ts';
import type { Dropped, Limits } from './limits.ts';
import { bucket, type bucketsByKey } from './rateLimit.ts';
import type { Rooms } from './rooms.ts';
import { randomBytes } from 'node:crypto';

const KNOWN = new Set<string>(CLIENT_EVENTS);
/** Beyond this, a payload other than a lesson is not ours. */
const MAX_SMALL = 512;

export interface ClassContext {
  readonly io: Server;
  readonly rooms: Rooms;
  readonly limits: Limits;
  readonly dropped: Dropped;
  readonly joins: ReturnType<typeof bucketsByKey>;
  /** Tells the room's presenters how many students follow (debounced). */
  readonly countFollowers: (code: string) => void;
}

const students = (code: string) => `s:${code}`;
const presenters = (code: string) => `p:${code}`;
const hash = (key: string) => createHash('sha256').update(key).digest('hex');
type Ack = (reply: unknown) => void;
const ackOf = (x: unknown): Ack => (typeof x === 'function' ? (x as Ack) : () => {});

export function attachClassSocket(socket: Socket, ctx: ClassContext): void {
  const { io, rooms, limits, dropped } = ctx;
  const flood = bucket(limits.burst, limits.perSecond);
  let hosting: string | null = null;
  let following: string | null = null;

  socket.use(([event, ...args], next) => {
    if (!KNOWN.has(event)) return void dropped.unknown++;
    if (!flood.take()) return void dropped.flooded++;
    const payload = args.find((a) => typeof a !== 'function');
    const size = typeof payload === 'string' ? payload.length : JSON.stringify(payload ?? null).length;
    if (size > (event === 'lesson' ? MAX_LESSON_CHARS : MAX_SMALL)) return void dropped.oversized++;
    next();
  });
  /** Presenter events: only from the connection that proved the key. */
  const asPresenter = (run: (code: string, payload: unknown) => Promise<void>) => (payload: unknown) => {
    if (hosting === null) return void dropped.forged++;
    run(hosting, payload).catch(() => {});
  };

  socket.on('host', async (payload: unknown, ack: unknown) => {
    const reply = ackOf(ack);
    const { code: asked, key } = (typeof payload === 'object' && payload !== null ? payload : {}) as { code?: unknown; key?: unknown };
    if (typeof key !== 'string' || !KEY_PATTERN.test(key) || (asked !== undefined && !isCode(asked))) {
      dropped.malformed++;
      return reply({ ok: false, reason: 'badKey' } satisfies HostReply);
    }
    let code = typeof asked === 'string' ? asked : makeCode(randomBytes);
    let created = await rooms.create(code, hash(key));
    // A fresh code that happens to be taken: draw again (23^10 codes make this vanishingly rare).
    for (let i = 0; asked === undefined && created === 'taken' && i < 5; i++) created = await rooms.create((code = makeCode(randomBytes)), hash(key));
    if (created === 'taken' || created === 'serverFull') return reply({ ok: false, reason: created } satisfies HostReply);
    if (following) leaveFollowing();
    if (hosting && hosting !== code) socket.leave(presenters(hosting));
    hosting = code;
    socket.join(presenters(code));
    const room = await rooms.get(code);
    const question = room?.question ?? null;
    reply({ ok: true, code, lesson: room?.lesson ?? null, question, answers: question ? await rooms.answers(code, question.seq) : [] } satisfies HostReply);
    ctx.countFollowers(code);
  });

  socket.on('lesson', asPresenter(async (code, payload) => {
    const decoded = typeof payload === 'string' ? decodeLesson(payload) : null;
    if (!decoded?.ok) return void dropped.malformed++;
    const lesson = encodeLesson(sharedPart(decoded.value));
    await rooms.setLesson(code, lesson);
    io.to(students(code)).emit('lesson', lesson);
  }));

  socket.on('ask', asPresenter(async (code, payload) => {
    const id = (payload as { id?: unknown } | null)?.id;
    if (payload !== null && (typeof id !== 'string' || !QUESTION_ID.test(id))) return void dropped.malformed++;
    const before = (await rooms.get(code))?.question;
    const question: ClassQuestion | null = payload === null ? null : { seq: (before?.seq ?? 0) + 1, id: id as string, revealed: false };
    await rooms.setQuestion(code, question);
    io.to([students(code), presenters(code)]).emit('question', question);
    if (question) io.to(presenters(code)).emit('answers', { seq: question.seq, values: [] });
  }));

  socket.on('reveal', asPresenter(async (code) => {
    const question = (await rooms.get(code))?.question;
    if (!question) return;
    const revealed = { ...question, revealed: true };
    await rooms.setQuestion(code, revealed);
    io.to([students(code), presenters(code)]).emit('question', revealed);
  }));

  socket.on('end', asPresenter(async (code) => {
    await rooms.end(code);
    io.to([students(code), presenters(code)]).emit('ended');
    io.in([students(code), presenters(code)]).socketsLeave([students(code), presenters(code)]);
    hosting = null;
  }));

  socket.on('join', async (payload: unknown, ack: unknown) => {
    const reply = ackOf(ack);
    if (!ctx.joins.take(socket.handshake.address)) {
      dropped.joinLimited++;
      return reply({ ok: false, reason: 'rateLimited' } satisfies JoinReply);
    }
    const code = (payload as { code?: unknown } | null)?.code;
    if (!isCode(code)) {
      dropped.malformed++;
      return reply({ ok: false, reason: 'badCode' } satisfies JoinReply);
    }
    const room = await rooms.get(code);
    if (!room) return reply({ ok: false, reason: 'noRoom' } satisfies JoinReply);
    if (following !== code && (await io.in(students(code)).fetchSockets()).length >= limits.maxStudents) {
      return reply({ ok: false, reason: 'roomFull' } satisfies JoinReply);
    }
    if (following && following !== code) leaveFollowing();
    following = code;
    socket.join(students(code));
    reply({ ok: true, code, lesson: room.lesson, question: room.question } satisfies JoinReply);
    ctx.countFollowers(code);
  });

  const leaveFollowing = () => {
    if (!following) return;
    socket.leave(students(following));
    ctx.countFollowers(following);
    following = null;
  };
  socket.on('leave', () => leaveFollowing());

  socket.on('answer', async (payload: unknown) => {
    if (following === null) return void dropped.forged++;
    const { seq, value } = (typeof payload === 'object' && payload !== null ? payload : {}) as { seq?: unknown; value?: unknown };
    if (!Number.isSafeInteger(seq) || typeof value !== 'number' || !Number.isFinite(value)) return void dropped.malformed++;
    const code = following;
    const question = (await rooms.get(code))?.question;
    if (!question || question.seq !== seq || question.revealed) return void dropped.malformed++;
    const values = await rooms.answer(code, seq as number, socket.id, value);
    if (values === null) return void dropped.duplicate++;
    io.to(presenters(code)).emit('answers', { seq, values });
  });

  socket.on('disconnect', () => {
    if (following) ctx.countFollowers(following);
  });
}
