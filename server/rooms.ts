/**
 * Where the class server keeps its rooms: what the presenter last showed, the open question and
 * its answers. In memory by default; in Redis (redisRooms.ts) when processes share rooms. Either
 * way a room is forgotten when it ends or after `idleMs` without a presenter's message or a join,
 * and nothing of it is kept after.
 */
import type { ClassQuestion } from '../src/view/liveClass/wire.ts';

export interface Room {
  /** sha-256 of the presenter's key: the key itself never leaves the presenter's browser unhashed at rest. */
  readonly keyHash: string;
  readonly lesson: string | null;
  readonly question: ClassQuestion | null;
}

export type Created = 'created' | 'resumed' | 'taken' | 'serverFull';

export interface Rooms {
  /** A new room under `code`, or the same presenter's room again. */
  create(code: string, keyHash: string): Promise<Created>;
  get(code: string): Promise<Room | null>;
  setLesson(code: string, lesson: string): Promise<void>;
  /** A new question drops the last one's answers. */
  setQuestion(code: string, question: ClassQuestion | null): Promise<void>;
  /** Records a student's one answer; the question's answers so far, or null if this student had answered. */
  answer(code: string, seq: number, student: string, value: number): Promise<number[] | null>;
  answers(code: string, seq: number): Promise<number[]>;
  end(code: string): Promise<void>;
  /** Rooms this process holds (for its cap). */
  count(): number;
  close(): Promise<void>;
}

interface Held {
  room: Room;
  answers: Map<string, number>;
  touched: number;
}

export function memoryRooms({ maxRooms, idleMs, now = Date.now }: { maxRooms: number; idleMs: number; now?: () => number }): Rooms {
  const held = new Map<string, Held>();
  const sweep = setInterval(() => {
    for (const [code, h] of held) if (now() - h.touched > idleMs) held.delete(code);
  }, Math.min(60_000, idleMs));
  sweep.unref();
  const touch = (code: string) => {
    const h = held.get(code);
    if (h) h.touched = now();
    return h;
  };
  return {
    async create(code, keyHash) {
      const h = touch(code);
      if (h) return h.room.keyHash === keyHash ? 'resumed' : 'taken';
      if (held.size >= maxRooms) return 'serverFull';
      held.set(code, { room: { keyHash, lesson: null, question: null }, answers: new Map(), touched: now() });
      return 'created';
    },
    async get(code) {
      return touch(code)?.room ?? null;
    },
    async setLesson(code, lesson) {
      const h = touch(code);
      if (h) h.room = { ...h.room, lesson };
    },
    async setQuestion(code, question) {
      const h = touch(code);
      if (!h) return;
      if (question?.seq !== h.room.question?.seq) h.answers = new Map();
      h.room = { ...h.room, question };
    },
    async answer(code, seq, student, value) {
      const h = held.get(code);
      if (!h || h.room.question?.seq !== seq || h.answers.has(student)) return null;
      h.answers.set(student, value);
      return [...h.answers.values()];
    },
    async answers(code, seq) {
      const h = held.get(code);
      return h && h.room.question?.seq === seq ? [...h.answers.values()] : [];
    },
    async end(code) {
      held.delete(code);
    },
    count: () => held.size,
    async close() {
      clearInterval(sweep);
      held.clear();
    },
  };
}
