import { defineMiddleware } from 'astro:middleware';
import { renumberPage } from './site/citations.ts';
import { loadCheckedAtlas } from './data/load.ts';
import { localeOfPath } from './i18n/locales.ts';

/** Numbers each page's citations from [1] in reading order and dates its facts (see `renumberPage`). */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const locale = localeOfPath(context.url.pathname);
  return new Response(renumberPage(html, loadCheckedAtlas().sources, locale), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
