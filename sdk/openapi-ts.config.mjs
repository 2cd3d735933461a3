import { defineConfig } from '@hey-api/openapi-ts';

/**
 * The generated half of the SDK: types and one function per operation, from the committed document.
 * SDK_GENERATED_DIR lets the drift check generate elsewhere with exactly these settings.
 */
export default defineConfig({
  input: new URL('../openapi/openapi.json', import.meta.url).pathname,
  output: {
    path: process.env.SDK_GENERATED_DIR ?? new URL('./src/generated', import.meta.url).pathname,
    importFileExtension: '.js',
  },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', { name: '@hey-api/sdk' }],
});
