import { routes } from './routes.ts';

export const SITE_NAME = 'Kazakhstan Border Atlas';

/**
 * A page's public address (canonical link, OpenGraph URL, citation, QR code). The public origin is
 * `SITE_URL` at build time, read in astro.config.mjs and handed to pages as `Astro.site`; without
 * it there is no absolute address and this is undefined: the build never invents one.
 */
export const canonicalUrl = (pathname: string, site: URL | undefined): string | undefined => (site ? new URL(pathname, site).href : undefined);

/** When the editors last checked the data against the sources (ISO date). */
export const DATA_REVIEWED = '2026-11-29';

/**
 * Where readers report a correction (a form, an issue tracker or a mailto: address), from `ATLAS_CORRECTIONS_URL`
 * at build time. Without it pages show no correction link: the build never invents an address.
 */
export const CORRECTIONS_URL: string | undefined = globalThis.process?.env?.ATLAS_CORRECTIONS_URL?.trim() || undefined;

/** Main navigation, in reading order. */
export const NAV: readonly { href: string; label: string }[] = [
  { href: routes.home(), label: 'Borders' },
  { href: routes.crossings(), label: 'Crossings' },
  { href: routes.travel(), label: 'Travel rules' },
  { href: routes.migration(), label: 'Migration study' },
  { href: routes.transnationalIssues(), label: 'Transnational issues' },
  { href: routes.sources(), label: 'Sources' },
  { href: routes.data(), label: 'Data' },
];
