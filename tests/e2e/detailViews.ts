/**
 * The views of the scalar graph a spec can loop over: the "Detail" radio group's choices when the
 * page has one (but Layers), else today's Gates view alone.
 */
import type { Page } from '@playwright/test';

/**
 * The scalar views the page offers: the "Detail" radio group's choices, or today's gates alone.
 * Not Layers: it draws no scalar graph (one node per statement; layers.spec.ts tests it), and
 * for a program with no vector or matrix it is the Statements view again.
 */
export async function views(page: Page): Promise<string[]> {
  const group = page.getByRole('radiogroup', { name: 'Detail' });
  if ((await group.count()) === 0) return ['Gates'];
  const labels = await group.getByRole('radio').evaluateAll((radios) =>
    radios.map((r) => r.getAttribute('aria-label') ?? r.closest('label')?.textContent?.trim() ?? ''),
  );
  return labels.filter((l) => l !== 'Layers');
}

export async function chooseView(page: Page, view: string): Promise<void> {
  const group = page.getByRole('radiogroup', { name: 'Detail' });
  if ((await group.count()) === 0) return;
  await group.getByRole('radio', { name: view }).check();
}

