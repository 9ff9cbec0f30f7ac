import { dictionary } from '../i18n/dictionary.ts';
import type { Locale } from '../i18n/locales.ts';
import { routesFor } from './routes.ts';

/** The atlas's name in English (the name of the English edition). */
export const SITE_NAME = dictionary('en').layout.siteName;

/**
 * A page's public address (canonical link, OpenGraph URL, citation, QR code). The public origin is
 * `SITE_URL` at build time, read in astro.config.mjs and handed to pages as `Astro.site`; without
 * it there is no absolute address and this is undefined: the build never invents one.
 */
export const canonicalUrl = (pathname: string, site: URL | undefined): string | undefined => (site ? new URL(pathname, site).href : undefined);

/** When the editors last checked the data against the sources (ISO date). */
export const DATA_REVIEWED = '2026-12-04';

/**
 * Where readers report a correction (a form, an issue tracker or a mailto: address), from `ATLAS_CORRECTIONS_URL`
 * at build time. Without it pages show no correction link: the build never invents an address.
 */
export const CORRECTIONS_URL: string | undefined = globalThis.process?.env?.ATLAS_CORRECTIONS_URL?.trim() || undefined;

/** Main navigation of an edition, in reading order. */
export function navigation(locale: Locale): readonly { href: string; label: string }[] {
  const routes = routesFor(locale);
  const label = dictionary(locale).layout.nav;
  return [
    { href: routes.home(), label: label.home },
    { href: routes.crossings(), label: label.crossings },
    { href: routes.travel(), label: label.travel },
    { href: routes.migration(), label: label.migration },
    { href: routes.transnationalIssues(), label: label.transnationalIssues },
    { href: routes.sources(), label: label.sources },
    { href: routes.data(), label: label.data },
  ];
}
