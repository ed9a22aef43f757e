import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the CLI in a pipe', () => {
  it('`explain … | head -n 3` ends quietly, with no EPIPE trace', async () => {
    // A handout far larger than a pipe's buffer (64 kB), so the writer is still writing when head exits.
    const lines = Array.from({ length: 400 }, (_, i) => `v${i} = ${i === 0 ? 'x' : `v${i - 1}`} * 1.5 + 1`);
    const program = ['x = 0.5', ...lines].join('\n');
    const { out, err } = await new Promise<{ out: string; err: string }>((done, fail) => {
      const child = execFile('sh', ['-c', 'node --import tsx src/cli/main.ts explain --file - | head -n 3'], { cwd: ROOT, timeout: 60_000 },
        (error, stdout, stderr) => (error ? fail(error) : done({ out: stdout, err: stderr })));
      child.stdin?.end(program);
    });
    expect(out.split('\n').slice(0, 3)).toEqual(['# Backpropagation, step by step: v399', '', '```text']);
    expect(err).toBe('');
  }, 60_000);
});
