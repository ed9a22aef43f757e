/**
 * `npm run class`: builds the app if there is no build, then serves it and the live class from
 * one process on one port, and prints the address students can reach on the local network
 * with a QR code of it.
 *
 *   npm run class -- [--port 8080] [--host 0.0.0.0] [--redis redis://127.0.0.1:6379] [--dist dist] [--rebuild]
 *                    [--max-rooms 200] [--max-students 500] [--join-burst 30]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { createClassServer } from './classServer.ts';
import type { Limits } from './limits.ts';

interface Args { port: number; host: string; redis?: string; dist: string; rebuild: boolean; limits: { -readonly [K in keyof Limits]?: Limits[K] } }

const USAGE = 'usage: npm run class -- [--port 8080] [--host 0.0.0.0] [--redis URL] [--dist DIR] [--rebuild] [--max-rooms N] [--max-students N] [--join-burst N]';
/** Limits a hall (or the load bench, whose students share one address) may raise. */
const LIMIT_FLAGS: Readonly<Record<string, keyof Limits>> = { '--max-rooms': 'maxRooms', '--max-students': 'maxStudents', '--join-burst': 'joinBurst' };

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { port: 8080, host: '0.0.0.0', dist: 'dist', rebuild: false, limits: {} };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${flag} needs a value`);
      return v;
    };
    if (flag === '--port') {
      args.port = Number(value());
      if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) fail('--port takes a port number (0–65535)');
    } else if (flag === '--host') args.host = value();
    else if (flag === '--redis') args.redis = value();
    else if (flag === '--dist') args.dist = value();
    else if (flag === '--rebuild') args.rebuild = true;
    else if (flag in LIMIT_FLAGS) {
      const n = Number(value());
      if (!Number.isSafeInteger(n) || n < 1 || n > 100_000) fail(`${flag} takes a whole number from 1 to 100000`);
      args.limits[LIMIT_FLAGS[flag]] = n;
    }
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${flag}`);
  }
  return args;
}

function fail(message: string): never {
  console.error(`class: ${message}\n${USAGE}`);
  process.exit(2);
}

/** The first address of this machine on a local network, for students' devices; else loopback. */
function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

const args = parseArgs(process.argv.slice(2));
const dist = path.resolve(args.dist);
if (args.rebuild || !existsSync(path.join(dist, 'index.html'))) {
  console.log(`Building the app into ${dist} …`);
  const built = spawnSync('npx', ['vite', 'build', '--outDir', dist], { stdio: 'inherit' });
  if (built.status !== 0) fail('the build failed');
}
const server = await createClassServer({ dist, redisUrl: args.redis, limits: args.limits });
const port = await server.listen(args.port, args.host).catch((e: Error) => fail(`cannot listen on ${args.host}:${args.port}: ${e.message}`));
const shown = args.host === '0.0.0.0' || args.host === '::' ? lanAddress() : args.host;
const url = `http://${shown}:${port}/`;
console.log(`Chainrule live class at ${url}${args.redis ? ` (rooms shared through ${args.redis})` : ''}`);
console.log(await QRCode.toString(url, { type: 'terminal', small: true }));
console.log('Open it, press "Start a live class", and show the join code. Ctrl+C ends every class.');

const stop = () => {
  server.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
