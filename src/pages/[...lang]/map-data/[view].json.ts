import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../site/model.ts';
import { LOCALES, SOURCE_LOCALE, isLocale, localeParams, type Locale } from '../../../i18n/locales.ts';
import { mapViews } from '../../../map/map-data.ts';

export const getStaticPaths = (async () => {
  const { analyses } = await getModel(SOURCE_LOCALE);
  const views = mapViews([...analyses.keys()]);
  return LOCALES.flatMap((locale) => views.map((view) => ({ params: { ...localeParams(locale), view }, props: { locale } })));
}) satisfies GetStaticPaths;

/**
 * The data one interactive map view loads, in an edition's words: `/map-data/<view>.json`,
 * `/ru/map-data/<view>.json`. The geometry is the same in every edition; the names are not.
 */
export const GET: APIRoute<{ locale: Locale }> = async ({ params, props }) => {
  const locale = isLocale(props.locale) ? props.locale : SOURCE_LOCALE;
  const { mapData } = await getModel(locale);
  return new Response(JSON.stringify(mapData(params.view!)), { headers: { 'Content-Type': 'application/json' } });
};
