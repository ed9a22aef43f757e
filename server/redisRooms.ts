/**
 * Rooms shared by several class-server processes through Redis: the Socket.IO Redis adapter
 * carries every broadcast to the students of a room wherever they are connected, and the
 * room itself (the presenter's key hash, lesson and question, and the answers) sits in Redis
 * under keys that expire after the idle time, so nothing outlives the room. Each process caps
 * the rooms created through it.
 */
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Server } from 'socket.io';
import { isQuestion } from '../src/view/liveClass/wire.ts';
import type { Limits } from './limits.ts';
import type { Room, Rooms } from './rooms.ts';

const roomKey = (code: string) => `chainrule:class:${code}`;
const answersKey = (code: string, seq: number) => `chainrule:class:${code}:answers:${seq}`;

export async function redisRooms(io: Server, url: string, limits: Limits): Promise<{ rooms: Rooms; close: () => Promise<void> }> {
  const client = createClient({ url });
  const sub = client.duplicate();
  // A lost connection is retried by the client; the error must not end the process.
  client.on('error', () => {});
  sub.on('error', () => {});
  await Promise.all([client.connect(), sub.connect()]);
  io.adapter(createAdapter(client, sub));
  const idle = Math.ceil(limits.idleMs / 1000);
  const mine = new Set<string>();

  const read = async (code: string): Promise<Room | null> => {
    const h = await client.hGetAll(roomKey(code));
    if (!h || typeof h.keyHash !== 'string') return null;
    let question = null;
    try {
      const q: unknown = h.question ? JSON.parse(h.question) : null;
      question = isQuestion(q) ? q : null;
    } catch { /* a broken field is no question */ }
    await client.expire(roomKey(code), idle);
    return { keyHash: h.keyHash, lesson: h.lesson || null, question };
  };

  const rooms: Rooms = {
    async create(code, keyHash) {
      if (!mine.has(code) && mine.size >= limits.maxRooms) return 'serverFull';
      const fresh = await client.hSetNX(roomKey(code), 'keyHash', keyHash);
      await client.expire(roomKey(code), idle);
      if (!Number(fresh)) return (await client.hGet(roomKey(code), 'keyHash')) === keyHash ? 'resumed' : 'taken';
      mine.add(code);
      return 'created';
    },
    get: read,
    async setLesson(code, lesson) {
      await client.hSet(roomKey(code), 'lesson', lesson);
      await client.expire(roomKey(code), idle);
    },
    async setQuestion(code, question) {
      await client.hSet(roomKey(code), 'question', JSON.stringify(question));
      await client.expire(roomKey(code), idle);
    },
    async answer(code, seq, student, value) {
      const key = answersKey(code, seq);
      if (!Number(await client.hSetNX(key, student, String(value)))) return null;
      await client.expire(key, idle);
      return rooms.answers(code, seq);
    },
    async answers(code, seq) {
      return (await client.hVals(answersKey(code, seq))).map(Number);
    },
    async end(code) {
      const question = (await read(code))?.question;
      await client.del([roomKey(code), ...(question ? [answersKey(code, question.seq)] : [])]);
      mine.delete(code);
    },
    count: () => mine.size,
    async close() {
      mine.clear();
    },
  };
  return {
    rooms,
    close: async () => {
      await Promise.allSettled([client.quit(), sub.quit()]);
    },
  };
}
