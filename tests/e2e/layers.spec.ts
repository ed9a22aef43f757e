/**
 * The Layers view (issue 19) on the matrix-form MLP: one node per statement with its shape, a
 * grid cell's value and gradient equal to the scalar engine's, the ReLU step's Jacobian
 * diag(f′(z)) in KaTeX, "Show this entry's step" into Gates and Back to Layers, the whole
 * network inside the graph's box at 1280×720 with the side panels open (labels ≥ 12 px), axe,
 * and the radio's Korean name. Screenshots: artifacts/screenshots/layers-mlp-*.png.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { analyzeLayers, describeLayerStep, formatNumber, type LayersAnalysis } from '../../src/core/index.ts';
import { PRESETS } from '../../src/presets/index.ts';
import { formulaLines } from '../../src/view/layers/layersView.ts';
import { readFile } from 'node:fs/promises';
import { counter, engine, focusPage, openApp, screenshotPath, stepPanel } from './helpers.ts';

const MLP = PRESETS.find((p) => p.id === 'mlp-2321-matrix')?.source as string;
const gates = engine(MLP);
const la = analyzeLayers(gates) as LayersAnalysis;
const stepOf = (kind: 'forward' | 'backward', name: string) =>
  la.steps.find((s) => s.kind === kind && la.layers.nodes[s.node].name === name)?.index as number;

const detailGroup = (page: Page) => page.getByRole('radiogroup', { name: 'Detail' });
const layersGraph = (page: Page) => page.getByRole('group', { name: 'Layers: one node per statement' });
const goToStep = (page: Page, index: number) => page.getByRole('slider', { name: 'Step' }).fill(String(index));
const cell = (page: Page, entry: string) => layersGraph(page).locator(`g.layer-cell[data-entry="${entry}"]`);
const heading = (page: Page) => stepPanel(page).getByRole('heading');

/** Whether every layer node is inside the drawing's box (and the window), and the smallest label's size on screen. */
function measureFit(svg: Element) {
  const view = svg.getBoundingClientRect();
  const box = { left: Math.max(view.left, 0), top: Math.max(view.top, 0), right: Math.min(view.right, window.innerWidth), bottom: Math.min(view.bottom, window.innerHeight) };
  const nodes = [...svg.querySelectorAll('g.layer-node')].map((g) => g.getBoundingClientRect());
  const labels = [...svg.querySelectorAll('text.layer-label')].map((t) => parseFloat(getComputedStyle(t).fontSize) * (svg as SVGSVGElement).getScreenCTM()!.a);
  const inside = nodes.every((r) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5);
  return { inside, nodes: nodes.length, smallest: Math.min(...labels), box: { width: view.width, height: view.height } };
}

async function openLayers(page: Page): Promise<void> {
  await openApp(page);
  await page.getByLabel('Example').selectOption('mlp-2321-matrix');
  await detailGroup(page).getByRole('radio', { name: 'Layers' }).check();
  await expect(layersGraph(page)).toBeVisible();
}

test.use({ viewport: { width: 1280, height: 720 } });

