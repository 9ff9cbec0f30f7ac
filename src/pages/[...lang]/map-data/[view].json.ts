import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../site/model.ts';
import { LOCALES, SOURCE_LOCALE, isLocale, localeParams, type Locale } from '../../../i18n/locales.ts';
import { mapViews } from '../../../map/map-data.ts';
import { dictionary } from '../../../i18n/dictionary.ts';
import type { LiveMapData } from '../../../client/map-words.ts';

export const getStaticPaths = (async () => {
  const { analyses } = await getModel(SOURCE_LOCALE);
  const views = mapViews([...analyses.keys()]);
  return LOCALES.flatMap((locale) => views.map((view) => ({ params: { ...localeParams(locale), view }, props: { locale } })));
}) satisfies GetStaticPaths;

/**
 * The data one interactive map view loads, in an edition's words: `/map-data/<view>.json`,
 * `/ru/map-data/<view>.json`. The geometry is the same in every edition; the names and the live
 * map's words (popups, buttons, notes) are not.
 */
export const GET: APIRoute<{ locale: Locale }> = async ({ params, props }) => {
  const locale = isLocale(props.locale) ? props.locale : SOURCE_LOCALE;
  const { mapData } = await getModel(locale);
  const body: LiveMapData = { ...mapData(params.view!), words: dictionary(locale).maps.live };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
