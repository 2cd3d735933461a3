/**
 * The islands' line icons, drawn like Icon.astro (24px grid, current colour) for components that run in
 * the browser; always decorative.
 */
const PATHS = {
  bag: 'M6 7h12l1 14H5zM9 10V6a3 3 0 0 1 6 0v4',
  close: 'M18 6 6 18M6 6l12 12',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  alert: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7.5V13M12 16.5v.01',
  check: 'M5 12.5l4.5 4.5L19 7',
  lock: 'M6 11h12v10H6zM8.5 11V7.5a3.5 3.5 0 0 1 7 0V11',
  tag: 'M3 12.2V4a1 1 0 0 1 1-1h8.2l8.5 8.5a1.5 1.5 0 0 1 0 2.1l-7 7a1.5 1.5 0 0 1-2.1 0zM7.5 6.3v.01',
  truck: 'M3 6h11v10H3zM14 9h4l3 3.5V16h-7M7 19.3v.01M17 19.3v.01',
  card: 'M3 6h18v12H3zM3 10h18M7 15h3',
  spinner: 'M12 3a9 9 0 1 0 9 9',
} as const;

export type GlyphName = keyof typeof PATHS;

export function Glyph({ name, className = 'size-5' }: { name: GlyphName; className?: string }) {
  return (
    <svg
      className={`${className} ${name === 'spinner' ? 'animate-spin' : ''}`}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
