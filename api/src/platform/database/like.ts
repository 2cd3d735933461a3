/** Text for a LIKE pattern, matched literally: `%`, `_` and the escape character itself lose their meaning. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
