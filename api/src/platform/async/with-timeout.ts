/** Bull and ioredis can wait forever when Redis is away; nothing of ours waits longer than this. */
export const REDIS_TIMEOUT_MS = 5_000;

export function withTimeout<T>(work: Promise<T>, what: string, ms = REDIS_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
