/**
 * src/geo/geometry.ts against known values: synthetic lines with lengths that can be
 * worked out by hand, and real places against the Natural Earth data in data/geo.
 */
import type { Feature, LineString, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { borderLine, geoBorders, geoCountries } from '../../src/data/geo-layers.ts';
import {
  countryAt,
  distanceToLineKm,
  lengthWithinPolygon,
  lineLengthKm,
  longestGap,
  meanSpacingKm,
  nearest,
  orderAlong,
  positionAlongKm,
  sideOfBorder,
  sliceLineBetween,
} from '../../src/geo/geometry.ts';

/** Great-circle km per degree on turf's sphere (R = 6371.0088 km). */
const KM_PER_DEG = (Math.PI / 180) * 6371.0088; // 111.195…

const line = (coordinates: number[][]): Feature<LineString> => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } });
/** 10° along the equator, west → east: 1111.95 km. */
const equator = line([
  [0, 0],
  [10, 0],
]);
const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

const BISHKEK = [74.59, 42.87];
const ALMATY = [76.95, 43.24];
const ORENBURG = [55.1, 51.77];

describe('lineLengthKm', () => {
  test('one degree of meridian ≈ 111.2 km', () => {
    expect(
      lineLengthKm(
        line([
          [70, 45],
          [70, 46],
        ]),
      ),
    ).toBeCloseTo(111.2, 1);
  });
  test('sums the parts of a MultiLineString', () => {
    const km = lineLengthKm({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [1, 0],
        ],
        [
          [5, 0],
          [7, 0],
        ],
      ],
    });
    expect(km).toBeCloseTo(3 * KM_PER_DEG, 6);
  });
});

describe('distance and position along a line', () => {
  test('a point 1° north of the equator line is 111.2 km from it, 500 km along', () => {
    const p = [500 / KM_PER_DEG, 1];
    expect(distanceToLineKm(p, equator)).toBeCloseTo(KM_PER_DEG, 0);
    expect(positionAlongKm(p, equator)).toBeCloseTo(500, 3);
  });
  test('points beyond the ends project onto the ends', () => {
    expect(positionAlongKm([-3, 0.5], equator)).toBe(0);
    expect(positionAlongKm([12, -0.5], equator)).toBeCloseTo(10 * KM_PER_DEG, 6);
  });
  test('orderAlong sorts by position, keeps input indexes and offsets', () => {
    const ordered = orderAlong(
      [
        [8, 0.1],
        [2, -0.2],
        [5, 0],
      ],
      equator,
    );
    expect(ordered.map((r) => r.index)).toEqual([1, 2, 0]);
    expect(ordered[0]!.positionKm).toBeCloseTo(2 * KM_PER_DEG, 0);
    expect(ordered[0]!.offsetKm).toBeCloseTo(0.2 * KM_PER_DEG, 0);
    expect(ordered[1]!.offsetKm).toBeCloseTo(0, 6);
  });
  test('orderAlong accepts Point features', () => {
    const pt = (lon: number) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [lon, 0] } });
    expect(orderAlong([pt(9), pt(1)], equator).map((r) => r.index)).toEqual([1, 0]);
  });
});

describe('nearest', () => {
  test('returns the n closest, nearest first, with distances', () => {
    const result = nearest(
      [
        [3, 0],
        [1, 0],
        [2, 0],
        [10, 0],
      ],
      [0, 0],
      2,
    );
    expect(result.map((r) => r.index)).toEqual([1, 2]);
    expect(result[0]!.distanceKm).toBeCloseTo(KM_PER_DEG, 6);
    expect(result[1]!.distanceKm).toBeCloseTo(2 * KM_PER_DEG, 6);
  });
  test('n larger than the list returns everything; n = 0 nothing', () => {
    expect(nearest([[1, 1]], [0, 0], 5)).toHaveLength(1);
    expect(nearest([[1, 1]], [0, 0], 0)).toHaveLength(0);
  });
});

describe('longestGap', () => {
  const total = 10 * KM_PER_DEG;
  test('finds the longest stretch between crossings', () => {
    const gap = longestGap(equator, [900, 100, 300]);
    expect(gap.fromKm).toBe(300);
    expect(gap.toKm).toBe(900);
    expect(gap.lengthKm).toBe(600);
    expect(gap.midpoint[0]).toBeCloseTo(600 / KM_PER_DEG, 6);
    expect(gap.midpoint[1]).toBeCloseTo(0, 9);
  });
  test('counts the stretches to the ends of the line', () => {
    const west = longestGap(equator, [700, 800]);
    expect([west.fromKm, west.toKm]).toEqual([0, 700]);
    const east = longestGap(equator, [100, 200]);
    expect(east.fromKm).toBe(200);
    expect(east.toKm).toBeCloseTo(total, 6);
  });
  test('no crossings: the whole line', () => {
    const gap = longestGap(equator, []);
    expect(gap.fromKm).toBe(0);
    expect(gap.lengthKm).toBeCloseTo(total, 6);
    expect(gap.midpoint[0]).toBeCloseTo(5, 6);
  });
});

