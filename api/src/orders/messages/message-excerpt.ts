/** The start of a message for a list or an email: at most `max` characters, cut at a word when one is near. */
export function messageExcerpt(body: string, max: number): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A word longer than a fifth of the excerpt (a URL, say) is cut through rather than dropped whole.
  return `${space > max * 0.8 ? cut.slice(0, space) : cut}…`;
}
