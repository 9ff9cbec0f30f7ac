// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// After the build: /sitemap.xml and the Pagefind search index in dist/pagefind/.
import siteIndex from './src/integrations/site-index.ts';

/** Public origin of the atlas; canonical URLs, the sitemap and QR codes use it. */
const site = process.env.ATLAS_SITE_URL ?? 'https://kazakhstan-border-atlas.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [mdx(), siteIndex()],
  devToolbar: { enabled: false },
  // Content-Security-Policy, emitted by Astro as a <meta http-equiv> in every page (static build).
  // Astro adds the hashes of its own inline <script>/<style> to script-src/style-src; nothing
  // else inline is allowed (no 'unsafe-inline'). Checked by tests/e2e/csp.test.ts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        // MapLibre decodes images through blob: URLs; the SVG favicon and CSS may use data: URIs.
        "img-src 'self' data: blob:",
        // Map data, Pagefind's index and MapLibre's worker fetches: same origin only.
        "connect-src 'self'",
        // MapLibre's worker is a same-origin module (setWorkerUrl in src/client/atlas-map-view.ts),
        // started with new Worker(url) — no blob: worker unless the URL were cross-origin.
        "worker-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it allows no JS eval.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
