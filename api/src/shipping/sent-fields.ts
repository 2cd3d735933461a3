/** The fields a request sent; a null for a field that cannot be null counts as not sent. */
export function sentFields<Field extends string>(input: object, nullable: readonly Field[] = []): Set<Field> {
  const sent = Object.entries(input).filter(
    ([field, value]) => value !== undefined && (value !== null || nullable.includes(field as Field)),
  );
  return new Set(sent.map(([field]) => field as Field));
}