test('the MLP in Layers: nodes with shapes, values and gradients of the engine, the ReLU Jacobian', async ({ page }) => {
  await openLayers(page);
  const labels = await layersGraph(page).locator('text.layer-label').allTextContents();
  expect(labels.sort()).toEqual(['J', 'W1 3×2', 'W2 2×3', 'W3 1×2', 'b1 3', 'b2 2', 'b3', 'h1 3', 'h2 2', 'x 2', 'y_pred', 'y_true'].sort());
  await expect(layersGraph(page).locator('g.layer-node[data-name="W1"] g.layer-cell')).toHaveCount(6);

  // A forward step: h1's cells hold the engine's values.
  await goToStep(page, stepOf('forward', 'h1'));
  await expect(heading(page)).toContainText(`Step ${stepOf('forward', 'h1') + 1} of ${la.steps.length}`);
  for (const entry of ['h1_1', 'h1_2', 'h1_3', 'W1_21']) {
    await expect(cell(page, entry)).toHaveAttribute('aria-label', `${entry} = ${formatNumber(gates.trace.values[gates.graph.names.get(entry) as number])}`);
  }
  // Not computed yet: h2.
  await expect(cell(page, 'h2_1')).toHaveAttribute('aria-label', 'h2_1: not computed yet');
  await expect(stepPanel(page).locator('.katex').first()).toBeVisible();
  await expect(stepPanel(page).locator('.tex-error')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('layers-mlp-forward') });

  // The backward step at h1: W1's cells hold its gradients.
  const back = stepOf('backward', 'h1');
  await goToStep(page, back);
  await expect(heading(page)).toContainText(`Step ${back + 1} of ${la.steps.length}`);
  for (const entry of ['W1_21', 'b1_3', 'h1_2']) {
    const id = gates.graph.names.get(entry) as number;
    await expect(cell(page, entry)).toHaveAttribute('aria-label', `∂J/∂${entry} = ${formatNumber(gates.trace.grads[id])}`);
  }
  // The ReLU's Jacobian, diag(f′(z)), typeset: KaTeX keeps the TeX source in its MathML annotation.
  const jacobian = describeLayerStep(la, la.steps[back]).lines.find((l) => l.startsWith('\\frac') && l.includes("\\operatorname{diag}(f'(z)) = ")) as string;
  expect(jacobian).toContain('\\begin{bmatrix} 1 & 0 & 0 \\\\ 0 & 1 & 0 \\\\ 0 & 0 & 1 \\end{bmatrix}');
  const annotations = stepPanel(page).locator('annotation');
  await expect(annotations.filter({ hasText: "\\operatorname{diag}(f'(z))" }).first()).toBeAttached();
  await expect(annotations.filter({ hasText: formulaLines(jacobian)[1] })).toHaveCount(1);
  await expect(stepPanel(page).locator('.tex-error')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('layers-mlp-relu-jacobian') });

  await goToStep(page, la.steps.length - 1);
  await expect(cell(page, 'x_1')).toHaveAttribute('aria-label', `∂J/∂x_1 = ${formatNumber(gates.trace.grads[gates.graph.names.get('x_1') as number])}`);
  await page.screenshot({ path: screenshotPath('layers-mlp-backward') });
});

test('"Show this entry\'s step" opens Gates at the scalar\'s backward step, and Back returns to Layers', async ({ page }) => {
  await openLayers(page);
  const back = stepOf('backward', 'h1');
  await goToStep(page, back);
  await cell(page, 'W1_21').click();
  await page.getByRole('button', { name: 'Show this entry\'s step' }).click();
  await expect(detailGroup(page).getByRole('radio', { name: 'Gates' })).toBeChecked();
  const scalarStep = gates.schedule.backwardStepOf[gates.graph.names.get('W1_21') as number];
  await expect(heading(page)).toContainText(`Step ${scalarStep + 1} of ${gates.schedule.steps.length}`);
  await page.goBack();
  await expect(detailGroup(page).getByRole('radio', { name: 'Layers' })).toBeChecked();
  await expect(heading(page)).toContainText(`Step ${back + 1} of ${la.steps.length}`);
  await expect(layersGraph(page)).toBeVisible();
  // An entry of a matrix in the step panel picks it too: W1_12 in ∂J/∂W1 = δxᵀ's result.
  const w12 = gates.graph.names.get('W1_12') as number;
  await stepPanel(page).locator(`[data-entry="${w12}"]`).last().click();
  await expect(stepPanel(page).locator('.layers-pick')).toContainText('W1_12');
  await expect(cell(page, 'W1_12')).toHaveClass(/picked/);
  await stepPanel(page).getByRole('button', { name: 'Show this entry\'s step' }).click();
  await expect(detailGroup(page).getByRole('radio', { name: 'Gates' })).toBeChecked();
  await expect(heading(page)).toContainText(`Step ${gates.schedule.backwardStepOf[w12] + 1} of ${gates.schedule.steps.length}`);
  await page.goBack();
  await expect(detailGroup(page).getByRole('radio', { name: 'Layers' })).toBeChecked();
  // Forward mode in Layers sweeps tangent vectors: the Layers drawing stays, its forward steps only.
  await page.getByRole('radio', { name: 'Forward' }).check();
  await expect(heading(page)).toContainText(`Step 1 of ${la.forwardCount} · Forward mode`);
  await expect(layersGraph(page)).toBeVisible();
});

