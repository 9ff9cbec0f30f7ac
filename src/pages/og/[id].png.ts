import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { getModel } from '../../site/model.ts';
import { formatKm } from '../../views/format.ts';
import { OG_WIDTH, ogImageSvg, type OgImageContent } from '../../site/og-image.ts';
import { SITE_NAME } from '../../site/config.ts';

/** `/og/overview.png` (every page without its own) and `/og/<border-id>.png` for every border (its page and its crossings' pages). */
export const getStaticPaths = (async () => {
  const { analyses } = await getModel();
  return ['overview', ...analyses.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** The link-preview PNG (1200×630): title and facts from the datasets beside the static map. */
export const GET: APIRoute = async ({ params, site }) => {
  const model = await getModel();
  const id = params.id!;
  const analyses = [...model.analyses.values()];
  const footer = site ? new URL(site).host : undefined;
  let content: OgImageContent;
  if (id === 'overview') {
    const crossings = analyses.reduce((n, a) => n + a.crossings.length, 0);
    content = {
      kicker: SITE_NAME,
      title: 'Kazakhstan’s borders',
      facts: [`${analyses.length} neighbouring countries`, `${crossings} border crossings`, 'Every figure with its source'],
      ...(footer ? { footer } : {}),
    };
  } else {
    const analysis = model.analyses.get(id);
    if (!analysis) throw new Error(`/og/${id}.png: no border "${id}"`);
    const official = analysis.border.lengthKm[0]?.value;
    content = {
      kicker: SITE_NAME,
      title: `${analysis.border.name} border`,
      facts: [
        official !== undefined ? `${formatKm(official)} (official length)` : `${formatKm(analysis.measuredKm)} (measured line)`,
        `${analysis.crossings.length} crossing${analysis.crossings.length === 1 ? '' : 's'} in the atlas`,
        `${analysis.regions.kazakh.length + analysis.regions.neighbour.length} regions along the line`,
      ],
      ...(footer ? { footer } : {}),
    };
  }
  // The preview's frame is taller than the page map's: the whole country outlines, not the view's clipped ones.
  const svg = ogImageSvg({ ...model.mapData(id === 'overview' ? 'overview' : id), countries: model.geo.countries }, content);
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: OG_WIDTH },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
