/** A URL-safe handle from a title: "Merino Crew Sweater – Navy" → "merino-crew-sweater-navy". */
export function handleFrom(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

export const HANDLE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
