import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'zod';
import { DATASETS, type DatasetName } from './schemas/index.ts';
import { loadCheckedAtlas } from './lib/load-data.ts';
import { Slug } from './schemas/common.ts';

/**
 * Loads one dataset after the whole atlas has been validated, so that an invalid
 * record or a dangling reference anywhere stops the build with file, record and field.
 */
function datasetLoader(name: DatasetName): Loader {
  return {
    name: `atlas-dataset:${name}`,
    load: async ({ store, parseData, generateDigest }) => {
      const data: unknown = loadCheckedAtlas()[name];
      const records = (Array.isArray(data) ? data : [{ id: name, ...(data as object) }]) as { id: string }[];
      store.clear();
      for (const record of records) {
        const parsed = await parseData({ id: record.id, data: record as Record<string, unknown> });
        store.set({ id: record.id, data: parsed, digest: generateDigest(parsed) });
      }
    },
  };
}

const dataset = <N extends DatasetName>(name: N) =>
  defineCollection({ loader: datasetLoader(name), schema: DATASETS[name].schema });

/** MDX prose, one file per page; frontmatter ties a page to its data. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z.object({
    /** Page title (the `<h1>` and the document title). */
    title: z.string().min(1),
    /** One-sentence summary for the meta description and search results. */
    description: z.string().min(20).max(200),
    /** The border this page is about (id in borders), for border pages. */
    border: Slug.optional(),
  }),
});

export const collections = {
  sources: dataset('sources'),
  borders: dataset('borders'),
  regions: dataset('regions'),
  settlements: dataset('settlements'),
  crossings: dataset('crossings'),
  events: dataset('events'),
  population: dataset('population'),
  checkpointListings: dataset('checkpointListings'),
  migrationStudy: dataset('migrationStudy'),
  transnationalIssues: dataset('transnationalIssues'),
  travelRules: dataset('travelRules'),
  pages,
};
