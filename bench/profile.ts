/**
 * Which stages make a big paste's long tasks: pastes generated programs into an unminified
 * build under Chromium's CPU profiler, splits the samples into tasks at idle, and prints, for
 * each task over 50 ms, the time per stage (the innermost stage function on each sample's stack).
 * `npx vite build --minify false --outDir /tmp/chainrule-profile && tsx bench/profile.ts /tmp/chainrule-profile [sizes] [view]`
 * (view: Gates, Statements or Primitives; Gates by default).
 */
import { withPreviewPage } from './preview.ts';
import { randomProgram } from './programs.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4174);
const outDir = process.argv[2] ?? 'dist';
const sizes = (process.argv[3] ?? '2000,20000').split(',').map(Number);
const view = process.argv[4] ?? 'Gates';

/** Stage functions, named as in the source; the innermost one on a sample's stack takes the sample. */
const STAGES = [
  'Editor', 'InputsPanel', 'Timeline', 'Explanation', 'Warnings', 'CoursePanels', 'ShareToolbar', 'GradientsTable', 'StepPanel',
  'parse', 'buildGraph', 'evaluate', 'schedule', 'statementsView', 'layoutRequest', 'layeredLayout',
  'edgeLabelSizes', 'attachedBoxes', 'layoutLabels', 'stepView', 'structuredClone', 'unpackLayout',
  'analysisFromWorker', 'statementPartial', 'statementTex', 'expandProgram', 'commitRoot', 'renderWithHooks', 'GraphView', 'NodeChunk', 'EdgeChunk', 'App',
];

interface ProfileNode { id: number; callFrame: { functionName: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function tasks(profile: Profile): { ms: number; stages: Map<string, number> }[] {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = (id: number): string => {
    const leaf = byId.get(id)!.callFrame.functionName;
    if (leaf === '(idle)' || leaf === '(program)' || leaf === '(garbage collector)') return leaf;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (STAGES.includes(name)) return name === 'commitRoot' || name === 'renderWithHooks' ? `${name}:${leaf}` : name;
    }
    return `other:${leaf}`;
  };
  const out: { ms: number; stages: Map<string, number> }[] = [];
  let current: { ms: number; stages: Map<string, number> } | null = null;
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const stage = stageOf(id);
    if (stage === '(idle)' || stage === '(program)') {
      if (current) out.push(current);
      current = null;
      return;
    }
    current ??= { ms: 0, stages: new Map() };
    current.ms += ms;
    current.stages.set(stage, (current.stages.get(stage) ?? 0) + ms);
  });
  if (current) out.push(current);
  return out;
}

function print(what: string, profile: Profile): void {
  const all = tasks(profile);
  console.log(`${what}: ${all.length} tasks, ${all.filter((t) => t.ms > 50).length} over 50 ms`);
  for (const task of all.filter((t) => t.ms > 50)) {
    const parts = [...task.stages].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 5).map(([s, ms]) => `${s} ${ms.toFixed(0)}`);
    console.log(`  task ${task.ms.toFixed(0)} ms: ${parts.join(', ')}`);
  }
}

async function main() {
  await withPreviewPage(outDir, PORT, async (page) => {
  await page.goto(`http://localhost:${PORT}/`);
  await page.waitForSelector('svg[aria-label="Computational graph"]');
  await page.getByRole('radio', { name: view }).check();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (const size of sizes) {
    // 0: the 5,000-line long sum of big.spec (one input); otherwise a random program of that size.
    const source = size === 0
      ? ['x = 0', 'a1 = sin(x) * 2', ...Array.from({ length: 4998 }, (_, k) => `a${k + 2} = sin(x) * 2 + a${k + 1}`)].join('\n')
      : randomProgram(size, size + 7).source;
    await cdp.send('Profiler.start');
    await page.evaluate((text) => {
      const area = document.querySelector('textarea') as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, source);
    // Until the graph (or a message in its place) has settled: nothing busy for a second.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 120_000, polling: 250 });
    await page.waitForTimeout(1500);
    print(`paste of a ${size}-node program`, (await cdp.send('Profiler.stop')).profile as unknown as Profile);
    await cdp.send('Profiler.start');
    await page.getByRole('button', { name: 'Last step' }).click();
    await page.waitForTimeout(3000);
    print('then "Last step"', (await cdp.send('Profiler.stop')).profile as unknown as Profile);
  }
  });
}

await main();
