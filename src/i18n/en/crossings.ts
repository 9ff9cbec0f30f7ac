/** Crossings: the crossing pages, the directory, the status wording and the labels of the crossing enums. */
import type { Mode, Restriction, StatusValue } from '../../schemas/crossings.ts';
import type { Script } from '../../schemas/common.ts';

type ScriptName = (typeof Script)['options'][number];
import type { Formats } from '../format.ts';

/** How a crossing can be used, as it reads inside a sentence or list (`road and rail`). */
const mode: Record<Mode, string> = { road: 'road', rail: 'rail', pedestrian: 'pedestrian', hiking: 'hiking' };

/** Limits on who may cross or when, as they read inside a list. */
const restriction: Record<Restriction, string> = {
  'locals-only': 'locals only',
  'summer-only': 'summer only',
  bilateral: 'bilateral',
  'daytime-only': 'daytime only',
};

/** The status word as a reader sees it (a table cell, a legend, a popup). */
const status: Record<StatusValue, string> = { open: 'Open', restricted: 'Restricted', seasonal: 'Seasonal', closed: 'Closed', listed: 'Listed' };

const years = (n: number, f: Formats): string => `${n} ${f.plural(n, { one: 'year', other: 'years' })}`;

/** Sentences about a crossing's status (src/views/status.ts); `date` is a partial date (`2024-05`). */
const phrase = {
  /** `Open — last confirmed May 2024`, `… in 2019`. */
  open: (date: string, f: Formats) => `Open — last confirmed ${date.length === 4 ? `in ${date}` : f.date(date)}`,
  listed: (date: string, f: Formats) => `Listed in a source of ${f.date(date)}; working status not stated`,
  /** Any other status: `Closed — as of 5 February 2025`. */
  other: (label: string, date: string, f: Formats) => `${label} — as of ${f.date(date)}`,
  /** For tables: `Open, May 2024`. */
  short: (label: string, date: string, f: Formats) => `${label}, ${f.date(date)}`,
  /** The flag of an old reading: `5 years old`. */
  flag: (age: number, f: Formats) => `${years(age, f)} old`,
  staleNotice: (age: number, date: string, limit: number, neighbour: string, f: Formats) =>
    `The newest reading the atlas holds is at least ${years(age, f)} old (${f.date(date)}); ` +
    `readings older than ${years(limit, f)} may no longer hold. ` +
    `Check the crossing's current status with the border services of Kazakhstan or ${neighbour} before travelling.`,
  dateFromText: ' (date read from the text)',
  whoMayCross: 'Who may cross:',
  hours: 'Hours:',
};

/** The status lead and history on a crossing page. */
const statusBlock = {
  allReadings: (n: number) => `All ${n} readings`,
  checkBeforeTravelling: 'Check before travelling.',
  historyHeading: 'Status history',
  historyLabel: 'Status readings, newest first',
  date: 'Date',
  status: 'Status',
  reported: 'What the source reported',
  old: 'old',
  noteBefore: 'Newest first. A reading is marked',
  noteAfter: (limit: number) => ` when it is ${limit} or more years old on the day this page was built; readings from different sources can disagree.`,
  offPaper: (n: number) => `${n} earlier reading${n === 1 ? '' : 's'} on the page online.`,
};

/** "About this data" and the print button. */
const aboutData = {
  title: 'About this data',
  notes: (n: number) => `(${n} ${n === 1 ? 'note' : 'notes'} from the editors)`,
};
const printSheet = 'Print reference sheet';

