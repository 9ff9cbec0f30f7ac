import type { PluralForms } from '../format.ts';

type SourceKind = 'encyclopedia' | 'web-page' | 'research-paper' | 'factbook' | 'dataset' | 'legal-act' | 'editorial';

/** The sources page (`/sources/`): the bibliography, each source's details and what cites it. */
export const bibliography = {
  title: 'Sources',
  description:
    'The bibliography of the Kazakhstan Border Atlas: every document and dataset its facts and maps come from, with licences and what cites each one.',
  lead: 'Every fact in the atlas cites one of these. Each page numbers its own sources from [1] in the order it first cites them; every citation links here. The atlas restates facts in its own words; where sources disagree it shows each reading with its source. Public documents link to the copy the editors read, with the date they read it.',
  kinds: {
    encyclopedia: 'Encyclopedia article',
    'web-page': 'Web page',
    'research-paper': 'Research paper',
    factbook: 'Factbook data',
    dataset: 'Dataset',
    'legal-act': 'Legal act',
    editorial: 'Editorial',
  } satisfies Record<SourceKind, string>,
  published: 'published',
  dataFor: (period: string) => ` · data for ${period}`,
  npmPackage: 'npm package',
  /** A source's licence in the page's language (the data states it in English); undefined keeps it as written. */
  licence: (licence: string): string | undefined => licence,
  onlineAt: 'Online at',
  read: 'read',
  noPublicAddress: 'No public address:',
  noStoredCopy: 'no stored public copy of this document was found',
  editorsOwn: 'the editors’ own work, published here',
  noneRecorded: 'none recorded yet',
  citedBy: { one: 'Cited by {n} record', other: 'Cited by {n} records' } as PluralForms,
  groups: {
    borders: 'Borders',
    crossings: 'Crossings',
    regions: 'Regions',
    settlements: 'Settlements',
    history: 'History',
    otherPages: 'Other pages',
    mapLabels: 'Russian names on the maps',
  },
  populationCiter: 'Russians in Kazakhstan, census figures',
  listingCiter: (border: string) => `Checkpoint list for the ${border} border`,
  travelCiter: 'Crossing rules',
  migrationCiter: 'Migration study',
  transnationalCiter: 'Transnational issues',
  seeAlso: 'See also the',
  borders: 'borders',
  and: 'and the',
  crossings: 'crossings',
};
