/**
 * The views of the graph a spec can loop over: the "Detail" radio group's choices when the page
 * has one, else today's Gates view alone.
 */
import type { Page } from '@playwright/test';

/** The views the page offers: the "Detail" radio group's choices, or today's gates alone. */
export async function views(page: Page): Promise<string[]> {
  const group = page.getByRole('radiogroup', { name: 'Detail' });
  if ((await group.count()) === 0) return ['Gates'];
  return group.getByRole('radio').evaluateAll((radios) =>
    radios.map((r) => r.getAttribute('aria-label') ?? r.closest('label')?.textContent?.trim() ?? ''),
  );
}

export async function chooseView(page: Page, view: string): Promise<void> {
  const group = page.getByRole('radiogroup', { name: 'Detail' });
  if ((await group.count()) === 0) return;
  await group.getByRole('radio', { name: view }).check();
}