/** A border's crossings table (CrossingTable) and section (CrossingsSection). */
const table = {
  number: 'No.',
  kazakhSide: 'Kazakhstan side',
  neighbourSide: (country: string) => `${country} side`,
  modes: 'Modes',
  restrictionsStatus: 'Restrictions; status',
  restrictions: 'Restrictions',
  fromWestEnd: 'From west end',
  map: 'Map',
  noneStated: 'none stated',
  via: 'via',
  showOnMap: 'Show on map',
  showOnMapLabel: (name: string) => `Show on map: ${name}`,
};
const section = {
  heading: 'Crossings',
  intro: (n: number) => `${n} crossings, numbered from west to east by where each one meets the line.`,
  meanSpacing: (km: string) => `On average they lie ${km} apart along the line. `,
  gap: (km: string, percent: string) => `The longest stretch without one runs for ${km} (${percent} of the measured line)`,
  between: 'between',
  and: 'and',
  from: 'from',
  toEastEnd: 'to the eastern end of the line',
  fromWestEndTo: 'from the western end of the line to',
  wholeLine: 'along the whole line',
  centred: (where: string) => `, centred near ${where}.`,
  directoryBefore: 'Each crossing has its own page; the full directory of all borders is at',
  directoryLink: 'Crossings',
  tooMany: 'Too many to list on this page. By their newest status reading:',
  statusCount: (label: string, n: number) => `${n} ${label.toLowerCase()}`,
  staleTail: (stale: number, total: number, limit: number) =>
    `; for ${stale} of the ${total} that reading is ${limit} or more years old, so check those before travelling.`,
  allOnBorder: (total: number, border: string) => `All ${total} crossings on the ${border} border, west to east, in the crossings directory`,
  caption: (border: string) => `Crossings on the ${border} border, west to east`,
};

/** One crossing's page. */
const page = {
  title: (label: string) => `${label} crossing`,
  description: (title: string, border: string, modes: string) =>
    `${title} on the ${border} border: names on both sides, ${modes} traffic, location, neighbours and sources.`,
  ogAlt: (border: string) => `Map of the ${border} border and its crossings`,
  leadBefore: (n: number, total: number) => `Crossing ${n} of ${total} on the`,
  borderLink: (border: string) => `${border} border`,
  leadAfter: ', counted from the west;',
  mapLabel: (title: string) => `Map around the ${title}`,
  staticMapLabel: (title: string) => `Static map of the area around the ${title}, with the border line and nearby crossings`,
  atAGlance: 'At a glance',
  border: 'Border',
  modes: 'Modes',
  restrictions: 'Restrictions',
  noneStated: 'none stated by the sources',
  operatingHours: 'Operating hours',
  classification: 'Classification',
  status: 'Status',
  coordinates: 'Coordinates',
  precision: { crossing: 'where the route meets the line', settlement: 'settlement centre', approximate: 'approximate' },
  nearApproximate: (place: string, km: string) => `near ${place}, may be off by up to ${km}`,
  along: 'Along the border',
  alongValue: (position: string, offset: string) => `${position} from the west end; ${offset} from the line`,
  names: 'Names on both sides',
  otherNames: 'Other names',
  script: { latin: 'Latin', cyrillic: 'Cyrillic', chinese: 'Chinese' } satisfies Record<ScriptName, string>,
  settlement: 'Settlement',
  region: 'Region',
  district: 'District',
  location: 'Location',
  approximateHeading: 'Approximate position.',
  approximate: (distance: string, place: string, country: string, named: boolean, offBy: string) =>
    `The atlas does not have the checkpoint's own position: the point on the maps is set on the border line ${distance} from ${place} (${country}), ` +
    `${named ? 'the place the crossing is named after' : 'the nearest settlement in the atlas'}. The checkpoint itself may be up to about ${offBy} away, so the maps draw the point as approximate.`,
  listings: 'In other checkpoint lists',
  listedAs: 'Listed as',
  listedIn: (region: string, date: string, operating: number | undefined) =>
    ` (${region}) in a list of checkpoint locations dated ${date}${operating ? `, which counts ${operating} operating checkpoints on the border` : ''}.`,
  nearby: 'Nearby',
  west: 'West:',
  east: 'East:',
  noneWest: 'none (the westernmost crossing)',
  noneEast: 'none (the easternmost crossing)',
  alongLine: (km: string) => `, ${km} along the line`,
  nearestCrossings: 'Nearest crossings',
  nearestSettlements: 'Nearest settlements',
  distancesNote: "Distances are straight-line (great-circle) between the atlas's coordinates; road distances are longer.",
  seeInTable: (border: string) => `See it in the ${border} crossings table`,
  seeInDirectory: 'See it in the crossings directory',
  listNote: (name: string, date: string) => `${name} (list of ${date})`,
};

