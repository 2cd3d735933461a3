const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID, so a lookup by a malformed id answers "not found" instead of a database error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
