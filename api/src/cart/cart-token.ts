import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A guest cart's secret: 256 random bits, shown once when the cart is made. Only its hash is stored. */
export function newCartToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashCartToken(token) };
}

export function hashCartToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function cartTokenMatches(token: string | undefined, hash: string): boolean {
  if (!token || token.length > 100) return false;
  const given = Buffer.from(hashCartToken(token), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