/** The crossings directory (/crossings/). */
const directory = {
  title: 'Border crossings',
  description: "Every crossing on Kazakhstan's borders in one sortable, filterable table with both sides' names, modes, restrictions and a map.",
  lead: (crossings: number, borders: number, stale: number, limit: number) =>
    `${crossings} crossings on ${borders} of Kazakhstan's borders, each with the checkpoint's name on both sides. Filter by border, mode or restriction; ` +
    `sort by any column. Numbers run border by border, west to east within each, and match the map. Each status is the newest reading with its date; ` +
    `${stale} of them are marked old (${limit} years or more) — check those before travelling.`,
  changesLink: 'What changed',
  changesAfter: 'lists the readings newest first.',
  counts: 'Counts',
  mapLabel: "Map of every crossing on Kazakhstan's borders",
  staticMapLabel: "Static map of Kazakhstan's borders with every crossing numbered along its border",
  filters: 'Filter crossings',
  border: 'Border',
  allBorders: 'All borders',
  mode: 'Mode',
  anyMode: 'Any mode',
  restriction: 'Restriction',
  anyRestriction: 'Any',
  noneStated: 'None stated',
  clear: 'Clear',
  /** `{shown}` and `{total}` are filled in by the page script. */
  shown: '{shown} of {total} crossings shown',
  tableLabel: 'All crossings',
  caption: 'All crossings, grouped by border and numbered west to east',
  columns: {
    border: 'Border',
    number: 'No.',
    kazakh: 'Kazakhstan side',
    other: 'Other side',
    modes: 'Modes',
    restrictions: 'Restrictions',
    status: 'Status (newest reading)',
    hoursClass: 'Operating mode / class',
  },
  /** Labels of the fields when each row becomes a card on a phone. */
  cards: { status: 'Status', hoursClass: 'Hours, class' },
  listingHeading: (russian: boolean, date: string) => `Checkpoint locations by ${russian ? 'Russian federal subject' : 'region'}, ${date}`,
  listingSource: 'The source',
  quote: { open: '“', close: '”' },
  listingText: (border: string, kazakhSide: boolean, operating: number | undefined, regions: number | undefined) =>
    ` lists the ${border} checkpoints by where they stand on the ${kazakhSide ? 'Kazakh' : 'far'} side` +
    `${operating ? `, counting ${operating} operating at that date` : ''}${regions ? ` in ${regions} regions` : ''}.`,
  allMatch: 'Every entry matches one of the crossings above.',
  someMatch: 'Its names do not always match the crossing pairs above; each entry below is matched where it can be.',
  listingLabel: (border: string) => `Entries of the ${border} checkpoint list`,
  nameInList: 'Name in the list',
  region: 'Region',
  inAtlas: 'Crossing in the atlas',
  noMatch: 'no matching pair',
};

/** What changed (/changes/). */
const changes = {
  title: 'What changed',
  titlePaged: (page: number, pages: number) => `What changed, page ${page} of ${pages}`,
  description: (page: number, pages: number, feed: boolean) =>
    `Dated status readings of every crossing on Kazakhstan's borders and events on the borders, newest first, each with its source${
      page > 1 ? `: page ${page} of ${pages}` : feed ? '; also as an Atom feed' : ''
    }.`,
  lead: (readings: number, events: number, limit: number) =>
    `${readings} dated status readings of the crossings and ${events} events on the borders, newest first. Each links to its crossing or border and cites its source; a reading ${limit} or more years old is marked`,
  old: 'old',
  feedBefore: 'Follow it in a feed reader:',
  feedLink: 'Atom feed',
  feedAfter: '.',
  to: 'to',
  statusReading: 'Status reading',
  event: 'Event',
  pagesLabel: 'Pages of changes',
  newer: 'Newer',
  older: 'Older',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
};

export const crossings = { mode, restriction, status, phrase, statusBlock, aboutData, printSheet, table, section, page, directory, changes };
