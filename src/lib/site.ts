import { routes } from './routes.ts';

export const SITE_NAME = 'Kazakhstan Border Atlas';

/** When the editors last checked the data against the sources (ISO date). */
export const DATA_REVIEWED = '2026-11-29';

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
