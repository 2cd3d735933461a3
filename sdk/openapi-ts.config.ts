import { defineConfig } from '@hey-api/openapi-ts';

/** The generated half of the SDK: types and one function per operation, from the committed document. */
export default defineConfig({
  input: '../openapi/openapi.json',
  output: {
    path: './src/generated',
    importFileExtension: '.js',
  },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', { name: '@hey-api/sdk' }],
});
