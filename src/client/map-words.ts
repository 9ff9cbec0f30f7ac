/**
 * What the live map says, in the page's language: AtlasMap.astro renders the edition's words
 * (src/i18n/<locale>/maps.ts, `live`) as JSON in the element's `data-words`. Browser-safe.
 */

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

/** The words the element carries; a map box rendered without them is a build error, so this throws. */
export function mapWords(host: HTMLElement): MapWords {
  const json = host.dataset.words;
  if (!json) throw new Error('<atlas-map> has no data-words');
  return JSON.parse(json) as MapWords;
}

/** `{name}` and the like in a template, filled in. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** Modes or restrictions in the page's words, comma-separated. */
export const listed = (w: MapWords, list: readonly string[]): string => list.map((x) => w.words[x] ?? x).join(', ');

/** An error whose message is itself the note the reader sees (it already says the static map stays). */
export class MapNote extends Error {}