test('forward mode in Layers sweeps tangent vectors: CS231n\'s f = sum((W x)^2) by x_1, a statement a step', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Example').selectOption('cs231n-vectorised');
  await detailGroup(page).getByRole('radio', { name: 'Layers' }).check();
  await page.getByRole('radiogroup', { name: 'Mode' }).getByRole('radio', { name: 'Forward' }).check();
  await page.getByLabel('With respect to').selectOption('x_1');
  // Two steps, one per computed statement (q = W @ x, f = sum(q^2)); no note sending forward mode to Gates.
  await expect(heading(page)).toContainText('Step 1 of 2 · Forward mode');
  await expect(counter(page)).toHaveText('1 / 2');
  await expect(page.locator('.layers-note')).toHaveCount(0);
  await expect(page.getByText('shown in the Gates view')).toHaveCount(0);
  await expect(page.locator('.layers-step .step-node')).toHaveText('Forward mode: the tangent of q, ∂q/∂x_1, in its own shape, and the rule that gives it');
  // By hand: ẋ = [1, 0] and Ẇ = 0, so q̇ = W ẋ = W's first column = [0.1, −0.3].
  // KaTeX keeps each formula's TeX in its MathML annotation, every number marked with its entry (\htmlData, to pick it): read without the marks.
  const formulasHolding = (part: string) => stepPanel(page).locator('annotation').evaluateAll((els, p) => els
    .map((e) => (e.textContent ?? '').replace(/\\htmlData\{entry=\d+\}\{([^{}]*)\}/g, '$1'))
    .filter((tex) => tex.includes(p)).length, part);
  await expect.poll(() => formulasHolding('\\dot{q} = \\frac{\\partial q}{\\partial x_{1}}')).toBe(1);
  await expect.poll(() => formulasHolding('{= W \\dot{x} + \\dot{W} x}')).toBe(1);
  await expect.poll(() => formulasHolding('{= \\begin{bmatrix} 0.1 \\\\ -0.3 \\end{bmatrix}}')).toBe(1);
  const tangentCells: [string, number][] = [['q_1', 0.1], ['q_2', -0.3], ['x_1', 1], ['x_2', 0], ['W_11', 0]];
  for (const [entry, tangent] of tangentCells) {
    await expect(cell(page, entry)).toHaveAttribute('aria-label', `∂${entry}/∂x_1 = ${formatNumber(tangent)}`);
    await expect(cell(page, entry).locator('title')).toHaveText(`∂${entry}/∂x_1 = ${formatNumber(tangent)}`);
  }
  await expect(cell(page, 'f')).toHaveAttribute('aria-label', 'f: not computed yet');
  await expect(page.locator('.layers-legend')).toContainText('Tangents ∂·/∂x_1');
  await expect(stepPanel(page).locator('.tex-error')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('layers-cs231n-forward-q') });
  // ḟ = Σ 2q ⊙ q̇ = 2(0.22·0.1 + 0.26·(−0.3)) = −0.112: the reverse pass's ∂f/∂x_1.
  await goToStep(page, 1);
  await expect(heading(page)).toContainText('Step 2 of 2 · Forward mode');
  await expect(cell(page, 'f')).toHaveAttribute('aria-label', `∂f/∂x_1 = ${formatNumber(-0.112)}`);
  await expect.poll(() => formulasHolding('\\textstyle\\sum \\left(2\\, q \\odot \\dot{q}\\right)')).toBe(1);
  await expect.poll(() => formulasHolding('{= -0.112}')).toBe(1);
  await expect(stepPanel(page).locator('.tex-error')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('layers-cs231n-forward-f') });
  // The table view has the same tangents, in their own column.
  await page.getByRole('button', { name: 'Table view' }).click();
  const row = (name: string) => page.locator('#node-table tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${name}( |$)`) }) });
  await expect(page.locator('#node-table thead')).toContainText('Tangent ∂·/∂x_1');
  await expect(row('q_2').locator('td.tangent')).toHaveText(formatNumber(-0.3));
  await expect(row('f').locator('td.tangent')).toHaveText(formatNumber(-0.112));
});

