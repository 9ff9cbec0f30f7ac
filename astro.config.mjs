// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// After the build: /sitemap.xml and the Pagefind search index in dist/pagefind/.
import siteIndex from './src/integrations/site-index.ts';
import { themeInitHash } from './src/site/theme.ts';
import { LOCALES, SOURCE_LOCALE } from './src/i18n/locales.ts';

/**
 * Public origin of the atlas, from the SITE_URL environment variable at build time
 * (`SITE_URL=https://atlas.example.kz npm run build`); canonical links, hreflang alternates, OpenGraph URLs, the sitemap,
 * structured data and the QR codes on printed sheets use it. Without it the build invents no
 * address: those are left out (links stay relative) and the build says so once.
 */
const site = process.env.SITE_URL?.trim() || undefined;
if (site && !/^https?:\/\/[^/]+/.test(site)) throw new Error(`SITE_URL must be an absolute http(s) URL, got "${site}"`);
if (!site) {
  console.warn(
    '\u001b[33m[atlas] SITE_URL is not set: building without a public address (no canonical links, hreflang alternates, sitemap, absolute OpenGraph URLs or QR codes). Set SITE_URL=https://… for a release build.\u001b[0m',
  );
}

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  // Stylesheets stay external (cached across pages) rather than inlined into every page's HTML.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), siteIndex()],
  // Editions (src/i18n/locales.ts): English at the root, Russian under /ru/. The pages exist once,
  // under src/pages/[...lang]/, and Astro.currentLocale tells a component which edition it renders.
  i18n: { locales: [...LOCALES], defaultLocale: SOURCE_LOCALE, routing: { prefixDefaultLocale: false } },
  devToolbar: { enabled: false },
  // Content-Security-Policy, emitted by Astro as a <meta http-equiv> in every page (static build).
  // Astro adds the hashes of its own inline <script>/<style> to script-src/style-src; nothing
  // else inline is allowed (no 'unsafe-inline'). Checked in the files by tests/build/csp.test.ts, in Chromium by
  // the page pass (tests/e2e/page-pass.ts) and while searching (tests/e2e/search.test.ts).
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
      // The one inline script of our own, the theme choice applied before first paint (src/site/theme.ts), by hash.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash()] },
    },
  },
});
