import type { Formats } from '../format.ts';

type End = 'west' | 'east' | 'north' | 'south';
type FeatureKind = 'river' | 'lake' | 'mountains' | 'sea' | 'steppe' | 'valley' | 'desert' | 'plateau';
type Relation = 'follows' | 'crosses' | 'starts-at' | 'runs-through' | 'passes-near';
type RegionKind = 'oblys' | 'oblast' | 'krai' | 'republic' | 'viloyat' | 'welayat' | 'autonomous-region';

/** A border page: its infobox, facts in prose, features, regions, settlements, lengths and distances. */
export const border = {
  crumbBorders: 'Borders',
  mapLabel: (name: string) => `Map of the ${name} border with its regions, settlements and crossings`,
  staticMapLabel: (name: string) => `Static map of the ${name} border: its regions, settlements and numbered crossings`,
  infobox: {
    title: (name: string) => `${name} border`,
    countries: 'Countries',
    lengthOfficial: 'Length (official)',
    lengthSourcesDiffer: 'Length (sources differ)',
    compared: 'compared',
    lengthMeasured: 'Length (measured)',
    measuredOn: (km: string) => `${km} on Natural Earth 1:10m`,
    whyItDiffers: 'why it differs',
    established: 'Established',
    currentSince: 'Current since',
    tripoints: 'Tripoints',
    crossings: 'Crossings',
    regionsOnLine: 'Regions on the line',
    inKazakhstan: 'in Kazakhstan',
    /** `in Russia`: the country's name and its ISO code (for languages that decline names). */
    inCountry: (country: string, _code: string) => `in ${country}`,
  },
  end: { west: 'west', east: 'east', north: 'north', south: 'south' } satisfies Record<End, string>,
  /** Facts rendered inside prose by <Fact>. */
  fact: {
    lengthOr: (km: string) => `or ${km}`,
    about: (km: string) => `about ${km}`,
  },
  /** `8 in Kazakhstan (7 before the 2022 reform)`. */
  regionCountPhrase: (total: number, listed: number, label: string, reforms: number[], f: Formats) =>
    reforms.length === 0
      ? `${f.number(listed)} ${label}`
      : `${f.number(total)} ${label} (${f.number(listed)} before the ${f.list(reforms.map(String))} reform${reforms.length > 1 ? 's' : ''})`,
  /** `7 (8 since 2022)`. */
  regionCountText: (total: number, listed: number, reforms: number[], f: Formats) =>
    reforms.length === 0 ? f.number(listed) : `${f.number(listed)} (${f.number(total)} since ${f.list(reforms.map(String))})`,
  features: {
    tripoints: 'Tripoints',
    tripoint: (end: string, country: string, _code: string) => `${end} end: with ${country}`,
    naturalFeatures: 'Natural features',
    relation: {
      follows: 'follows',
      crosses: 'crosses',
      'starts-at': 'starts at',
      'runs-through': 'runs through',
      'passes-near': 'passes near',
    } satisfies Record<Relation, string>,
    kind: {
      river: 'river',
      lake: 'lake',
      mountains: 'mountains',
      sea: 'sea',
      steppe: 'steppe',
      valley: 'valley',
      desert: 'desert',
      plateau: 'plateau',
    } satisfies Record<FeatureKind, string>,
    /** `The line follows the Ural (river)`; the kind is left out when the name already says it. */
    line: (relation: string, name: string, kind: string) => `The line ${relation} the ${name}${name.toLowerCase().includes(kind) ? '' : ` (${kind})`}`,
  },
  regions: {
    heading: 'Regions along the border',
    intro:
      "First-level regions on each side, with the length of the border line that runs along each one, measured on Natural Earth's 1:10m geometry (a region's share counts the line within 2 km of its outline, so the shares of one side add up to roughly, not exactly, 100%).",
    sideLabel: (country: string) => `Regions on the ${country} side`,
    regionWord: (count: number): string => (count === 1 ? 'region' : 'regions'),
    region: 'Region',
    kind: 'Kind',
    borderLength: 'Border length',
    share: 'Share',
    notAvailable: 'n/a',
    kinds: {
      oblys: 'oblys',
      oblast: 'oblast',
      krai: 'krai',
      republic: 'republic',
      viloyat: 'viloyat',
      welayat: 'welayat',
      'autonomous-region': 'autonomous region',
    } satisfies Record<RegionKind, string>,
  },
  settlements: {
    heading: 'Settlements near the border',
    intro: "Towns and villages the sources list beside the line, west to east, with their distance from it measured on Natural Earth's line.",
    fromLine: (km: string) => `${km} from the line`,
  },
  measured: {
    heading: 'Official and measured length',
    disagree: 'The sources disagree on the length. Each reading is kept with its source:',
    caption: 'Lengths of the border given by different sources',
    length: 'Length',
    source: 'Source',
    note: 'Note',
    sourcesGive: (count: number): string => (count > 1 ? 'are the lengths the sources give' : 'is the length the source gives'),
    measuredBefore: "Measured on the line this atlas draws — Natural Earth's 1:10m boundaries",
    /** Follows the citation mark directly: starts with its own space where the language wants one. */
    measuredAfter: (km: string, percent: string, several: boolean) => ` — it comes to ${km}, ${percent} less${several ? ' than the first of them' : ''}.`,
    why: "The difference is one of scale, not a disagreement about where the border runs: a line generalised for maps at 1:10 million keeps the border's overall course but smooths away the small bends, river meanders and zigzags that a survey follows metre by metre, and every smoothed bend shortens it. Lengths measured on maps always grow with detail, so the official figure is the one to quote; the measured line serves for positions, distances and shares.",
    noOfficialBefore: "The sources give no official length. Measured on Natural Earth's 1:10m boundaries",
    noOfficialAfter: (km: string) =>
      `, the line is ${km} long; a surveyed figure would be longer, since generalised lines smooth away the small bends a survey follows.`,
  },
  distances: {
    heading: "How close the line comes: the sources' distances, recomputed",
    intro:
      "The source quotes distances from these cities to the border. The atlas measures the same distances from each city's coordinates to the nearest point of Natural Earth's line. A city centre, a city boundary and a generalised line give different answers, so expect the figures to agree in size, not to the kilometre.",
    label: 'Distances to cities',
    city: 'City',
    side: 'Side of the line',
    sourceSays: 'Source says',
    atlasMeasures: 'Atlas measures',
    neither: 'neither',
    direction: { north: 'north', south: 'south', east: 'east', west: 'west' } satisfies Record<End, string>,
    sideText: (side: string, direction: string) => `${side} (${direction} of the line)`,
  },
};
