/**
 * A fresh Idempotency-Key. Create one per intended operation and reuse it when retrying that same
 * operation: the API then answers the retry with the first result instead of doing the work twice.
 */
export function idempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** Headers for an idempotent call: `tp.adminCreateX({ body, headers: idempotent(key) })`. */
export function idempotent(key: string = idempotencyKey()): { 'Idempotency-Key': string } {
  return { 'Idempotency-Key': key };
}
