/**
 * The examples' comments come from the catalogs (issue 20, "Words"): in every language only the
 * `#` lines differ, the English texts are exactly the ones the tests and the CLI's docs know,
 * and any language's text is recognised as the example, unedited.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyze } from '../core/index.ts';
import { LANGUAGES } from '../i18n/language.ts';
import { CHAIN_ACTIVATIONS, chainActivationOf, deepChain, exampleIn, isPresetText, presetOfText, presetSource, PRESETS } from './index.ts';

const HANGUL = /\p{Script=Hangul}/u;
const isComment = (line: string) => line.trimStart().startsWith('#');
const programLines = (text: string) => text.split('\n').filter((l) => !isComment(l));
const commentLines = (text: string) => text.split('\n').filter(isComment);

describe('the examples in every language', () => {
  it('keep the English texts exactly as they were (sha-256 of every example and chain)', () => {
    const all = [...PRESETS.map((p) => p.source), ...CHAIN_ACTIVATIONS.map((a) => deepChain(a))].join('\u0000');
    // The digest of the texts before the comments moved to the catalogs (commit 867d50d).
    expect(createHash('sha256').update(all).digest('hex')).toBe(ENGLISH_DIGEST);
    expect(PRESETS.every((p) => presetSource(p, 'en') === p.source)).toBe(true);
    expect(presetSource('cs231n', 'en')).toBe('# CS231n lecture 4: f(x, y, z) = (x + y) z\nx = -2\ny = 5\nz = -4\nq = x + y\nf = q * z\n');
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: in Korean only the comment lines change, and each is Korean', (_id, preset) => {
    const ko = presetSource(preset, 'ko');
    expect(programLines(ko)).toEqual(programLines(preset.source));
    expect(commentLines(ko)).toHaveLength(commentLines(preset.source).length);
    for (const [i, line] of commentLines(ko).entries()) {
      expect(line, line).toMatch(HANGUL);
      expect(line).not.toBe(commentLines(preset.source)[i]);
    }
  });

  it('gives the Korean text the same graph, values and gradients', () => {
    for (const preset of PRESETS) {
      const en = analyze(preset.source);
      const ko = analyze(presetSource(preset, 'ko'));
      expect(en.ok && ko.ok, preset.id).toBe(true);
      if (!en.ok || !ko.ok) continue;
      expect(ko.value.graph.nodes.map((n) => n.name ?? n.text)).toEqual(en.value.graph.nodes.map((n) => n.name ?? n.text));
      expect(ko.value.trace.values).toEqual(en.value.trace.values);
      expect(ko.value.trace.grads).toEqual(en.value.trace.grads);
      expect(ko.value.schedule.steps.length).toBe(en.value.schedule.steps.length);
    }
  });

  it('has comments in eight of the examples and in every deep chain', () => {
    expect(PRESETS.filter((p) => commentLines(p.source).length > 0).map((p) => p.id)).toEqual([
      'cs231n', 'fanout', 'net-222', 'mlp-2321-matrix', 'net-222-matrix', 'cs231n-vectorised', 'survey', 'sigmoid-chain',
    ]);
    for (const act of CHAIN_ACTIVATIONS) {
      expect(commentLines(deepChain(act, 8, 'ko'))[0]).toMatch(HANGUL);
      expect(programLines(deepChain(act, 8, 'ko'))).toEqual(programLines(deepChain(act)));
    }
  });

  it('recognises every language’s text as the example, unedited, and nothing else', () => {
    for (const preset of PRESETS) {
      for (const language of LANGUAGES) {
        const text = presetSource(preset, language);
        expect(presetOfText(text), `${preset.id} ${language}`).toBe(preset);
        expect(isPresetText(preset, text)).toBe(true);
        for (const to of LANGUAGES) expect(exampleIn(text, to)).toBe(presetSource(preset, to));
      }
      expect(presetOfText(`${preset.source}# mine\n`)).toBeUndefined();
      expect(exampleIn(`${preset.source}x9 = 1\n`, 'ko')).toBeNull();
      expect(presetOfText(presetSource(preset, 'ko').replace(/\n$/, ''))).toBeUndefined();
    }
    expect(isPresetText(PRESETS[0], PRESETS[1].source)).toBe(false);
  });

  it('knows a deep chain in any language, and rebuilds it in another', () => {
    for (const act of CHAIN_ACTIVATIONS) {
      for (const language of LANGUAGES) {
        expect(chainActivationOf(deepChain(act, 8, language))).toBe(act);
        expect(exampleIn(deepChain(act, 8, language), 'en')).toBe(deepChain(act));
        expect(exampleIn(deepChain(act, 8, language), 'ko')).toBe(deepChain(act, 8, 'ko'));
      }
    }
    expect(chainActivationOf(deepChain('tanh', 7))).toBeNull();
    expect(presetOfText(deepChain('sigmoid', 8, 'ko'))?.id).toBe('sigmoid-chain');
    expect(presetOfText(deepChain('tanh', 8, 'ko'))).toBeUndefined();
  });
});

const ENGLISH_DIGEST = '73b73601974f90eccb03c3231fea195e806d9068a2639d31747b4861449313b5';
