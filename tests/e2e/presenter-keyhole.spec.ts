/**
 * The keyhole (issue 20): presenting the 2-3-2-1 MLP at a projector's 1024×768 and 1280×720,
 * on every one of its 95 steps the gate being explained and every one of its operands are inside
 * the graph's box, while labels stay at presenter size (≥ 20 px). Before, 27 and 29 steps cut an
 * operand off; step 20 explained g₁₇ = g₁₅ + g₁₆ and showed neither operand.
 *
 * A property over steps, sampled: each size measures a seeded, stratified quarter of the steps (one
 * of every four consecutive steps; the two sizes draw different ones of each four, so one run
 * holds half of the 95 steps to it) and always step 20 and the last. The presenter still
 * steps through every step with PageDown; only the measuring (and waiting for the camera to rest)
 * is sampled. E2E_SEED=n draws another sample.
 */
import { expect, test } from './fixtures.ts';
import { graph, sampleSeed, screenshotPath, stratifiedSteps } from './helpers.ts';
import { cameraSettled, expectCounter, explained, minLabelPx, outsideView, presentPreset, PRESENTER_LABEL_PX, SIZES } from './presenterHall.ts';

SIZES.forEach((size, sizeIndex) => {
  const at = `${size.width}×${size.height}`;
  test.describe(at, () => {
    test.use({ viewport: size });

    test(`${at}: sampled MLP steps show the explained gate and all its operands, labels ≥ ${PRESENTER_LABEL_PX} px`, async ({ page }) => {
      test.setTimeout(180_000); // a third of 95 steps, each waited on until the camera rests
      const analysis = await presentPreset(page, 'mlp-2321');
      const count = analysis.schedule.steps.length;
      expect(count).toBe(95);
      const sample = new Set(stratifiedSteps(count, { every: 4, lane: sizeIndex, seed: sampleSeed(20), always: [20, count] }));
      console.log(`${at}: measuring steps ${[...sample].join(' ')}`);
      const cut: string[] = [];
      let gates = 0;
      let minPx = Infinity;
      let measured = 0;
      for (let step = 1; step <= count; step++) {
        if (step > 1) await page.keyboard.press('PageDown');
        if (!sample.has(step)) continue;
        measured++;
        await expectCounter(page, step, count);
        await cameraSettled(page);
        const { node, operands } = explained(analysis, step - 1);
        if (operands.length > 0) gates++;
        const cuts = await graph(page).evaluate(outsideView, [node, ...operands]);
        const out = cuts.filter((c) => c.outside > 0.5);
        if (out.length > 0) cut.push(`step ${step}: ${out.map((c) => `${analysis.graph.nodes[c.node].text} by ${c.outside.toFixed(0)} px`).join(', ')}`);
        minPx = Math.min(minPx, await graph(page).evaluate(minLabelPx));
        if (step === 20) {
          await page.waitForTimeout(300); // the labels' fade-in, for the picture only
          await page.screenshot({ path: screenshotPath(`presenter-keyhole-mlp-step20-${size.width}x${size.height}`) });
        }
      }
      console.log(`${at} mlp-2321: ${cut.length} of ${measured} measured steps (of ${count}) cut the explained gate or an operand; labels ≥ ${minPx.toFixed(2)} px${cut.length ? `\n  ${cut.join('\n  ')}` : ''}`);
      // What the check measured: gates with operands were explained, and labels were found.
      expect(measured).toBeGreaterThanOrEqual(Math.floor(count / 4));
      expect(gates).toBeGreaterThan(15);
      expect(Number.isFinite(minPx)).toBe(true);
      expect(cut).toEqual([]);
      expect(minPx).toBeGreaterThanOrEqual(PRESENTER_LABEL_PX);
    });
  });
});
