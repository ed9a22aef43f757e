/**
 * The handouts compile: every preset's `explain --format tex`, in English and in Korean (its
 * comments in that language, as the app's "Download handout" writes it), run
 * through pdfLaTeX (\tracinglostchars=3 makes a character with no glyph an error, not a silent
 * gap), and the PDF's text read back with pdftotext. CI installs both (.ci/run); a machine
 * without them skips here with a loud note, and CI fails instead.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetSource, PRESETS } from '../presets/index.ts';
import { run } from './main.ts';
import { latexText } from './explain.ts';

const TOOLS = ['pdflatex', 'pdftotext'];
const missing = TOOLS.filter((tool) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).error !== undefined);
const INSTALL = 'apt-get install texlive-latex-base texlive-pictures texlive-lang-korean poppler-utils';
if (missing.length > 0 && !process.env.CI) {
  console.warn(`\n*** SKIPPED: the handout PDF tests need ${missing.join(' and ')} (${INSTALL}) ***\n`);
}

const exec = promisify(execFile);

/** Every character latexText writes as something other than [U+XXXX], in comments, and a Hangul name in an English handout. */
const symbols = Array.from({ length: 0x3300 }, (_, c) => String.fromCharCode(c)).filter((c) => /[^\p{C}\s]/u.test(c) && !latexText(c).startsWith('[U+'));
const SYMBOLS = [...Array.from({ length: Math.ceil(symbols.length / 60) }, (_, i) => `# ${symbols.slice(60 * i, 60 * i + 60).join(' ')}`), '가중치 = 2', 'f = 가중치 * 3'].join('\n');
const LANGS = ['en', 'ko'] as const;
const LAYERS = PRESETS.filter((p) => p.id.endsWith('-matrix') || p.id === 'cs231n-vectorised');

interface Compiled { readonly code: number; readonly log: string; readonly text: string; readonly pages: string[] }

function handout(source: string, lang: string, detail = 'gates'): string {
  let out = '';
  const code = run(['explain', source, '--format', 'tex', '--lang', lang, '--detail', detail], { out: (s) => { out += s; }, err: () => {}, stdin: () => '' });
  expect(code).toBe(0);
  return out;
}

async function compile(dir: string, name: string, tex: string): Promise<Compiled> {
  writeFileSync(join(dir, `${name}.tex`), tex);
  const latex = await exec('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', `\\tracinglostchars=3 \\input{${name}.tex}`], { cwd: dir, maxBuffer: 64 << 20 })
    .then((r) => ({ code: 0, log: r.stdout }), (e: { code?: number; stdout?: string }) => ({ code: e.code ?? 1, log: e.stdout ?? String(e) }));
  if (latex.code !== 0) return { ...latex, text: '', pages: [] };
  const { stdout } = await exec('pdftotext', ['-layout', `${name}.pdf`, '-'], { cwd: dir, maxBuffer: 64 << 20 });
  return { ...latex, text: stdout, pages: stdout.split('\f') };
}

/** Runs `jobs` a few at a time: pdfLaTeX is one process per document, and the machine is shared. */
async function pool<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => { while (next < jobs.length) { const i = next++; results[i] = await jobs[i](); } };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

