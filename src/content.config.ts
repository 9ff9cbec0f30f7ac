import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'zod';
import { loadEdition } from './data/load.ts';
import { LOCALES } from './i18n/locales.ts';
import { Slug } from './schemas/common.ts';

const mdxFiles = glob({ pattern: '**/*.mdx', base: './content' });

/**
 * The MDX prose, loaded only after the whole atlas has been validated in every edition
 * (src/data/load.ts): an invalid record, a dangling reference or a missing or stale translation
 * anywhere stops the build before anything is bundled or rendered, naming file, record and field.
 * The datasets themselves are read through src/site/model.ts.
 */
const pagesLoader: Loader = {
  ...mdxFiles,
  name: 'atlas-pages',
  load: async (context) => {
    for (const locale of LOCALES) loadEdition(locale);
    await mdxFiles.load(context);
  },
};

/** MDX prose, one file per page; frontmatter ties a page to its data. */
const pages = defineCollection({
  loader: pagesLoader,
  schema: z.object({
    /** Page title (the `<h1>` and the document title). */
    title: z.string().min(1),
    /** One-sentence summary for the meta description and search results. */
    description: z.string().min(20).max(200),
    /** The border this page is about (id in borders), for border pages. */
    border: Slug.optional(),
  }),
});

export const collections = { pages };
