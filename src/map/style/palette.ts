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
  /** River lines (drawn under the borders, so a border along a river shows over it). */
  river: Hex;
  /** Town dots from the context layer (Natural Earth populated places). */
  town: {
    fill: Hex;
    stroke: Hex;
  };
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
    /** Names of rivers and lakes (italic). */
    water: Hex;
    /** Names of ranges, deserts, plateaus (italic area labels). */
    relief: Hex;
  };
}

/** The atlas palette. */
export const palette: Palette = {
  water: '#d4e6f1',
  river: '#5b93c9',
  town: { fill: '#1c1b19', stroke: '#ffffff' },
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
    water: '#1d5a94',
    relief: '#6b4f2c',
  },
};

/**
 * The dark palette: used under `prefers-color-scheme: dark` and with `data-theme="dark"` on the root
 * element; print always uses the light one. Same contrast rules as the light palette.
 */
export const darkPalette: Palette = {
  water: '#14273a',
  river: '#4f87bd',
  town: { fill: '#ece8e1', stroke: '#111418' },
  land: {
    context: '#24272c',
    neighbour: '#2e3137',
    kazakhstan: '#3b3526',
    outline: '#6b6f77',
  },
  region: {
    kazakh: { fill: '#4a4024', outline: '#c8a84e' },
    neighbour: { fill: '#2f3747', outline: '#8f9cb7' },
  },
  border: {
    emphasis: '#ff6f61',
    casing: '#111418',
    other: '#aca69d',
  },
  settlement: {
    kazakh: '#74b4f4',
    neighbour: '#d5d5d5',
    stroke: '#111418',
  },
  crossing: {
    road: { fill: '#f28c3e', restricted: '#3b2515' },
    rail: { fill: '#45c474', restricted: '#12321e' },
    pedestrian: { fill: '#bd86ee', restricted: '#2c1a42' },
    stroke: '#111418',
    number: '#111418',
  },
  selection: {
    ring: '#f5f5f5',
    halo: '#a88100',
  },
  label: {
    text: '#ece8e1',
    halo: '#111418',
    muted: '#bdb7ac',
    water: '#8ec3ef',
    relief: '#d6b592',
  },
};

/** CSS custom property name of a palette entry: `crossing.road.fill` → `--m-crossing-road-fill`. */
export const paletteVar = (path: string): string => `--m-${path.replace(/\./g, '-')}`;

/** The palette as CSS custom property declarations (what src/styles/static-map.css must contain). */
export function paletteCss(p: Palette): string {
  return paletteEntries(p)
    .map(([path, colour]) => `${paletteVar(path)}: ${colour};`)
    .join(' ');
}

/**
 * The palette the interactive map should use now: dark when the root element says
 * `data-theme="dark"`, or says nothing and the reader prefers dark. Browser only.
 */
export function activePalette(
  root: { getAttribute(name: string): string | null } = document.documentElement,
  prefersDark = () => matchMedia('(prefers-color-scheme: dark)').matches,
): Palette {
  const theme = root.getAttribute('data-theme');
  if (theme === 'dark') return darkPalette;
  if (theme === 'light') return palette;
  return prefersDark() ? darkPalette : palette;
}

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
