/** Timeline icons as inline SVG: icon fonts and rare Unicode glyphs are missing on many machines. */
const paths = {
  first: 'M5 4h2v16H5zM20 4v16L8 12z',
  previous: 'M18 4v16L6 12z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  next: 'M6 4v16l12-8z',
  last: 'M17 4h2v16h-2zM4 4v16l12-8z',
} as const;

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
