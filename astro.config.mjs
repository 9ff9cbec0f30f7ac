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
});
