import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../site/model.ts';
import { SOURCE_LOCALE } from '../../i18n/locales.ts';
import { CSV_DOWNLOADS, MEDIA_TYPES, csvText, type CsvDownload } from '../../site/downloads/index.ts';

export const getStaticPaths = (() => CSV_DOWNLOADS.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** `/data/<name>.csv`: RFC 4180 CSV, UTF-8, header row, one row per record. */
export const GET: APIRoute = async ({ params, site }) => {
  const { atlas, geo } = await getModel(SOURCE_LOCALE);
  const text = csvText(params.name as CsvDownload, { atlas, geo, site });
  return new Response(text, { headers: { 'Content-Type': MEDIA_TYPES.csv } });
};
