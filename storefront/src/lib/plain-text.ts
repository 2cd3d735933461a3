const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/**
 * Readable plain text from the API's (sanitized) description HTML, for meta descriptions: paragraphs
 * and list items become sentences, so "<li>Organic</li><li>Made in Portugal</li>" doesn't run together.
 */
export function plainText(html: string): string {
  return html
    .replace(/<\/(p|li|h[1-6]|div)>/gi, '. ')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/([.!?:;])\.+/g, '$1')
    .trim();
}

/** At most `length` characters, cut at a word and marked with an ellipsis. */
export function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).replace(/\s+\S*$/, '')}…`;
}
