/**
 * Maps: the static maps' own words (scale, heights, marker names), the legend and key, and what the
 * live map says in its popups, buttons and notes (handed to the browser as JSON by AtlasMap.astro).
 */
import type { Formats } from '../format.ts';

/** What the live map in the browser says: plain strings, `{n}`/`{names}`/`{name}`/`{modes}`/`{status}`/`{message}` filled in by the client. */
const live = {
  /** A crossing's mode or restriction, as the popup and the markers' names list them. */
  words: {
    road: 'road',
    rail: 'rail',
    pedestrian: 'pedestrian',
    hiking: 'hiking trail',
    'locals-only': 'locals only',
    'summer-only': 'summer only',
    bilateral: 'two countries’ citizens only',
    'daytime-only': 'daytime only',
  } as Record<string, string>,
  modes: 'Modes: {list}',
  restrictions: 'Restrictions: {list}',
  oldReading: 'old reading',
  approximate: 'Position approximate',
  details: 'Crossing details',
  /** A marker's accessible name: "Khorgos – Khorgos crossing, road". */
  marker: '{name} crossing, {modes}',
  group: '{n} crossings close together: {names}. Zoom in',
  mapTitle: 'Map',
  noWebgl: 'Interactive map unavailable in this browser: showing the static map.',
  httpError: 'Map data could not be loaded (HTTP {status}): showing the static map.',
  loading: 'Loading the interactive map…',
  failed: 'The interactive map failed to load ({message}): showing the static map.',
  contextLost: 'The interactive map stopped (graphics context lost): showing the static map.',
  timedOut: 'timed out',
  /** MapLibre's own interface strings the map shows (its `locale` option; these are its English defaults). */
  maplibre: {
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'Popup.Close': 'Close popup',
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Meters': 'm',
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
  } as Record<string, string>,
};

export const maps = {
  /** Scale bar of a static map (`500 km`). */
  scale: (km: number, _f: Formats) => `${km} km`,
  /** A peak's label (`Pik Pobeda 7,439 m`). */
  peak: (name: string, metres: number, _f: Formats) => `${name} ${metres.toLocaleString('en-GB')} m`,
  /** Flags on a crossing marker's accessible name. */
  markerOld: ' (old reading)',
  markerApproximate: ' (approximate position)',
  loadButton: 'Load interactive map',
  legendLabel: 'Map legend',
  legend: {
    land: 'Kazakhstan (left) and its neighbours',
    regions: 'Regions on this border, Kazakh side (left) and other side',
    border: 'Border shown (river blue in its gaps)',
    otherBorder: 'Other border of Kazakhstan',
    river: 'River',
    lake: 'Lake or sea',
    settlements: 'Settlements, Kazakh side (left) and other side',
    town: 'Town (Natural Earth)',
    capital: 'National capital',
    peak: 'Peak, height in metres',
    relief: 'Range, desert, plain',
    /** The swatch's sample letters for relief names. */
    reliefSample: 'Aa',
    crossings: 'Crossings: road, rail, pedestrian or hiking',
    restricted: 'Restricted crossing (locals or summer only): a ring',
    selected: 'Selected crossing',
    approximate: 'Position approximate (a settlement or an estimate, not the crossing point)',
    stale: (years: number, _f: Formats) => `Newest status reading is old (more than ${years} years)`,
    moved: 'Crossing moved apart: line to its true spot',
  },
  key: {
    lettered: 'Places marked by a letter:',
    unmatched: (names: readonly string[]) =>
      `Not named on this map: ${names.join(', ')}. The sources name them as features of this border; the Natural Earth layers the map is drawn from carry no named feature for them.`,
    omitted: (n: number, shown: number, _f: Formats) =>
      `${n} more ${n === 1 ? 'crossing lies' : 'crossings lie'} in this frame; the map draws the ${shown} nearest, and the border's own map shows them all.`,
    thinned: (n: number, _f: Formats) =>
      `${n} ${n === 1 ? 'crossing stands' : 'crossings stand'} too close to others to be drawn at this scale; the lists of crossings hold them all.`,
    tableBefore: 'The crossings are numbered as in ',
    tableLink: 'the table of crossings',
    tableAfter: ' below.',
    numbered: 'Numbered crossings on this map:',
  },
  live,
};
