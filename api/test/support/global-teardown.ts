/** Each test file drops its own database and Redis keys; nothing is left to do here. */
export default async function globalTeardown(): Promise<void> {}
