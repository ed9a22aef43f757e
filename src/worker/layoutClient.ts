/**
 * The main thread's side of the layout worker. Small graphs are laid out in place, so a
 * keystroke on a course preset draws in the same frame; big ones go to the worker, and the
 * view keeps what it drew until the answer comes. Only the newest request matters: one job
 * runs at a time, and a request made while it runs replaces any other waiting one.
 * Answers land in the layout cache (src/layout/index.ts); subscribers hear when one does.
 */
import { buffersOf, layeredLayout, packInput, rememberLayout, unpackLayout, type LayoutRequest } from '../layout/index.ts';
import type { LayoutAnswer, LayoutJob } from './layout.worker.ts';

/** Below this many nodes a layout takes a few ms: not worth a round trip and a frame's delay. */
export const WORKER_MIN_NODES = 300;

const listeners = new Set<() => void>();
let worker: Worker | null | undefined;
let running: { id: number; request: LayoutRequest } | null = null;
let waiting: LayoutRequest | null = null;
let nextId = 1;

export function subscribeLayouts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function settle(request: LayoutRequest, layout: ReturnType<typeof layeredLayout>): void {
  rememberLayout(request.key, layout);
  for (const listener of listeners) listener();
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const created = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = ({ data }: MessageEvent<LayoutAnswer>) => {
      const job = running;
      running = null;
      if (job && job.id === data.id) {
        // A layout error is an internal bug: lay out here, so the error surfaces as it would without a worker.
        settle(job.request, data.ok ? unpackLayout(data.layout) : layeredLayout(job.request.input, job.request.options));
      }
      pump();
    };
    created.onerror = () => {
      // No worker after all (blocked, say): everything from now on is laid out in place.
      worker = null;
      const job = running;
      running = null;
      if (job) settle(job.request, layeredLayout(job.request.input, job.request.options));
      pump();
    };
    return created;
  } catch {
    return null;
  }
}

function pump(): void {
  if (running || !waiting) return;
  const request = waiting;
  waiting = null;
  if (worker === undefined) worker = startWorker();
  if (!worker) {
    settle(request, layeredLayout(request.input, request.options));
    return;
  }
  const job: LayoutJob = { id: nextId++, input: packInput(request.input), options: request.options };
  running = { id: job.id, request };
  worker.postMessage(job, buffersOf(job.input));
}

/** Asks for a layout; subscribers are told when it is in the cache. Asking again for the same key is free. */
export function requestLayout(request: LayoutRequest): void {
  if (running?.request.key === request.key || waiting?.key === request.key) return;
  waiting = request;
  pump();
}
