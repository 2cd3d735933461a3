import { createHash, randomBytes } from 'node:crypto';

/**
 * Opaque bearer secrets (refresh tokens, one-time tokens, API keys): 256 random bits with a readable
 * prefix. Only a SHA-256 digest is stored; with that much entropy a fast hash is enough, and it lets
 * the lookup be an index hit.
 */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
