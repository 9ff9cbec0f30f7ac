/**
 * The atlas map palette: one set of colours shared by the MapLibre style, the HTML legend and the
 * build-time SVG twin, so the three cannot drift apart.
 *
 * Chosen for contrast, and tested (tests/unit/map-style.test.ts):
 * - label text (`label.text`) on every land and region fill is at least 4.5:1 (WCAG 1.4.3);
 * - every symbol colour (border line, settlement, crossing, selection ring) against the fills it
 *   sits on is at least 3:1 (WCAG 1.4.11, non-text contrast);
 * - crossing modes differ in hue *and* the restricted variant differs in shape (a hollow ring),
 *   so the legend does not rely on colour alone.
 * Colours are plain 6-digit hex so every consumer (WebGL, SVG attributes, CSS) reads them alike.
 */

/** A CSS colour as `#rrggbb`. */
export type Hex = `#${string}`;

/** Primary mode a crossing symbol shows (`pedestrian` also covers hiking trails). */
export type CrossingMode = 'road' | 'rail' | 'pedestrian';

/** Fill and outline of a shaded area. */
export interface AreaColours {
  fill: Hex;
  outline: Hex;
}

/** Colours of one crossing mode: a solid dot, or a hollow ring when access is restricted. */
export interface CrossingColours {
  /** Fill of an open crossing, and ring colour of a restricted one. */
  fill: Hex;
  /** Inside of the ring of a restricted (locals-only, summer-only) crossing. */
  restricted: Hex;
}

export interface Palette {
  /** Sea and lakes: the map background. */
  water: Hex;
  land: {
    /** Countries shown for context only. */
    context: Hex;
    /** Countries sharing a border with Kazakhstan. */
    neighbour: Hex;
    /** Kazakhstan. */
    kazakhstan: Hex;
    /** Thin outline between context countries. */
    outline: Hex;
  };
  /** Regions (oblys, federal subject, oblast) on the page's border, by side. */
  region: {
    kazakh: AreaColours;
    neighbour: AreaColours;
  };
  border: {
    /** The border(s) the page is about. */
    emphasis: Hex;
    /** Light casing under the emphasised line, so it reads on any fill. */
    casing: Hex;
    /** Kazakhstan's other borders. */
    other: Hex;
  };
  /** Settlement dots by side, with a light stroke to separate them from fills. */
  settlement: {
    kazakh: Hex;
    neighbour: Hex;
    stroke: Hex;
  };
  crossing: Record<CrossingMode, CrossingColours> & {
    /** Stroke around open crossing dots. */
    stroke: Hex;
    /** The crossing's number on an open (solid) dot; on a restricted ring it is `label.text`. */
    number: Hex;
  };
  /** The selected crossing: a dark ring inside a bright halo. */
  selection: {
    ring: Hex;
    halo: Hex;
  };
  label: {
    /** Text of every map label. */
    text: Hex;
    /** Halo behind label text. */
    halo: Hex;
    /** Country names (context), still ≥ 4.5:1 on the fills. */
    muted: Hex;
  };
}

/** The atlas palette. */
export const palette: Palette = {
  water: '#d4e6f1',
  land: {
    context: '#efede8',
    neighbour: '#e3ded3',
    kazakhstan: '#fdf5d8',
    outline: '#a39e93',
  },
  region: {
    kazakh: { fill: '#f8e9b8', outline: '#8c7a3c' },
    neighbour: { fill: '#d9dde6', outline: '#6b7488' },
  },
  border: {
    emphasis: '#b3261e',
    casing: '#ffffff',
    other: '#5f5a52',
  },
  settlement: {
    kazakh: '#0b5394',
    neighbour: '#3d3d3d',
    stroke: '#ffffff',
  },
  crossing: {
    road: { fill: '#b54708', restricted: '#fde8d7' },
    rail: { fill: '#166534', restricted: '#dcf3e3' },
    pedestrian: { fill: '#6b21a8', restricted: '#efe2fb' },
    stroke: '#ffffff',
    number: '#ffffff',
  },
  selection: {
    ring: '#111827',
    halo: '#facc15',
  },
  label: {
    text: '#1c1b19',
    halo: '#ffffff',
    muted: '#4a463f',
  },
};

/** Every colour of a palette with its dotted path (`crossing.road.fill`), for tests and legends. */
export function paletteEntries(p: Palette): [path: string, colour: string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') out.push([path.join('.'), value]);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(p, []);
  return out;
}
