/**
 * The map style is data, so it is tested rather than eyeballed: it validates against the MapLibre
 * style spec, every colour parses, every layer's source exists, nothing points at another origin,
 * the emphasised border sits above the fills, and label/symbol colours keep WCAG contrast.
 */
import { Color, featureFilter, validateStyleMin, type FilterSpecification, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import type { MapData } from '../../src/map/map-data.types.ts';
import { labelPoints as anchorPoints } from '../../src/map/map-labels.ts';
import { LAYER, layers, sharedSourceId, sourceIds, style, styledCrossings } from '../../src/map/style/layers.ts';
import { crossingMode, isRestricted } from '../../src/map/style/symbology.ts';
import { activePalette, darkPalette, palette, paletteEntries, type Palette } from '../../src/map/style/palette.ts';

/** Label anchors of a view's countries and regions (what map-data.ts computes at build time). */
const labelPoints = (d: Pick<MapData, 'countries' | 'regions' | 'bounds'>) => ({
  type: 'FeatureCollection' as const,
  features: [
    ...anchorPoints(d.countries.features, d.bounds, (f) => ({ kind: 'country' as const, name: f.properties.name, role: f.properties.role, priority: 0 })),
    ...anchorPoints(d.regions.features, d.bounds, (f) => ({ kind: 'region' as const, name: f.properties.name, side: f.properties.side, priority: 5 })),
  ],
});

/** A tiny but complete map view: one of each feature kind. */
const sample: MapData = {
  view: 'kazakhstan-kyrgyzstan',
  bounds: [70, 41, 81, 45],
  countries: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { iso: 'KZ', name: 'Kazakhstan', role: 'kazakhstan' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [70, 43],
              [81, 43],
              [81, 45],
              [70, 45],
              [70, 43],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { iso: 'KG', name: 'Kyrgyzstan', role: 'neighbour' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [70, 41],
              [81, 41],
              [81, 43],
              [70, 43],
              [70, 41],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { iso: 'UZ', name: 'Uzbekistan', role: 'context' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [68, 41],
              [70, 41],
              [70, 43],
              [68, 43],
              [68, 41],
            ],
          ],
        },
      },
    ],
  },
  borders: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'kazakhstan-kyrgyzstan', name: 'Kazakhstan–Kyrgyzstan', emphasis: true },
        geometry: {
          type: 'LineString',
          coordinates: [
            [70, 43],
            [81, 43],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { id: 'kazakhstan-uzbekistan', name: 'Kazakhstan–Uzbekistan', emphasis: false },
        geometry: {
          type: 'LineString',
          coordinates: [
            [70, 43],
            [70, 45],
          ],
        },
      },
    ],
  },
  regions: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'almaty-region', name: 'Almaty Region', country: 'KZ', side: 'kazakh' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [75, 43],
              [80, 43],
              [80, 44],
              [75, 44],
              [75, 43],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { id: 'chuy', name: 'Chüy', country: 'KG', side: 'neighbour' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [73, 42],
              [76, 42],
              [76, 43],
              [73, 43],
              [73, 42],
            ],
          ],
        },
      },
    ],
  },
  settlements: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { id: 'almaty', name: 'Almaty', country: 'KZ', side: 'kazakh' }, geometry: { type: 'Point', coordinates: [76.9, 43.25] } },
      {
        type: 'Feature',
        properties: { id: 'bishkek', name: 'Bishkek', country: 'KG', side: 'neighbour' },
        geometry: { type: 'Point', coordinates: [74.6, 42.87] },
      },
    ],
  },
  crossings: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {
          id: 'korday-ak-tilek',
          name: 'Korday – Ak-Tilek',
          border: 'kazakhstan-kyrgyzstan',
          modes: ['road'],
          restrictions: [],
          primaryMode: 'road',
          url: '/crossings/korday-ak-tilek/',
          number: 1,
          restricted: false,
          approximate: false,
          status: 'Open — last confirmed May 2024',
          stale: false,
        },
        geometry: { type: 'Point', coordinates: [75.2, 43.0] },
      },
      {
        type: 'Feature',
        properties: {
          id: 'karasu-pass',
          name: 'Karasu – Pass',
          border: 'kazakhstan-kyrgyzstan',
          modes: ['hiking'],
          restrictions: ['summer-only'],
          primaryMode: 'hiking',
          url: '/crossings/karasu-pass/',
          number: 2,
          restricted: true,
          approximate: true,
          status: 'Closed — as of 2019',
          stale: true,
        },
        geometry: { type: 'Point', coordinates: [78.0, 42.9] },
      },
    ],
  },
  context: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { kind: 'river', name: 'Chu', rank: 6, priority: 26 },
        geometry: {
          type: 'LineString',
          coordinates: [
            [73, 42.8],
            [75, 43.1],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { kind: 'lake', name: 'Issyk-Kul', rank: 2, priority: 18 },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [76, 42.2],
              [78, 42.2],
              [78, 42.7],
              [76, 42.7],
              [76, 42.2],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: {
          kind: 'town',
          name: 'Tokmok',
          nameEn: 'Tokmok',
          nameRu: 'Токмок',
          country: 'KG',
          region: 'Chuy',
          rank: 7,
          population: 70000,
          capital: null,
          priority: 27,
        },
        geometry: { type: 'Point', coordinates: [75.3, 42.84] },
      },
    ],
  },
  labels: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { kind: 'area', name: 'Tian Shan', class: 'range', rank: 1, priority: 33 },
        geometry: { type: 'Point', coordinates: [78, 42] },
      },
    ],
  },
};