test('the whole MLP fits 1280×720 with the side panels open, labels ≥ 12 px; axe finds nothing serious', async ({ page }) => {
  // An axe run takes seconds on a busy 2-core machine (as in a11y.spec).
  test.setTimeout(60_000);
  await openLayers(page);
  await expect(page.locator('#panel-left')).toBeVisible();
  await expect(page.locator('#panel-right')).toBeVisible();
  const m = await layersGraph(page).evaluate(measureFit);
  console.log(`layers fit at 1280x720: ${JSON.stringify(m)}`);
  expect(m.nodes).toBe(la.layers.nodes.length);
  expect(m.inside).toBe(true);
  expect(m.smallest).toBeGreaterThanOrEqual(12);
  // The Layers view's own parts (the page around them is a11y.spec's): a whole-page run takes tens of seconds under load.
  const results = await new AxeBuilder({ page }).include('.graph-area').include('.layers-step').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});

// Practice in Layers on CS231n's vectorised example, by hand: W = [[0.1, 0.5], [−0.3, 0.8]], x = [0.2, 0.4],
// q = Wx = [0.22, 0.26], f = sum(q²); ∂f/∂q = 2q = [0.44, 0.52]; ∂f/∂W = ∂f/∂q xᵀ = [[0.088, 0.176], [0.104, 0.208]];
// ∂f/∂x = Wᵀ ∂f/∂q = [0.1·0.44 − 0.3·0.52, 0.5·0.44 + 0.8·0.52] = [−0.112, 0.636].
// Steps: 1 fwd q, 2 fwd f, 3 bwd f (asks ∂f/∂q), 4 bwd q (asks ∂f/∂W, then ∂f/∂x), 5 bwd x, 6 bwd W.
test('practice in Layers asks for a matrix and a vector, as one text or entry by entry, names the wrong entry, and hides the answer until then', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Example').selectOption('cs231n-vectorised');
  await detailGroup(page).getByRole('radio', { name: 'Layers' }).check();
  await page.getByRole('switch', { name: 'Practice' }).click();
  const practice = page.getByRole('region', { name: 'Practice' });
  const status = practice.getByRole('status');
  const answer = practice.getByRole('textbox', { name: 'Your answer' });
  const check = async (text: string) => {
    await answer.fill(text);
    await practice.getByRole('button', { name: 'Check', exact: true }).click();
  };
  const annotations = stepPanel(page).locator('annotation');
  await goToStep(page, 3);
  await expect(heading(page)).toContainText('Step 4 of 6');
  await expect(practice.getByRole('heading')).toContainText('question 1 of 2');
  // Hidden until answered: W's and x's cells, and the products' numbers; the upstream ∂f/∂q stays.
  await expect(cell(page, 'W_12')).toHaveAttribute('aria-label', '∂f/∂W_12 = ?');
  await expect(cell(page, 'x_2')).toHaveAttribute('aria-label', '∂f/∂x_2 = ?');
  await expect(annotations.filter({ hasText: 'x^{\\top}' })).toHaveCount(1);
  await expect(annotations.filter({ hasText: '0.44' }).first()).toBeAttached();
  await expect(annotations.filter({ hasText: '0.176' })).toHaveCount(0);
  await expect(annotations.filter({ hasText: '0.636' })).toHaveCount(0);

  await check('[[0.088, 0.176], [0.104, 0.208]');
  await expect(status).toHaveText("Column 32: expected ',' or ']' to close the '[' at column 1, found the end of the line.");
  await check('[0.088, 0.176]');
  await expect(status).toHaveText('Wrong shape: you typed a vector of length 2, but the answer is a 2×2 matrix.');
  await check('[[0.088, 0.176], [0.104, 0.2]]');
  await expect(status).toHaveText('W_22 is wrong.');
  await expect(annotations.filter({ hasText: '0.176' })).toHaveCount(0);
  await check('[[0.088, 0.176], [0.104, 0.208]]');
  await expect(status).toHaveText('Right: [[0.088, 0.176], [0.104, 0.208]].');

  // ∂f/∂x entry by entry: one field per entry, named as the program names it.
  await practice.getByRole('button', { name: 'Next question' }).click();
  await practice.getByRole('radio', { name: 'Entry by entry' }).check();
  await practice.getByRole('textbox', { name: 'x_1' }).fill('-0.112');
  await practice.getByRole('textbox', { name: 'x_2' }).fill('0.6');
  await practice.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(status).toHaveText('x_2 is wrong.');
  await expect(practice.getByRole('textbox', { name: 'x_2' })).toHaveAttribute('aria-invalid', 'true');
  await expect(practice.getByRole('textbox', { name: 'x_1' })).toHaveAttribute('aria-invalid', 'false');
  await page.screenshot({ path: '/tmp/hA-layers-practice-wrong.png' });
  await practice.getByRole('textbox', { name: 'x_2' }).fill('0.636');
  await practice.getByRole('textbox', { name: 'x_2' }).press('Enter');
  await expect(status).toHaveText('Right: [-0.112, 0.636].');
  // Answered: the numbers appear, in the cells and in the products.
  await expect(cell(page, 'W_12')).toHaveAttribute('aria-label', `∂f/∂W_12 = ${formatNumber(0.176)}`);
  await expect(cell(page, 'x_2')).toHaveAttribute('aria-label', `∂f/∂x_2 = ${formatNumber(0.636)}`);
  await expect(annotations.filter({ hasText: '0.176' }).first()).toBeAttached();
  await page.screenshot({ path: '/tmp/hA-layers-practice-right.png' });

  // In Korean, step 3 asks ∂f/∂q: the feedback names q_2 and has no English word.
  await goToStep(page, 2);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('ko');
  const ko = page.getByRole('region', { name: '연습' });
  const koCheck = async (text: string) => {
    await ko.getByRole('textbox', { name: '내 답' }).fill(text);
    await ko.getByRole('button', { name: '확인', exact: true }).click();
  };
  await expect(page.locator('g.layer-cell[data-entry="q_2"]')).toHaveAttribute('aria-label', '∂f/∂q_2 = ?');
  const said: string[] = [];
  for (const [text, heard] of [['[0.44, 0.5]', '틀린 원소가 있습니다: q_2.'], ['[0.44, 0.52', '12열: 1열의'], ['[0.44, 0.52, 1]', '모양이 다릅니다']]) {
    await koCheck(text);
    await expect(ko.getByRole('status')).toContainText(heard);
    said.push(await ko.getByRole('status').textContent() ?? '');
  }
  // Names (q_2) and symbols aside, no English word.
  expect(said.join(' ').replace(/\b[A-Za-z]+_\d+\b/g, '').match(/[A-Za-z]{2,}/g)).toBeNull();
  await page.screenshot({ path: '/tmp/hA-layers-practice-ko.png' });
});

