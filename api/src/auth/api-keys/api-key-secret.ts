/** Secret API keys start with this, so tools (and secret scanners) can tell them apart from JWTs. */
export const API_KEY_PREFIX = 'tp_sk_';

/** How much of a key is shown in lists: enough to recognise it, far too little to use it. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, API_KEY_PREFIX.length + 6);
}