const messages = (errors: { message: string }[]) => errors.map((e) => e.message);

/** WCAG relative luminance and contrast ratio of two colours. */
const luminance = (css: string): number => {
  const c = Color.parse(css);
  if (!c) throw new Error(`not a colour: ${css}`);
  const lin = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** Every string anywhere in a JSON value, with its path. */
function strings(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe.each([
  ['light', palette],
  ['dark', darkPalette],
] as const)('palette: %s', (_theme, palette) => {
  test.each(paletteEntries(palette))('%s (%s) is a valid CSS colour in #rrggbb form', (_path, colour) => {
    expect(Color.parse(colour), colour).toBeInstanceOf(Color);
    expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  const fills: [string, string][] = [
    ['water', palette.water],
    ['land.context', palette.land.context],
    ['land.neighbour', palette.land.neighbour],
    ['land.kazakhstan', palette.land.kazakhstan],
    ['region.kazakh.fill', palette.region.kazakh.fill],
    ['region.neighbour.fill', palette.region.neighbour.fill],
  ];

  test.each(fills)('label text is at least 4.5:1 on %s', (_name, fill) => {
    expect(contrast(palette.label.text, fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette.label.muted, fill)).toBeGreaterThanOrEqual(4.5);
    // The halo is what text touches first: dark text on a light halo.
    expect(contrast(palette.label.text, palette.label.halo)).toBeGreaterThanOrEqual(7);
  });

  const symbols: [string, string][] = [
    ['border.emphasis', palette.border.emphasis],
    ['border.other', palette.border.other],
    ['settlement.kazakh', palette.settlement.kazakh],
    ['settlement.neighbour', palette.settlement.neighbour],
    ['crossing.road.fill', palette.crossing.road.fill],
    ['crossing.rail.fill', palette.crossing.rail.fill],
    ['crossing.pedestrian.fill', palette.crossing.pedestrian.fill],
    ['selection.ring', palette.selection.ring],
  ];
  test.each(symbols)('%s is at least 3:1 against every land and region fill', (_name, colour) => {
    for (const [fillName, fill] of fills.filter(([n]) => n !== 'water')) {
      expect(contrast(colour, fill), `${colour} on ${fillName} ${fill}`).toBeGreaterThanOrEqual(3);
    }
  });

  test.each(['road', 'rail', 'pedestrian'] as const)('crossing numbers are at least 4.5:1 on %s dots, open and restricted', (mode) => {
    expect(contrast(palette.crossing.number, palette.crossing[mode].fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette.label.text, palette.crossing[mode].restricted)).toBeGreaterThanOrEqual(4.5);
  });

  test('restricted variants differ from open ones, and modes differ from each other', () => {
    const modes = [palette.crossing.road, palette.crossing.rail, palette.crossing.pedestrian];
    for (const m of modes) expect(m.restricted).not.toBe(m.fill);
    expect(new Set(modes.map((m) => m.fill)).size).toBe(3);
  });
});

describe('style', () => {
  const styles = { 'without data': style(palette), 'with data': style(palette, sample) };

  test.each(Object.entries(styles))('validates against the MapLibre style spec (%s)', (_name, s) => {
    expect(messages(validateStyleMin(s))).toEqual([]);
  });

  test('has no glyphs, no sprite, and no URL to any origin', () => {
    for (const s of Object.values(styles)) {
      expect(s).not.toHaveProperty('glyphs');
      expect(s).not.toHaveProperty('sprite');
      const urls = strings(s).filter(([, v]) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(v));
      expect(urls).toEqual([]);
      for (const src of Object.values(s.sources)) {
        expect(src.type).toBe('geojson');
        // Inline data only: the client fetches /map-data/<view>.json once and hands it over.
        expect(typeof (src as { data: unknown }).data).toBe('object');
      }
    }
  });

  test('every layer reads a source that exists, and ids are unique', () => {
    const s = styles['with data'];
    const ids = s.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of s.layers) {
      if (layer.type === 'background') continue;
      const source = (layer as Exclude<LayerSpecification, { type: 'background' }>).source;
      expect(Object.keys(s.sources), `layer ${layer.id}`).toContain(source);
    }
  });

  test('the emphasised border is drawn above every fill, with its casing right under it', () => {
    const order = style(palette).layers.map((l) => l.id);
    const at = (id: string) => order.indexOf(id);
    const fillLayers = style(palette)
      .layers.filter((l) => l.type === 'fill' || l.type === 'background')
      .map((l) => l.id);
    expect(fillLayers.length).toBeGreaterThanOrEqual(5);
    for (const f of fillLayers) expect(at(LAYER.bordersEmphasis), f).toBeGreaterThan(at(f));
    // Casing, then rivers, then the line: where the border follows a river, the river shows in the line's gaps.
    expect(at(LAYER.bordersEmphasisCasing)).toBe(at(LAYER.rivers) - 1);
    expect(at(LAYER.rivers)).toBe(at(LAYER.bordersEmphasis) - 1);
    expect(at(LAYER.bordersEmphasis)).toBeGreaterThan(at(LAYER.bordersOther));
    // Points and labels go on top of lines.
    expect(at(LAYER.crossings)).toBeGreaterThan(at(LAYER.bordersEmphasis));
    expect(at(LAYER.crossingsSelected)).toBe(at(LAYER.crossings) - 1);
    // The numbers last: placed first, their boxes keep every name off the markers.
    expect(at(LAYER.crossingNumbers)).toBe(order.length - 1);
    const numbers = style(palette).layers.find((l) => l.id === LAYER.crossingNumbers)!.layout as Record<string, unknown>;
    expect(numbers['text-ignore-placement'], 'the numbers block the names placed after them').toBe(false);
    expect(numbers['text-padding']).toBeGreaterThanOrEqual(5);
    for (const l of [LAYER.regionLabels, LAYER.settlementLabels]) expect(at(l)).toBeGreaterThan(at(LAYER.crossings));
  });

  test('labels use local fonts: text-font is a CSS family list ending in a generic family', () => {
    const symbols = style(palette).layers.filter((l) => l.type === 'symbol');
    expect(symbols.map((l) => l.id)).toEqual(expect.arrayContaining([LAYER.regionLabels, LAYER.settlementLabels]));
    for (const l of symbols) {
      const font = (l.layout as { 'text-font'?: unknown })['text-font'];
      expect(Array.isArray(font) && font.at(-1), l.id).toBe('sans-serif');
    }
  });

  test('every palette colour used by the style comes from the palette', () => {
    const used = new Set(
      strings(style(palette).layers)
        .map(([, v]) => v)
        .filter((v) => v.startsWith('#')),
    );
    const known = new Set(paletteEntries(palette).map(([, c]) => c));
    for (const c of used) expect(known).toContain(c);
  });

  test('a different palette changes the colours and nothing else', () => {
    const grey: Palette = JSON.parse(JSON.stringify(palette).replace(/#[0-9a-f]{6}/g, '#777777'));
    const a = style(palette).layers.map((l) => l.id);
    const b = style(grey).layers.map((l) => l.id);
    expect(b).toEqual(a);
    expect(messages(validateStyleMin(style(grey)))).toEqual([]);
  });

  test('layers take a source prefix or explicit source ids', () => {
    const prefixed = layers('x-', palette).find((l) => l.id === LAYER.crossings) as { source: string };
    expect(prefixed.source).toBe('x-crossings');
    const ids = { ...sourceIds('y-'), crossings: 'points' };
    const explicit = layers(ids, palette).find((l) => l.id === LAYER.crossings) as { source: string };
    expect(explicit.source).toBe('points');
  });
});

describe('label points', () => {
  test('one point per country and region, inside the view, on the largest part', () => {
    const points = labelPoints(sample).features;
    expect(points.map((f) => f.properties.name)).toEqual(['Kazakhstan', 'Kyrgyzstan', 'Almaty Region', 'Chüy']);
    const [w, s, e, n] = sample.bounds;
    for (const f of points) {
      const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      expect(lon).toBeGreaterThanOrEqual(w);
      expect(lon).toBeLessThanOrEqual(e);
      expect(lat).toBeGreaterThanOrEqual(s);
      expect(lat).toBeLessThanOrEqual(n);
    }
    // Kazakhstan's box runs 70–81 × 43–45, all inside the view: its centre.
    expect((points[0]!.geometry as { coordinates: number[] }).coordinates).toEqual([75.5, 44]);
  });
  test('a U-shaped country is labelled inside itself, not at its centroid', () => {
    const u: MapData = {
      ...sample,
      regions: { type: 'FeatureCollection', features: [] },
      countries: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { iso: 'RU', name: 'U', role: 'neighbour' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [70, 41],
                  [72, 41],
                  [72, 44],
                  [79, 44],
                  [79, 41],
                  [81, 41],
                  [81, 45],
                  [70, 45],
                  [70, 41],
                ],
              ],
            },
          },
        ],
      },
    };
    const at = (labelPoints(u).features[0]!.geometry as GeoJSON.Point).coordinates as [number, number];
    const inArms = at[0] <= 72 || at[0] >= 79 || at[1] >= 44;
    expect(inArms, `label at ${at}`).toBe(true);
  });
  test('a country wholly outside the view gets no label', () => {
    const far = { ...sample, bounds: [100, 10, 110, 20] as [number, number, number, number] };
    expect(labelPoints(far).features).toEqual([]);
  });
});

