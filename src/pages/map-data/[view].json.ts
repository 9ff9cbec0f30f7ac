import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../site/model.ts';
import { mapViews } from '../../map/map-data.ts';

export const getStaticPaths = (async () => {
  const { analyses } = await getModel();
  return mapViews([...analyses.keys()]).map((view) => ({ params: { view } }));
}) satisfies GetStaticPaths;

/** The data one interactive map view loads: `/map-data/<view>.json`. */
export const GET: APIRoute = async ({ params }) => {
  const { mapData } = await getModel();
  return new Response(JSON.stringify(mapData(params.view!)), { headers: { 'Content-Type': 'application/json' } });
};
