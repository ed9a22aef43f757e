/**
 * The practice score's key for a program: a short, stable FNV-1a hash of what its graph
 * computes (shape and constants), per mode. Apart from the storage so the eager bundle stays small.
 */
export function programKey(graphKey: string, mode: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < graphKey.length; i++) {
    h ^= graphKey.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${mode}:${(h >>> 0).toString(36)}:${graphKey.length}`;
}