describe('meanSpacingKm', () => {
  test('mean distance between consecutive positions, any input order', () => {
    expect(meanSpacingKm([400, 0, 100])).toBe(200);
  });
  test('null below two positions', () => {
    expect(meanSpacingKm([5])).toBeNull();
    expect(meanSpacingKm([])).toBeNull();
  });
});

describe('sliceLineBetween', () => {
  test('by km, in either order, keeps the line direction', () => {
    const slice = sliceLineBetween(equator, 300, 100);
    expect(lineLengthKm(slice)).toBeCloseTo(200, 6);
    expect(slice.geometry.coordinates[0]![0]).toBeCloseTo(100 / KM_PER_DEG, 6);
  });
  test('by points projected onto the line', () => {
    expect(lineLengthKm(sliceLineBetween(equator, [2, 0.3], [4, -0.3]))).toBeCloseTo(2 * KM_PER_DEG, 3);
  });
});

describe('lengthWithinPolygon', () => {
  test('the part of a line inside a polygon, to within the sampling step', () => {
    const polygon = box(2, -1, 4, 1);
    expect(Math.abs(lengthWithinPolygon(equator, polygon, 0) - 2 * KM_PER_DEG)).toBeLessThan(0.5);
    expect(Math.abs(lengthWithinPolygon(equator, polygon, 0, 0.01) - 2 * KM_PER_DEG)).toBeLessThan(0.02);
  });
  test('a line running just outside counts only within the tolerance', () => {
    // The polygon's south edge is 0.01° (1.11 km) north of the line.
    const polygon = box(2, 0.01, 4, 1);
    expect(lengthWithinPolygon(equator, polygon, 0.5)).toBe(0);
    const km = lengthWithinPolygon(equator, polygon, 2, 0.05);
    // 2° of edge plus, at each corner, sqrt(2² − 1.11²) ≈ 1.66 km.
    expect(km).toBeGreaterThan(2 * KM_PER_DEG + 2 * 1.5);
    expect(km).toBeLessThan(2 * KM_PER_DEG + 2 * 1.8);
  });
  test('a far polygon contributes nothing', () => {
    expect(lengthWithinPolygon(equator, box(2, 5, 4, 6), 2)).toBe(0);
  });
});

describe('against data/geo (Natural Earth 1:10m)', () => {
  const countries = geoCountries();
  const kg = borderLine('kazakhstan-kyrgyzstan');

  test('Bishkek is on the Kyrgyz side, 16–25 km from the KZ–KG line', () => {
    expect(countryAt(BISHKEK, countries)).toBe('KG');
    expect(sideOfBorder(BISHKEK, countries, kg)).toBe('neighbour');
    const km = distanceToLineKm(BISHKEK, kg);
    expect(km).toBeGreaterThan(16);
    expect(km).toBeLessThan(25);
  });
  test('Almaty is on the Kazakh side, 25–35 km from the KZ–KG line, east of Bishkek along it', () => {
    expect(countryAt(ALMATY, countries)).toBe('KZ');
    expect(sideOfBorder(ALMATY, countries, kg)).toBe('kazakh');
    const km = distanceToLineKm(ALMATY, kg);
    expect(km).toBeGreaterThan(25);
    expect(km).toBeLessThan(35);
    expect(orderAlong([ALMATY, BISHKEK], kg).map((r) => r.index)).toEqual([1, 0]);
  });
  test('Orenburg lies in Russia; on the KZ–KG border it is on neither side', () => {
    expect(countryAt(ORENBURG, countries)).toBe('RU');
    expect(sideOfBorder(ORENBURG, countries, borderLine('kazakhstan-russia'))).toBe('neighbour');
    expect(sideOfBorder(ORENBURG, countries, kg)).toBe('neither');
  });
  test('Baikonur (a separate unit in Natural Earth) counts as Kazakhstan; the Caspian is no country', () => {
    expect(countryAt([63.31, 45.96], countries)).toBe('KZ');
    expect(countryAt([50.5, 44.0], countries)).toBeNull();
  });
  test('KZ–RU measures 6,500–6,800 km at full resolution, and each line runs west → east', () => {
    const ru = geoBorders().features.find((f) => f.properties.id === 'kazakhstan-russia')!;
    expect(ru.properties.lengthKm).toBeGreaterThan(6500);
    expect(ru.properties.lengthKm).toBeLessThan(6800);
    for (const border of geoBorders().features) {
      const coords = border.geometry.type === 'LineString' ? border.geometry.coordinates : border.geometry.coordinates.flat();
      expect(coords[0]![0], border.properties.id).toBeLessThan(coords[coords.length - 1]![0]!);
    }
  });
});
