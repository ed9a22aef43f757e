/**
 * The class server: the built app and the live-class endpoint (Socket.IO 4, default path
 * /socket.io/, default namespace and parser) on one HTTP server and port. It relays what the
 * presenter shows to the students of the room; it never computes a lesson. Rooms live in
 * memory, or in Redis with the Redis adapter when processes share them (redisRooms.ts).
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { MAX_LESSON_CHARS } from '../src/view/liveClass/wire.ts';
import { attachClassSocket } from './classSocket.ts';
import { DEFAULT_LIMITS, noneDropped, type Dropped, type Limits } from './limits.ts';
import { bucketsByKey } from './rateLimit.ts';
import { memoryRooms, type Rooms } from './rooms.ts';
import { policyOf, staticFiles } from './static.ts';

export interface ClassServerOptions {
  /** The built app to serve; none: the endpoint only (unit tests). */
  readonly dist?: string;
  readonly redisUrl?: string;
  readonly limits?: Partial<Limits>;
}

export interface ClassServer {
  readonly http: HttpServer;
  readonly io: Server;
  readonly dropped: Dropped;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
  roomCount(): number;
}

/** How long a followers count waits for the joins around it, so 300 joins send a few counts. */
const COUNT_DEBOUNCE_MS = 100;

export async function createClassServer(options: ClassServerOptions = {}): Promise<ClassServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const files = options.dist ? staticFiles(options.dist, await policyOf(options.dist)) : null;
  const dropped = noneDropped();
  const http = createServer((req, res) => {
    // Counts only: how many messages were dropped and why, and how many rooms are open.
    if (req.url === '/class/stats') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      return void res.end(JSON.stringify({ rooms: rooms.count(), dropped }));
    }
    if (files) return void files(req, res);
    res.writeHead(404).end();
  });
  const io = new Server(http, {
    // A lesson record, with room for the frame around it; a bigger message closes the connection.
    maxHttpBufferSize: MAX_LESSON_CHARS * 4 + 1024,
    serveClient: false,
    pingInterval: 10_000,
    pingTimeout: 5_000,
  });
  let rooms: Rooms;
  let closeRedis = async () => {};
  if (options.redisUrl) {
    const { redisRooms } = await import('./redisRooms.ts');
    const shared = await redisRooms(io, options.redisUrl, limits);
    rooms = shared.rooms;
    closeRedis = shared.close;
  } else {
    rooms = memoryRooms(limits);
  }
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const countFollowers = (code: string) => {
    if (pending.has(code)) return;
    pending.set(code, setTimeout(() => {
      pending.delete(code);
      io.in(`s:${code}`).fetchSockets()
        .then((sockets) => io.to(`p:${code}`).emit('followers', sockets.length))
        .catch(() => {});
    }, COUNT_DEBOUNCE_MS));
  };
  const ctx = { io, rooms, limits, dropped, joins: bucketsByKey(limits.joinBurst, limits.joinsPerSecond), countFollowers };
  io.on('connection', (socket) => attachClassSocket(socket, ctx));

  return {
    http,
    io,
    dropped,
    roomCount: () => rooms.count(),
    listen: (port, host) => new Promise((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, host, () => resolve((http.address() as AddressInfo).port));
    }),
    async close() {
      for (const t of pending.values()) clearTimeout(t);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await rooms.close();
      await closeRedis();
    },
  };
}
