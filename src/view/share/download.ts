/**
 * An ordinary download: a blob URL on an <a download>, clicked. Never a save-file picker, so it
 * works the same in every browser and in tests (Playwright's `download` event).
 */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the blob once the click is handled; a minute is ample margin.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
