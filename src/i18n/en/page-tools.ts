import type { Formats, PluralForms } from '../format.ts';
import type { ResultKind } from '../../shared/search-result.ts';

/** What every page carries around its content: citation, sources list, QR code, contents, search, theme. */
export const pageTools = {
  citeThisPage: 'Cite this page',
  /** The citation as text (the site name, the page title, dates and address are filled in). */
  citation: (site: string, title: string, dataChanged: string) => `${site}. “${title}.” Data last changed ${dataChanged}.`,
  accessed: 'accessed',
  copyCitation: 'Copy citation',
  copyBibtex: 'Copy BibTeX',
  copyCsl: 'Copy CSL-JSON',
  copied: 'Copied.',
  copyFailed: 'Copying failed; select the text instead.',
  reportCorrection: 'Report a correction',
  toThisPage: 'to this page.',
  sources: 'Sources',
  read: 'read',
  onlineVersion: 'Online version',
  qrLabel: (url: string) => `QR code of ${url}`,
  onThisPage: 'On this page',
  /** The print header's and footer's dating of a page's facts: `2013–2026`, with the number of undated sources. */
  factsDated: (span: string, undated: number, f: Formats) => `Facts from sources dated ${span}${undated ? ` (and ${f.number(undated)} undated)` : ''}.`,
  factsUndated: 'Facts from sources that give no date.',
  search: {
    formLabel: 'Search the atlas',
    formLabelPage: 'Search the atlas from this page',
    inputLabel: 'Search places, crossings and pages',
    placeholder: 'Search…',
    unavailable: 'Search is not available in this copy of the atlas (no search index was built).',
    noResults: (query: string) => `No results for “${query}”.`,
    /** `12 results` (the browser picks the form with Intl.PluralRules). */
    resultWord: { one: 'result', other: 'results' } as PluralForms,
    topShown: (shown: string) => `, top ${shown} shown`,
    kinds: { crossing: 'Crossing', border: 'Border', page: 'Page', settlement: 'Settlement', region: 'Region', town: 'Town' } satisfies Record<
      ResultKind,
      string
    >,
  },
  darkTheme: 'Dark theme',
};
