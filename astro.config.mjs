// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** Public origin of the atlas; canonical URLs, the sitemap and QR codes use it. */
const site = process.env.ATLAS_SITE_URL ?? 'https://kazakhstan-border-atlas.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
