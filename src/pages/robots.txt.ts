import type { APIRoute } from 'astro';
import { routes } from '../site/routes.ts';

/**
 * `/robots.txt`: everything may be crawled; the sitemap lists the pages. The search bundle and
 * the interactive maps' data are files for the pages' scripts, not pages, so they stay out.
 */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /', 'Disallow: /pagefind/', 'Disallow: /map-data/', ''];
  if (site) lines.push(`Sitemap: ${new URL(routes.sitemap(), site).href}`, '');
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