describe('theme', () => {
  const root = (theme: string | null) => ({ getAttribute: () => theme });
  test('data-theme wins; without it the reader’s preference decides', () => {
    expect(activePalette(root('dark'), () => false)).toBe(darkPalette);
    expect(activePalette(root('light'), () => true)).toBe(palette);
    expect(activePalette(root(null), () => true)).toBe(darkPalette);
    expect(activePalette(root(null), () => false)).toBe(palette);
  });
  test('both palettes have the same entries', () => {
    expect(paletteEntries(darkPalette).map(([k]) => k)).toEqual(paletteEntries(palette).map(([k]) => k));
  });
  test('the style carries the build-time label anchors and the context layers, and validates in both palettes', () => {
    const s = style(darkPalette, sample);
    expect(messages(validateStyleMin(s))).toEqual([]);
    const shared = (s.sources[sharedSourceId()] as { data: GeoJSON.FeatureCollection }).data.features;
    expect(shared.filter((f) => f.properties?.['set'] === 'labels').map((f) => f.properties?.['name'])).toEqual(['Tian Shan']);
    const ids = s.layers.map((l) => l.id);
    // Rivers lie between the border's casing and its line; the border stays above every fill and line.
    expect(ids.indexOf(LAYER.bordersEmphasisCasing)).toBeLessThan(ids.indexOf(LAYER.rivers));
    expect(ids.indexOf(LAYER.rivers)).toBeLessThan(ids.indexOf(LAYER.bordersEmphasis));
    expect(ids.indexOf(LAYER.lakes)).toBeLessThan(ids.indexOf(LAYER.bordersEmphasis));
  });
});