describe.skipIf(missing.length > 0 && !process.env.CI)('every handout compiles with pdflatex', () => {
  const results = new Map<string, Compiled>();
  let dir = '';

  beforeAll(async () => {
    if (missing.length > 0) throw new Error(`${missing.join(' and ')} not installed: CI must install them (${INSTALL}); see .ci/run`);
    dir = mkdtempSync(join(tmpdir(), 'chainrule-handouts-'));
    const jobs = PRESETS.flatMap((p) => LANGS.map((lang) => async () => {
      // The example as the app shows it in that language: its comments from the catalog.
      results.set(`${p.id}-${lang}`, await compile(dir, `${p.id}-${lang}`, handout(presetSource(p, lang), lang)));
    }));
    jobs.push(async () => { results.set('symbols', await compile(dir, 'symbols', handout(SYMBOLS, 'en'))); });
    // The Layers handout of each example with a vector or matrix: its matrices and its layers figure.
    jobs.push(...LAYERS.flatMap((p) => LANGS.map((lang) => async () => {
      results.set(`${p.id}-layers-${lang}`, await compile(dir, `${p.id}-layers-${lang}`, handout(presetSource(p, lang), lang, 'layers')));
    })));
    await pool(jobs, Math.max(2, Math.min(4, availableParallelism())));
  }, 300_000);
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  const of = (key: string) => {
    const r = results.get(key);
    expect(r, key).toBeDefined();
    return r as Compiled;
  };

  it.each(PRESETS.flatMap((p) => LANGS.map((lang) => [p.id, lang])))('%s in %s: pdflatex succeeds, no character lost', (id, lang) => {
    const r = of(`${id}-${lang}`);
    expect(r.code, r.log.split('\n').filter((l) => l.startsWith('!')).join('\n')).toBe(0);
    expect(r.log).not.toMatch(/Missing character/);
    expect(r.text).toContain(lang === 'ko' ? '결과' : 'Results');
  });

  it.each(LAYERS.flatMap((p) => LANGS.map((lang) => [p.id, lang])))('%s in Layers, in %s: pdflatex succeeds, its steps and figure are there', (id, lang) => {
    const r = of(`${id}-layers-${lang}`);
    expect(r.code, r.log.split('\n').filter((l) => l.startsWith('!')).join('\n')).toBe(0);
    expect(r.log).not.toMatch(/Missing character/);
    expect(r.text).toContain(lang === 'ko' ? '계산 그래프' : 'Computational graph');
    expect(r.text).toContain(lang === 'ko' ? '순전파: ' : 'Forward: ');
  });

  it('sets every symbol latexText knows, and a Hangul name in an English handout (kotex loads for it)', () => {
    const r = of('symbols');
    expect(r.code, r.log.split('\n').filter((l) => l.startsWith('!')).join('\n')).toBe(0);
    expect(r.text).toContain('가중치');
    expect(r.text).toContain('∂');
  });

  it('the MLP\'s power gate hint keeps its exponent and its minus sign (∂(aᵇ)/∂a = b·aᵇ⁻¹)', () => {
    for (const lang of LANGS) {
      const { text } = of(`mlp-2321-${lang}`);
      // pdftotext reads the raised b and b−1 inline; the minus is a real minus (U+2212), not a hyphen or nothing.
      expect(text, lang).toMatch(/∂\(ab ?\)\/∂a = b·ab−1/);
    }
  });

  it('prints an example\'s comments in the handout\'s language', () => {
    expect(of('net-222-ko').text).toContain('입력과 목표값');
    expect(of('net-222-ko').text).not.toContain('inputs and targets');
    expect(of('net-222-en').text).toContain('inputs and targets');
    expect(of('cs231n-ko').text).toContain('CS231n 4강');
  });

  it('numbers steps as the app does, in both languages', () => {
    expect(of('mlp-2321-en').text).toContain('Step 37 of 95');
    expect(of('mlp-2321-ko').text).toContain('95단계 중 37단계');
    expect(of('cs231n-en').text).toMatch(/Step 3 of 7 · f/);
  });

  it('draws the graph: every gate name and the output\'s value and gradient are on the figure', () => {
    const { pages } = of('mlp-2321-en');
    const figure = pages.find((p) => p.includes('Computational graph'));
    expect(figure).toBeDefined();
    const names = new Set((figure as string).match(/\bg\d+\b/g));
    for (let k = 1; k <= 29; k++) expect(names.has(`g${k}`), `g${k}`).toBe(true);
    for (const name of ['W1_11', 'h1_1', 'y_pred', 'J']) expect(figure).toContain(name);
    expect(figure).toContain('42.874'); // J's value, on its stub
    expect(figure).toContain('∂ 1'); // and ∂J/∂J below it
  });
});
