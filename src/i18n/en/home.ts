import type { Formats } from '../format.ts';

/** The home page: the atlas's overview. */
export const home = {
  title: "Kazakhstan's borders",
  description:
    "A sourced reference to Kazakhstan's international borders: lengths, regions, settlements, every crossing and its rules, with maps that work offline and print cleanly.",
  lead: (neighbours: string, crossings: number, f: Formats) =>
    `Kazakhstan shares land borders with ${neighbours}. This atlas documents them line by line: how long they are and why the figures differ, which regions and towns lie along them, and ${f.number(crossings)} crossings with their names on both sides. Every figure links to its source.`,
  mapLabel: "Overview map of Kazakhstan's borders and crossings",
  staticMapLabel: 'Static map of Kazakhstan, its neighbours, the borders between them and the numbered crossings',
  bordersHeading: 'The borders',
  lengthSourcesDiffer: 'Length (sources differ)',
  officialLength: 'Official length',
  measuredLine: 'Measured line',
  crossingsInAtlas: 'Crossings in the atlas',
  notCovered: (country: string) => `Drawn on the maps; the atlas's sources do not yet cover the ${country} border.`,
  exploreHeading: 'Explore the atlas',
  sections: {
    crossings: {
      title: 'Border crossings',
      text: (count: number, f: Formats) => `All ${f.number(count)} crossings in one table, filterable by border, mode and restriction, each with its own page.`,
    },
    travel: {
      title: 'Crossing rules',
      text: 'Visa-free stays, documents, migration cards, registration, vehicles and customs allowances between Kazakhstan and Russia.',
    },
    migration: {
      title: 'Migration study',
      text: 'Who crosses the Kazakhstan–Russia border in Omsk and Orenburg oblasts, how often and why, from a field survey.',
    },
    transnationalIssues: {
      title: 'Transnational issues',
      text: 'Kazakhstan and Russia side by side: disputes and demarcation, drugs, refugees and trafficking.',
    },
    sources: { title: 'Sources', text: 'The bibliography: every document and dataset behind the atlas, and what cites each one.' },
    data: { title: 'Open data', text: 'Crossings, settlements, borders and regions as GeoJSON and CSV, with JSON Schemas.' },
  },
};