describe('sources', () => {
  const s = style(palette, sample);
  const layer = (id: string) => s.layers.find((l) => l.id === id) as LayerSpecification & { source: string; filter?: FilterSpecification };
  const passes = (id: string, properties: Record<string, unknown>) =>
    featureFilter(layer(id).filter, 'filter').filter({ zoom: 5 }, { type: 1, properties, geometry: [] } as never);

  test('two sources: the crossings, and one shared by every other set', () => {
    expect(Object.keys(s.sources).sort()).toEqual([sourceIds('atlas-').crossings, sharedSourceId()].sort());
    expect(layer(LAYER.crossings).source).toBe(sourceIds('atlas-').crossings);
    expect(layer(LAYER.countriesKazakhstan).source).toBe(sharedSourceId());
  });
  test('a layer on the shared source reads only its own set', () => {
    // The context's lakes and the label anchors both have kind "lake": only the context's fill the lake.
    expect(passes(LAYER.lakes, { set: 'context', kind: 'lake' })).toBe(true);
    expect(passes(LAYER.lakes, { set: 'labels', kind: 'lake' })).toBe(false);
    expect(passes(LAYER.regionsFill, { set: 'regions', side: 'kazakh' })).toBe(true);
    expect(passes(LAYER.regionsFill, { set: 'countries', side: 'kazakh' })).toBe(false);
    expect(passes(LAYER.countriesNeighbour, { set: 'countries', role: 'neighbour' })).toBe(true);
    expect(passes(LAYER.countriesNeighbour, { set: 'countries', role: 'kazakhstan' })).toBe(false);
  });
});

describe('crossing symbols', () => {
  test('primary mode maps to a symbol, hiking and pedestrian share one', () => {
    expect(['rail', 'road', 'pedestrian', 'hiking', 'other'].map(crossingMode)).toEqual(['rail', 'road', 'pedestrian', 'pedestrian', 'pedestrian']);
  });
  test('locals-only and summer-only restrict; bilateral alone does not', () => {
    expect(isRestricted(['locals-only'])).toBe(true);
    expect(isRestricted(['bilateral', 'summer-only'])).toBe(true);
    expect(isRestricted(['bilateral'])).toBe(false);
    expect(isRestricted([])).toBe(false);
  });
  test('styledCrossings adds flat symbol and restricted fields', () => {
    const out = styledCrossings(sample.crossings).features.map((f) => [f.properties.id, f.properties.symbol, f.properties.restricted]);
    expect(out).toEqual([
      ['korday-ak-tilek', 'road', false],
      ['karasu-pass', 'pedestrian', true],
    ]);
  });
});
