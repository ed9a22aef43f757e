import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CS231N } from '../testing/fixtures.ts';
import { run } from './main.ts';

function runCli(args: string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => { out += s; }, err: (s) => { err += s; }, stdin: () => '' });
  return { code, out, err };
}

const dirs: string[] = [];
const tempDir = () => { const d = mkdtempSync(join(tmpdir(), 'chainrule-out-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('explain --out DIR', () => {
  it('writes handout.md and the graph.svg it links, and prints their paths', () => {
    const dir = join(tempDir(), 'new', 'folder');
    const r = runCli(['explain', CS231N, '--out', dir]);
    expect(r.code).toBe(0);
    const files = [join(dir, 'handout.md'), join(dir, 'graph.svg')];
    expect(JSON.parse(r.out)).toEqual({ files });
    const md = readFileSync(files[0], 'utf8');
    expect(md).toContain('](graph.svg)');
    expect(md).toContain('- **Step 3 of 7** · **f**');
    expect(readFileSync(files[1], 'utf8')).toContain('>∂ 3</text>');
  });

  it('writes handout.tex alone for LaTeX, its TikZ figure inside it', () => {
    const dir = tempDir();
    const r = runCli(['explain', CS231N, '--format', 'tex', '--lang', 'ko', '--out', dir]);
    expect(JSON.parse(r.out)).toEqual({ files: [join(dir, 'handout.tex')] });
    const tex = readFileSync(join(dir, 'handout.tex'), 'utf8');
    expect(tex).toContain('\\begin{tikzpicture}');
    expect(tex).toContain('\\subsection*{계산 그래프}');
  });

  it('without --out, prints the Markdown with the SVG embedded', () => {
    const r = runCli(['explain', CS231N]);
    expect(r.out).toMatch(/!\[Computational graph: f\]\(data:image\/svg\+xml;charset=utf-8,%3Csvg/);
  });

  it('a directory it cannot write is a message and exit 1; --out elsewhere is a usage error', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const r = runCli(['explain', CS231N, '--out', join(file, 'inside')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^cannot write the handout into /);
    expect(r.out).toBe('');
    for (const args of [['grad', CS231N, '--out', tempDir()], ['steps', CS231N, '--out', tempDir()], ['explain', CS231N, '--out', '']]) {
      const bad = runCli(args);
      expect(bad.code, args.join(' ')).toBe(1);
      expect(bad.err).toMatch(/^usage: .*--out DIR/);
    }
  });
});
