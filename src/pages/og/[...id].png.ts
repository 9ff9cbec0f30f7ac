import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { getModel } from '../../site/model.ts';
import { LOCALES, SOURCE_LOCALE, localeOfPath, type Locale } from '../../i18n/locales.ts';
import { dictionary } from '../../i18n/dictionary.ts';
import { formatsFor } from '../../i18n/format.ts';
import { OG_WIDTH, ogImageSvg, type OgImageContent } from '../../site/og-image.ts';

/**
 * `/og/overview.png` (every page without its own) and `/og/<border-id>.png` for every border (its
 * page and its crossings' pages); the same under `/og/ru/` in Russian for the Russian pages.
 */
export const getStaticPaths = (async () => {
  const { analyses } = await getModel(SOURCE_LOCALE);
  return LOCALES.flatMap((locale: Locale) =>
    ['overview', ...analyses.keys()].map((id) => ({ params: { id: locale === SOURCE_LOCALE ? id : `${locale}/${id}` } })),
  );
}) satisfies GetStaticPaths;

/** The link-preview PNG (1200×630): title and facts from the datasets beside the static map. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeOfPath(`/${params.id!}`);
  const id = params.id!.split('/').at(-1)!;
  const model = await getModel(locale);
  const t = dictionary(locale).og;
  const f = formatsFor(locale);
  const SITE_NAME = dictionary(locale).layout.siteName;
  const analyses = [...model.analyses.values()];
  const footer = site ? new URL(site).host : undefined;
  let content: OgImageContent;
  if (id === 'overview') {
    const crossings = analyses.reduce((n, a) => n + a.crossings.length, 0);
    content = {
      kicker: SITE_NAME,
      title: t.overviewTitle,
      facts: [t.neighbours(analyses.length, f), t.crossings(crossings, f), t.everyFigure],
      ...(footer ? { footer } : {}),
    };
  } else {
    const analysis = model.analyses.get(id);
    if (!analysis) throw new Error(`/og/${params.id}.png: no border "${id}"`);
    const official = analysis.border.lengthKm[0]?.value;
    content = {
      kicker: SITE_NAME,
      title: t.borderTitle(analysis.border.name),
      facts: [
        official !== undefined ? t.officialLength(f.km(official)) : t.measuredLength(f.km(analysis.measuredKm)),
        t.crossingsInAtlas(analysis.crossings.length, f),
        t.regionsAlong(analysis.regions.kazakh.length + analysis.regions.neighbour.length, f),
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
