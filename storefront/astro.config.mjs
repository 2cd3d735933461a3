// @ts-check
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, envField } from 'astro/config';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // Islands are written against React's API but run on Preact through its compat layer: the product page
  // must stay under 40 KB of gzipped JavaScript, and React DOM alone is larger than that. Pages built from
  // .astro components alone ship no client JavaScript.
  integrations: [preact({ compat: true })],
  server: { port: 4321 },
  security: {
    // On by default for server output; explicit because every account form relies on it against CSRF.
    checkOrigin: true,
    // Astro 5.18 trusts the Host header only when it matches allowedDomains; otherwise the request URL
    // says "http://localhost" and the origin check refuses every real form post. Pinning the public host
    // here would bake it into the build, so any host is accepted: the check stays sound, because a
    // cross-site form cannot choose the Host or X-Forwarded-* headers its browser sends.
    allowedDomains: [{ protocol: 'https' }, { protocol: 'http' }],
  },
  env: {
    schema: {
      // A server secret is read from the environment at runtime, so one build can talk to any API.
      API_URL: envField.string({ context: 'server', access: 'secret', url: true, default: 'http://localhost:9000' }),
    },
  },
  vite: { plugins: [tailwindcss()] },
});
