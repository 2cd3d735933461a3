import type { LiveApi } from './global-setup.js';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { liveApi?: LiveApi }).liveApi?.stop();
}
