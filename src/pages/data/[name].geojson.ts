import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../site/model.ts';
import { SOURCE_LOCALE } from '../../i18n/locales.ts';
import { GEOJSON_DOWNLOADS, MEDIA_TYPES, geojsonText, type GeoJsonDownload } from '../../site/downloads/index.ts';

export const getStaticPaths = (() => GEOJSON_DOWNLOADS.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** `/data/<name>.geojson`: an RFC 7946 FeatureCollection built from the same model as the pages. */
export const GET: APIRoute = async ({ params, site }) => {
  const { atlas, geo } = await getModel(SOURCE_LOCALE);
  const text = geojsonText(params.name as GeoJsonDownload, { atlas, geo, site });
  return new Response(text, { headers: { 'Content-Type': MEDIA_TYPES.geojson } });
};