test.describe('presenting at a projector\'s 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('the whole MLP is on screen, labels ≥ 20 px; no formula line is cut off; Overview and the slide show the network', async ({ page }) => {
    await openLayers(page);
    await focusPage(page);
    await page.getByRole('button', { name: 'Presenter mode', exact: true }).click();
    await expect(page.locator('.app.presenter')).toHaveCount(1);
    const m = await layersGraph(page).evaluate(measureFit);
    console.log(`layers presenting at 1024x768: ${JSON.stringify(m)}`);
    expect(m.inside).toBe(true);
    expect(m.smallest).toBeGreaterThanOrEqual(20);
    // Every formula line of every step fits the explanation's width (shrunk, not cut), and the
    // explanation fits the screen's height: a backward step's δ, Jacobian and products too.
    let shrunk = 0;
    for (let at = 0; at < la.steps.length; at++) {
      await goToStep(page, at);
      await expect(heading(page)).toContainText(`Step ${at + 1} of ${la.steps.length}`);
      await expect.poll(() => stepPanel(page).locator('.formula').evaluateAll((boxes) => boxes.length > 0
        && boxes.every((b) => b.scrollWidth <= b.clientWidth + 1 && b.getBoundingClientRect().right <= window.innerWidth + 1)
        && document.querySelector('.app.presenter .right')!.scrollHeight <= document.querySelector('.app.presenter .right')!.clientHeight + 1), `step ${at + 1}`).toBe(true);
      if (await stepPanel(page).locator('.formula[style*="zoom"]').count() > 0) shrunk++;
      if (at === stepOf('backward', 'h1')) await page.screenshot({ path: screenshotPath('layers-mlp-presenter-1024x768') });
    }
    // What the check measured: some steps did need shrinking (the backward products at 1024×768).
    expect(shrunk).toBeGreaterThan(0);
    // Overview: a copy of the whole drawing, every node of it, the current one ringed.
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    const overview = page.getByRole('img', { name: 'Overview' });
    await expect(overview).toBeVisible();
    await expect(overview.locator('g.layer-node')).toHaveCount(la.layers.nodes.length);
    await expect(overview.locator('.overview-ring')).toHaveCount(1);
    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    await expect(overview).toHaveCount(0);
    // Export PNG: the whole network on a 1920×1080 slide (a bare white slide is a couple of kB).
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    const bytes = await readFile(await file.path());
    expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({ width: 1920, height: 1080 });
    console.log(`layers slide: ${bytes.length} bytes`);
    expect(bytes.length).toBeGreaterThan(20_000);
  });
});

