export default async function globalTeardown(): Promise<void> {
  await (globalThis as { liveApi?: { stop(): Promise<void> } }).liveApi?.stop();
}
