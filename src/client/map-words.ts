/**
 * What the live map says, in the page's language (src/i18n/<locale>/maps.ts, `live`). The notes it
 * may need before its data arrives (loading, no WebGL, the data failed) travel with the element as
 * JSON in `data-notes` (AtlasMap.astro); everything else comes with the edition's map data
 * (`words` in /map-data/<view>.json, /ru/map-data/<view>.json), so no page carries it. Browser-safe.
 */
import type { MapData } from '../map/map-data.types.ts';

export interface MapWords {
  words: Record<string, string>;
  modes: string;
  restrictions: string;
  oldReading: string;
  approximate: string;
  details: string;
  marker: string;
  group: string;
  mapTitle: string;
  noWebgl: string;
  httpError: string;
  loading: string;
  failed: string;
  contextLost: string;
  timedOut: string;
  /** MapLibre's interface strings by its keys (`NavigationControl.ZoomIn`, …). */
  maplibre: Record<string, string>;
}

/** The notes shown before the map data has arrived: in `data-notes` of every map box. */
export const NOTE_KEYS = ['noWebgl', 'httpError', 'loading', 'failed'] as const;
export type MapNotes = Pick<MapWords, (typeof NOTE_KEYS)[number]>;

/** A view's live map data as the browser loads it: the geometry and names, and the live map's words. */
export type LiveMapData = MapData & { words: MapWords };

/** The notes the element carries; a map box rendered without them is a build error, so this throws. */
export function mapNotes(host: HTMLElement): MapNotes {
  const json = host.dataset.notes;
  if (!json) throw new Error('<atlas-map> has no data-notes');
  return JSON.parse(json) as MapNotes;
}

/** `{name}` and the like in a template, filled in. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** Modes or restrictions in the page's words, comma-separated. */
export const listed = (w: MapWords, list: readonly string[]): string => list.map((x) => w.words[x] ?? x).join(', ');

/** An error whose message is itself the note the reader sees (it already says the static map stays). */
export class MapNote extends Error {}
