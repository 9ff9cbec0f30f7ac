/** A border page's history (src/components/Timeline.astro) and the population section (PopulationSection.astro). */
export const history = {
  otherSourcesDate: 'Other sources date it',
  /** Between the dates other sources give: `, ` and ` and ` before the last. */
  dateSeparator: (last: boolean): string => (last ? ' and ' : ', '),
  population: {
    heading: 'Russians in Kazakhstan',
    /** `first`/`last` are formatted shares; `estimate` when the last figure is an estimate. */
    text: (first: string, firstYear: number, last: string, lastYear: number, estimate: boolean) =>
      `The share of ethnic Russians in Kazakhstan's population fell from ${first} in ${firstYear} to ${last} in ${lastYear}${estimate ? ' (an estimate)' : ''}; many of those who remain live in the north, close to the Russian border.`,
    chartTitle: "Ethnic Russians as a share of Kazakhstan's population",
    chartSummary: (censusYears: number[], estimateYear: number | undefined) =>
      `Census years ${censusYears.join(', ')}${estimateYear === undefined ? '' : ` and an estimate for ${estimateYear}`}.`,
    columns: ['Year', 'Russians (share of population)'] as [string, string],
    yearLabel: (year: number, estimate: boolean) => `${year}${estimate ? ' (est.)' : ''}`,
  },
};