test('a program with no vector or matrix: Layers shows Statements, and says so', async ({ page }) => {
  await openApp(page);
  await detailGroup(page).getByRole('radio', { name: 'Layers' }).check();
  await expect(page.getByRole('note').filter({ hasText: 'no vector or matrix' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Computational graph' })).toBeVisible();
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });
  test('the radio reads 계층, and the Layers view speaks Korean', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('예제').selectOption('mlp-2321-matrix');
    await page.getByRole('radiogroup', { name: '상세 수준' }).getByRole('radio', { name: '계층' }).check();
    await expect(page.locator('.layers-step .step-node')).toHaveText('순전파: h1의 행렬 형태와 그 수');
    await expect(page.locator('.layers-legend')).toHaveText(/^값/);
    await expect(page.locator('.layers-pick')).toHaveText('칸을 고르면 그 수와 게이트 보기의 단계를 볼 수 있습니다.');
    await expect(page.getByRole('group', { name: '계층: 문장 하나가 노드 하나' }).locator('g.layer-cell[data-entry="h1_1"]')).toHaveAttribute('aria-label', 'h1_1 = 0.6');
    await page.screenshot({ path: screenshotPath('layers-mlp-ko') });
    // Forward mode: the step's words and the legend are Korean; names and symbols aside, no English word.
    await page.getByRole('radiogroup', { name: '방식' }).getByRole('radio', { name: '전진 모드' }).check();
    await expect(page.locator('.layers-step .step-node')).toHaveText('전진 모드: h1의 접선 값 ∂h1/∂x_1 (같은 모양)과 그 값을 주는 규칙');
    const words = await page.locator('.layers-step h2, .layers-step p, .layers-legend').allTextContents();
    expect(words.join(' ').match(/[A-Za-z]{3,}/g)).toBeNull();
  });
});
