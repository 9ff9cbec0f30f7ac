import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../site/model.ts';
import { SOURCE_LOCALE } from '../../i18n/locales.ts';
import { mapViews } from '../../map/map-data.ts';
import { svgGeometryFile } from '../../map/svg-map-string.ts';
import { staticMapFor } from '../../map/svg-map.ts';

export const getStaticPaths = (async () => {
  const { atlas, analyses } = await getModel(SOURCE_LOCALE);
  const crossings = atlas.crossings.filter((c) => analyses.has(c.border)).map((c) => c.id);
  return [...mapViews([...analyses.keys()]), ...crossings].map((view) => ({ params: { view } }));
}) satisfies GetStaticPaths;

/** The geometry of one static map (`/maps/<view>.svg`), which the page's map draws with `<use>`. */
export const GET: APIRoute = async ({ params }) => {
  const { mapData } = await getModel(SOURCE_LOCALE);
  return new Response(svgGeometryFile(staticMapFor(mapData(params.view!))), { headers: { 'Content-Type': 'image/svg+xml' } });
};
