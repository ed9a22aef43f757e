import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeCompiledView } from '../core/index.ts';
import { catalogs } from '../i18n/index.ts';
import { presetById } from '../presets/index.ts';
import { compiled } from '../testing/fixtures.ts';
import { writeHandout } from '../view/handout/handoutFiles.ts';
import { cli } from '../testing/cli.ts';


const MLP = presetById('mlp-2321-matrix')?.source as string;
const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('explain --detail layers', () => {
  it('prints the Layers handout the app downloads in Layers: the same function, the same text', () => {
    const gates = analyzeCompiledView(compiled(MLP), { detail: 'gates' });
    for (const lang of ['en', 'ko'] as const) {
      for (const format of ['md', 'tex'] as const) {
        const r = cli('explain', MLP, '--detail', 'layers', '--lang', lang, '--format', format);
        expect(r.code).toBe(0);
        expect(r.out).toBe(writeHandout(gates, catalogs[lang], { format, lang, detail: 'layers' }).text);
      }
    }
    const md = cli('explain', MLP, '--detail', 'layers').out;
    expect(md).toMatch(/^# Backpropagation, step by step: J\n/);
    expect(md).toContain('- **Step 7 of 16** · Backward: the gradient at h2 (δ) in its own shape, and what it gives the operands');
    expect(md).toContain('\\frac{\\partial J}{\\partial W_{2}} = \\delta\\, h_{1}^{\\top}');
    expect(cli('explain', MLP, '--detail', 'layers', '--lang', 'ko').out).toContain('- **16단계 중 7단계** · 역전파: h2에서의 기울기(δ)와 피연산자로 전해지는 기울기');
  });

  it('writes handout.md and the layers figure it links with --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chainrule-layers-'));
    dirs.push(dir);
    const r = cli('explain', MLP, '--detail', 'layers', '--out', dir);
    expect(JSON.parse(r.out)).toEqual({ files: [join(dir, 'handout.md'), join(dir, 'graph.svg')] });
    expect(readFileSync(join(dir, 'handout.md'), 'utf8')).toContain('](graph.svg)');
    const svg = readFileSync(join(dir, 'graph.svg'), 'utf8');
    // The layers, not the gates: W1's grid under its shape, no gate named g₁.
    expect(svg).toContain('>W1 3×2</text>');
    expect(svg).not.toContain('g₁');
  });

  it('is the Statements handout for a program with no vector or matrix', () => {
    const scalar = 'x = 2\nf = x * x';
    expect(cli('explain', scalar, '--detail', 'layers').out).toBe(cli('explain', scalar, '--detail', 'statements').out);
  });
});
