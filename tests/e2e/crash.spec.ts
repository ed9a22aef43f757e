/**
 * Crash recovery: `?crash=<panel>` makes one panel throw once on its first render. The hook
 * exists only in the dev server (the production bundle drops it: see ErrorBoundary.tsx), so
 * these tests start one of their own beside the preview server the rest of the suite uses.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from './fixtures.ts';
import { button, editor, graph, nodeMark, screenshotPath } from './helpers.ts';

const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1000);
const DEV_URL = `http://localhost:${DEV_PORT}`;

// One worker runs both tests, so one dev server serves them.
test.describe.configure({ mode: 'serial' });
test.use({ allowedErrors: [/test crash in|The above error occurred/], baseURL: DEV_URL });

let server: ChildProcess | undefined;
test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = spawn('npx', ['vite', '--port', String(DEV_PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  // Up once it answers (the first request also warms its transform of the app's modules).
  for (let tries = 0; ; tries++) {
    const up = await fetch(DEV_URL).then((r) => r.ok, () => false);
    if (up) break;
    if (tries > 600) throw new Error(`no dev server at ${DEV_URL}`);
    await new Promise((r) => setTimeout(r, 100));
  }
});
test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid);
});

test('a crash in the graph leaves the rest working, keeps the text and recovers with Reset view', async ({ page }) => {
  await page.goto('/?crash=graph');
  const alert = page.getByRole('alert').filter({ hasText: 'The graph stopped working' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Copy program' })).toBeVisible();
  // The rest of the app still works: the editor has the text, stepping moves the step panel.
  const text = await editor(page).inputValue();
  expect(text.length).toBeGreaterThan(0);
  await button(page, 'Next step').click();
  await expect(page.getByText(/Step 2 of/)).toBeVisible();
  await page.screenshot({ path: screenshotPath('crash-panel') });
  await alert.getByRole('button', { name: 'Reset view' }).click();
  await expect(graph(page)).toBeVisible();
  await expect(page.getByText(/Step 1 of/)).toBeVisible();
});

test('a crash of the whole app shows the program text and the two buttons', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?crash=app');
  const alert = page.getByRole('alert').filter({ hasText: 'The app stopped working' });
  await expect(alert).toBeVisible();
  const kept = await alert.getByRole('textbox', { name: 'Your program' }).inputValue();
  expect(kept.length).toBeGreaterThan(0);
  await alert.getByRole('button', { name: 'Copy program' }).click();
  await expect(alert.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(kept);
  await page.screenshot({ path: screenshotPath('crash-app') });
  await alert.getByRole('button', { name: 'Reset view' }).click();
  await expect(nodeMark(page, 'x').first()).toBeVisible();
});
