/**
 * Copies text to the clipboard: the async Clipboard API where the page may use it (a secure
 * context with permission), else a hidden textarea and `execCommand('copy')`, which older
 * browsers and plain-http pages still allow inside a click.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or the API is missing: fall through to the old way.
  }
  return copyWithTextarea(text);
}

function copyWithTextarea(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  const previous = document.activeElement as HTMLElement | null;
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  previous?.focus();
  return ok;
}

/** A number at full precision: the shortest text that reads back as the same double. */
export const fullPrecision = (v: number): string => String(v);
