/** "mail" → "Mail", "is wrong" → "Is wrong": API words shown as labels or sentences. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
