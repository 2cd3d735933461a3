const SIZE_LADDER = ['xxxs', 'xxs', 'xs', 's', 'm', 'l', 'xl', 'xxl', '2xl', 'xxxl', '3xl', '4xl'];

/**
 * Option values in the order a shopper expects: clothing sizes small to large, numbers (shoe sizes,
 * "35-38") ascending, anything else alphabetically. Facets arrive by count, which reads as random.
 */
export function sortOptionValues<T>(items: readonly T[], valueOf: (item: T) => string): T[] {
  const values = items.map(valueOf);
  const ladder = values.every((v) => SIZE_LADDER.includes(v.toLowerCase()));
  const numeric = values.every((v) => /^\d/.test(v));
  const rank = (v: string): number => (ladder ? SIZE_LADDER.indexOf(v.toLowerCase()) : numeric ? parseFloat(v) : 0);
  return [...items].sort((a, b) => rank(valueOf(a)) - rank(valueOf(b)) || valueOf(a).localeCompare(valueOf(b), 'en', { numeric: true }));
}
