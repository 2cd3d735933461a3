import { join } from 'node:path';

interface LiveApi {
  url: string;
  jwtSecret: string;
  stop(): Promise<void>;
}

// The API package builds this helper for tests outside its own suite.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startLiveApi } = require(join(__dirname, '../../../api/dist/testing/live-api.js')) as { startLiveApi(): Promise<LiveApi> };

/** One API for all SDK tests; its URL and signing secret reach the test files through the environment. */
export default async function globalSetup(): Promise<void> {
  const api = await startLiveApi();
  process.env.TILLPOINT_TEST_API_URL = api.url;
  process.env.TILLPOINT_TEST_JWT_SECRET = api.jwtSecret;
  (globalThis as { liveApi?: LiveApi }).liveApi = api;
}
