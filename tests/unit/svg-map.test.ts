/**
 * The build-time label placer and the one SVG renderer: no overlaps, priorities respected, markers
 * spread, labels at least 6.5 pt on paper, every map frame covered by geometry (no false sea), the
 * generated stylesheet in step with the palette, and snapshots of the rendered SVG.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildModel } from './atlas-model.ts';
import { VIEW_BBOX } from '../../scripts/geo/build.ts';
import type { MapData } from '../../src/map/map-data.types.ts';
import { STUDY_AREA_VIEW } from '../../src/map/study-area.ts';
import { nearPairs, overlaps, placeLabels, spreadMarkers, textBox, textWidth, type LabelRequest } from '../../src/map/label-placer.ts';
import { svgGeometryFile, svgMapString, staticMapCss } from '../../src/map/svg-map-string.ts';
import { MIN_PRINT_PT, drawSvgMap, staticMapFor, staticMapSize } from '../../src/map/svg-map.ts';
import { geoConicConformal } from 'd3-geo';
import { palette } from '../../src/map/style/palette.ts';

const req = (id: string, x: number, y: number, priority: number, text = id): LabelRequest => ({
  type: 'point',
  id,
  kind: 'town',
  text,
  style: { size: 13 },
  priority,
  at: [x, y],
  symbol: 3,
});

describe('label placer', () => {
  test('text width is generous: never below 0.5 em a character for lower case, caps wider', () => {
    expect(textWidth('Almaty', { size: 10 })).toBeGreaterThanOrEqual(6 * 5);
    expect(textWidth('ALMATY', { size: 10 })).toBeGreaterThan(textWidth('almaty', { size: 10 }));
    expect(textWidth('Almaty', { size: 10, bold: true })).toBeGreaterThan(textWidth('Almaty', { size: 10 }));
  });

  test('a crowd of labels comes out without a single overlap, inside the frame', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => req(`t${String(i).padStart(2, '0')}`, 100 + (i % 8) * 12, 100 + Math.floor(i / 8) * 9, i));
    const { placed, dropped } = placeLabels(crowd, { width: 400, height: 300 });
    expect(placed.length + dropped.length).toBe(60);
    expect(placed.length).toBeGreaterThan(5);
    expect(dropped.length).toBeGreaterThan(0);
    placed.forEach((a, i) => {
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} × ${b.id}`).toBe(false);
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(400);
    });
  });

  test('priority decides who keeps the spot: the more important label is placed, whatever the input order', () => {
    const minor = req('minor', 100, 100, 20, 'Minor town name');
    const major = req('major', 100, 100, 1, 'Capital city name');
    for (const input of [
      [minor, major],
      [major, minor],
    ]) {
      const { placed } = placeLabels(input, { width: 200, height: 200, obstacles: [] });
      expect(placed[0]!.id).toBe('major');
    }
    // With room for one label only, the minor one is dropped.
    const { placed, dropped } = placeLabels([minor, major], { width: 130, height: 40, obstacles: [{ x0: 0, y0: 0, x1: 130, y1: 2 }] });
    expect(placed.map((p) => p.id)).not.toContain('minor');
    expect(dropped.map((d) => d.id)).toContain('minor');
  });

  test('labels keep off obstacles (markers) and fall back to a leader line when the near spots are taken', () => {
    const at: [number, number] = [200, 200];
    // Every near spot blocked; a narrow slot below the symbol leaves room for a leader line only.
    const ring = [
      { x0: 140, y0: 170, x1: 260, y1: 196 },
      { x0: 140, y0: 196, x1: 198, y1: 225 },
      { x0: 202, y0: 196, x1: 260, y1: 225 },
    ];
    const { placed } = placeLabels([{ type: 'point', id: 'x', kind: 'town', text: 'Place', style: { size: 13 }, priority: 1, at, symbol: 3, leader: true }], {
      width: 400,
      height: 400,
      obstacles: ring,
    });
    expect(placed).toHaveLength(1);
    for (const o of ring) expect(overlaps(placed[0]!.box, o)).toBe(false);
    expect(placed[0]!.leader).toBeDefined();
    expect(placed[0]!.box.y0).toBeGreaterThan(225);
  });

  test('a line label follows a straight line, rotated to it', () => {
    const line: [number, number][] = Array.from({ length: 20 }, (_, i) => [50 + i * 15, 50 + i * 5]);
    const { placed } = placeLabels([{ type: 'line', id: 'r', kind: 'river', text: 'Ural', style: { size: 13, italic: true }, priority: 1, line }], {
      width: 400,
      height: 300,
    });
    expect(placed[0]!.rotate).toBeCloseTo((Math.atan2(5, 15) * 180) / Math.PI, 0);
  });

  test('markers on one spot are spread until none overlap, each tethered to its true position', () => {
    const markers = Array.from({ length: 5 }, (_, i) => ({ id: `m${i}`, at: [100 + (i % 2), 100] as [number, number], r: 10 }));
    const out = spreadMarkers(markers, { width: 300, height: 300 });
    out.forEach((a, i) => {
      for (const b of out.slice(i + 1)) expect(Math.hypot(a.drawn[0] - b.drawn[0], a.drawn[1] - b.drawn[1])).toBeGreaterThanOrEqual(20);
    });
    expect(out.filter((m) => m.moved).length).toBeGreaterThanOrEqual(4);
    expect(spreadMarkers(markers, { width: 300, height: 300 })).toEqual(out);
  });

  test('near pairs from the grid are exactly the pairs a comparison of every two points finds, in order', () => {
    // A deterministic scatter with clumps, negative coordinates and points on cell edges.
    const points = Array.from({ length: 300 }, (_, i) => [((i * 37) % 101) * 3 - 40 + (i % 7 === 0 ? 0.5 : 0), ((i * 53) % 89) * 2 - 20] as [number, number]);
    const reach = 12;
    const everyPair: Array<[number, number]> = [];
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        if (Math.abs(points[i]![0] - points[j]![0]) < reach && Math.abs(points[i]![1] - points[j]![1]) < reach) everyPair.push([i, j]);
    expect(everyPair.length, 'the scatter has near pairs').toBeGreaterThan(50);
    expect(nearPairs(points, reach)).toEqual(everyPair);
  });

  test('textBox anchors', () => {
    expect(textBox(10, 20, 'start', 30, 10)).toMatchObject({ x0: 10, x1: 40 });
    expect(textBox(10, 20, 'end', 30, 10)).toMatchObject({ x0: -20, x1: 10 });
    expect(textBox(10, 20, 'middle', 30, 10)).toMatchObject({ x0: -5, x1: 25 });
  });
});

describe('static maps of the atlas', () => {
  let model: ReturnType<typeof buildModel>;
  let views: string[];
  beforeAll(() => {
    model = buildModel();
    const crossings = model.atlas.crossings.filter((c) => model.analyses.has(c.border)).map((c) => c.id);
    views = ['overview', 'crossings', STUDY_AREA_VIEW, ...model.analyses.keys(), ...crossings];
  }, 60_000);

  test('every label is at least 6.5 pt when printed; no two labels and no label and marker overlap', () => {
    const report: string[] = [];
    for (const view of views) {
      const map = staticMapFor(model.mapData(view));
      const kind = map.width === 1000 ? 'wide' : 'sheet';
      const ptPerUnit = staticMapSize(kind).printWidthPt / map.width;
      for (const l of map.labels) expect(l.style.size * ptPerUnit, `${view}: ${l.text}`).toBeGreaterThanOrEqual(MIN_PRINT_PT - 1e-9);
      expect(map.minFont * ptPerUnit).toBeGreaterThanOrEqual(MIN_PRINT_PT - 1e-9);
      map.labels.forEach((a, i) => {
        for (const b of map.labels.slice(i + 1)) expect(overlaps(a.box, b.box), `${view}: ${a.text} × ${b.text}`).toBe(false);
        for (const c of map.crossings) {
          const r = c.r;
          expect(overlaps(a.box, { x0: c.drawn[0] - r, y0: c.drawn[1] - r, x1: c.drawn[0] + r, y1: c.drawn[1] + r }), `${view}: ${a.text} × ${c.number}`).toBe(
            false,
          );
        }
      });
      report.push(`${view}: ${map.labels.length} placed, ${map.dropped.length} dropped`);
    }
    console.info(report.join('\n'));
  }, 120_000);

  test('the text of every label fits the box it was placed with (letters get their code after placement)', () => {
    for (const view of views) {
      for (const plate of [null, 'phone'] as const) {
        const data = model.mapData(view);
        for (const l of staticMapFor(data, data.focus?.crossing ?? null, plate).labels) {
          if (l.rotate) continue; // a rotated label's box is the rotated text's bounding box
          expect(l.box.x1 - l.box.x0, `${view}/${plate}: ${l.text}`).toBeGreaterThanOrEqual(textWidth(l.text, l.style) - 1e-6);
        }
      }
    }
  }, 120_000);

  test('every map frame lies inside the geometry box: no neighbour is cut into false sea', () => {
    const [w, s, e, n] = VIEW_BBOX;
    for (const view of views) {
      const data = model.mapData(view);
      const map = staticMapFor(data);
      for (const [width, height, pad] of [
        [map.width, map.height, 16],
        [730, 630, 28],
      ] as const) {
        if (width === 730 && !['overview', ...model.analyses.keys()].includes(view)) continue; // link previews: overview and borders
        // Same projection as drawSvgMap: its frame corners and edge midpoints, back to lon/lat.
        const [west, south, east, north] = data.bounds;
        const centre = [(west + east) / 2, (south + north) / 2];
        const p = geoConicConformal()
          .parallels([south + (north - south) / 6, north - (north - south) / 6])
          .rotate([-centre[0]!, 0])
          .fitExtent(
            [
              [pad, pad],
              [width - pad, height - pad],
            ],
            {
              type: 'MultiPoint',
              coordinates: [
                [west, south],
                [west, north],
                [east, south],
                [east, north],
                [centre[0]!, north],
                [centre[0]!, south],
              ],
            },
          );
        for (const xy of [
          [0, 0],
          [width / 2, 0],
          [width, 0],
          [0, height],
          [width / 2, height],
          [width, height],
        ] as [number, number][]) {
          const [lon, lat] = p.invert!(xy)!;
          expect(lon, `${view} ${xy}`).toBeGreaterThanOrEqual(w);
          expect(lon, `${view} ${xy}`).toBeLessThanOrEqual(e);
          expect(lat, `${view} ${xy}`).toBeGreaterThanOrEqual(s);
          expect(lat, `${view} ${xy}`).toBeLessThanOrEqual(n);
        }
      }
    }
  }, 60_000);

  test('a crossing map has an inset locating the crossing on its whole border, and the crossing selected', () => {
    const map = staticMapFor(model.mapData('khorgos-khorgos'));
    expect(map.inset).not.toBeNull();
    expect(map.inset!.layers.find((l) => l.id === 'inset-border')!.paths.length).toBe(1);
    expect(map.selected).toBe('khorgos-khorgos');
    expect(svgMapString(map, { geometryHref: '/maps/khorgos-khorgos.svg' })).toContain('href="/maps/khorgos-khorgos.svg#inset-border"');
  }, 60_000);

  test('snapshot: the overview as the page draws it (classes, geometry by reference, rounded numbers)', () => {
    const map = staticMapFor(model.mapData('overview'));
    const svg = svgMapString(map, { geometryHref: '/maps/overview.svg', label: 'Overview' });
    // Numbers carry at most one decimal.
    expect(svg.match(/\d\.\d{2,}/g)).toBeNull();
    expect(svg).not.toContain('fill="#');
    const file = svgGeometryFile(map);
    expect(file.match(/\d\.\d{2,}/g)).toBeNull();
    for (const id of ['land-kazakhstan', 'border', 'lakes', 'rivers-major']) expect(file).toContain(`id="${id}"`);
  }, 60_000);

  test('snapshot: a self-contained map resolves the palette and has no links or references', () => {
    const data = model.mapData('kazakhstan-kyrgyzstan');
    const map = drawSvgMap(data, { width: 400, height: 250, printWidthPt: 200 });
    const svg = svgMapString(map, { palette });
    expect(svg).not.toContain('<use');
    expect(svg).not.toContain('<a ');
    expect(svg).not.toContain('class=');
    expect(map.labels.map((l) => l.text)).toMatchSnapshot();
  }, 60_000);
});

describe('renderer snapshots (a small fixed view, independent of the atlas data)', () => {
  const sq = (w: number, s: number, e: number, n: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [w, s],
        [w, n],
        [e, n],
        [e, s],
        [w, s],
      ],
    ],
  });
  const sample: MapData = {
    view: 'sample',
    bounds: [70, 41, 81, 45],
    countries: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { iso: 'KZ', name: 'Kazakhstan', role: 'kazakhstan' }, geometry: sq(60, 43, 90, 50) },
        { type: 'Feature', properties: { iso: 'KG', name: 'Kyrgyzstan', role: 'neighbour' }, geometry: sq(60, 38, 90, 43) },
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
              [60, 43],
              [90, 43],
            ],
          },
        },
      ],
    },
    regions: { type: 'FeatureCollection', features: [] },
    settlements: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'merke', name: 'Merke', country: 'KZ', side: 'kazakh' },
          geometry: { type: 'Point', coordinates: [73.18, 42.87] },
        },
      ],
    },
    crossings: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            id: 'a-b',
            name: 'A – B',
            border: 'kazakhstan-kyrgyzstan',
            modes: ['road'],
            restrictions: [],
            primaryMode: 'road',
            url: '/crossings/a-b/',
            number: 1,
            restricted: false,
            approximate: false,
            status: 'Open — last confirmed May 2024',
            stale: false,
          },
          geometry: { type: 'Point', coordinates: [74.5, 43] },
        },
        {
          type: 'Feature',
          properties: {
            id: 'c-d',
            name: 'C – D',
            border: 'kazakhstan-kyrgyzstan',
            modes: ['hiking'],
            restrictions: ['summer-only'],
            primaryMode: 'hiking',
            url: '/crossings/c-d/',
            number: 2,
            restricted: true,
            approximate: true,
            status: 'Closed — as of 2019',
            stale: true,
          },
          geometry: { type: 'Point', coordinates: [74.55, 43.02] },
        },
      ],
    },
    context: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { kind: 'river', name: 'Ile', rank: 4, priority: 22 },
          geometry: {
            type: 'LineString',
            coordinates: [
              [75, 44],
              [77, 44.3],
              [79, 44.6],
            ],
          },
        },
        {
          type: 'Feature',
          properties: {
            kind: 'town',
            name: 'Taraz',
            nameEn: 'Taraz',
            nameRu: 'Тараз',
            country: 'KZ',
            region: 'Jambyl',
            rank: 4,
            population: 330000,
            capital: 'region',
            priority: 24,
          },
          geometry: { type: 'Point', coordinates: [71.37, 42.9] },
        },
      ],
    },
    labels: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { kind: 'country', name: 'Kazakhstan', role: 'kazakhstan', priority: 0 },
          geometry: { type: 'Point', coordinates: [75.5, 44.2] },
        },
        {
          type: 'Feature',
          properties: { kind: 'area', name: 'Tian Shan', class: 'range', rank: 1, priority: 33 },
          geometry: { type: 'Point', coordinates: [78, 42] },
        },
      ],
    },
  };
  test('page map: classes, geometry by reference, numbers rounded to one decimal', () => {
    const map = drawSvgMap(sample, { width: 600, height: 375, printWidthPt: 298 });
    const svg = svgMapString(map, { geometryHref: '/maps/sample.svg', label: 'Sample' });
    expect(svg.match(/\d\.\d{2,}/g)).toBeNull();
    expect(map.crossings.filter((c) => c.moved).length, 'the two stacked markers are spread').toBe(2);
    expect(svg).toMatchSnapshot();
    expect(svgGeometryFile(map)).toMatchSnapshot();
  });
  test('self-contained map: colours resolved from the palette', () => {
    const map = drawSvgMap(sample, { width: 600, height: 375, printWidthPt: 298 });
    expect(svgMapString(map, { palette })).toMatchSnapshot();
  });
});

describe('generated stylesheet', () => {
  test('src/styles/static-map.css matches the palettes (node scripts/map-css.ts)', () => {
    const file = readFileSync(join(process.cwd(), 'src', 'styles', 'static-map.css'), 'utf8');
    expect(file === staticMapCss(), 'src/styles/static-map.css is stale: run node scripts/map-css.ts').toBe(true);
  });
});
