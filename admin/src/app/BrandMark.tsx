/** The Tillpoint mark; the same drawing as public/favicon.svg. */
export function BrandMark() {
  return (
    <svg aria-hidden viewBox="0 0 32 32" className="size-7 shrink-0">
      <rect width="32" height="32" rx="8" fill="#0f766e" />
      <path d="M9 10h14v3.2h-5.3V23h-3.4v-9.8H9z" fill="#fff" />
    </svg>
  );
}
