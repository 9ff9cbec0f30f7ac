/** The transnational-issues page: the factbook table, the border statements and the head counts. */
export const transnational = {
  crumb: 'Transnational issues',
  /** `Kazakhstan–Russia border` (a border's name). */
  borderName: (name: string) => `${name} border`,
  noLandBorder: 'Kazakhstan and Russia, no land border named',
  /** `Kazakhstan's entry, refugees, as of 2019` (country name and ISO code, for languages that decline names). */
  entryMeta: (country: string, _code: string, topic: string, year: number) => `${country}'s entry, ${topic.toLowerCase()}, as of ${year}`,
  /** Before the publisher's name, which stays as written. */
  sourceIntro: 'Entries from the',
  describes: (period: string) => `; the figures describe ${period}. Each entry gives the year it describes.`,
  keyText: " marks a statement about one of Kazakhstan's own borders.",
  topic: 'Topic',
  asOf: (year: number) => `as of ${year}`,
  noEntry: 'no entry',
  /** A head count's origin: ` from Ukraine`. */
  origin: (origin: string) => ` from ${origin}`,
  statelessTitle: (years: string[]) => `Stateless persons, ${years.join(' and ')}`,
  statelessColumns: ['Country', 'Stateless persons'] as [string, string],
  otherCounts: 'Other counts in the same entries:',
};
