import { z } from 'zod';

const RuntimeConfigSchema = z.object({ apiUrl: z.url({ protocol: /^https?$/ }) });

export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;

/**
 * Read when the app starts rather than baked into the build, so one build serves any API:
 * `vite dev` serves public/runtime-config.json, server.mjs answers it from API_URL.
 */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/runtime-config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/runtime-config.json answered ${response.status}.`);
  const parsed = RuntimeConfigSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new Error('/runtime-config.json must hold an "apiUrl", such as http://localhost:9000.');
  return { apiUrl: parsed.data.apiUrl.replace(/\/+$/, '') };
}
