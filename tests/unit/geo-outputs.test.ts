/**
 * data/geo/* is derived data: rebuild it in memory from the Natural Earth packages
 * and fail when the committed files differ, then check the invariants the pages rely on. The match
 * with files built earlier, on another machine, is also what shows the build to be deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { beforeAll, describe, expect, test } from 'vitest';
import { DECIMALS, VIEW_BBOX, borderSpecs, buildGeo, loadGeoSources, type GeoBuild } from '../../scripts/geo/build.ts';
import { loadAtlas } from '../../src/data/load.ts';

const DIR = join(process.cwd(), 'data', 'geo');
const FILES = ['countries.geojson', 'borders.geojson', 'regions.geojson', 'context.geojson', 'README.md'];
const BORDERS = borderSpecs(loadAtlas().borders);
const BORDER_IDS = BORDERS.map((b) => b.id);

const committed = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const parse = (name: string) => JSON.parse(committed(name)) as FeatureCollection<Geometry, Record<string, unknown>>;

let built: GeoBuild;
beforeAll(() => {
  built = buildGeo(loadGeoSources());
}, 120_000);

describe('data/geo is up to date', () => {
  test.each(FILES)('%s matches a fresh build', (name) => {
    const fresh = built.files[name];
    expect(fresh, `build produced no ${name}`).toBeDefined();
    // Compare without dumping megabytes into the report.
    expect(committed(name) === fresh, `data/geo/${name} is stale: run npm run data:geo`).toBe(true);
  });
});

/** Every position of a geometry. */
function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return geometry.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      throw new Error(`unexpected ${geometry.type}`);
  }
}

function rings(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`expected a polygon, got ${geometry.type}`);
}

function lines(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  throw new Error(`expected a line, got ${geometry.type}`);
}

const key = (p: Position) => `${p[0]},${p[1]}`;
const signedArea = (ring: Position[]) => ring.slice(1).reduce((sum, b, i) => sum + ring[i]![0]! * b[1]! - b[0]! * ring[i]![1]!, 0) / 2;

describe.each([
  ['countries.geojson', ['iso', 'name', 'role']],
  ['borders.geojson', ['id', 'neighbour', 'lengthKm', 'lengthKmSimplified']],
  ['regions.geojson', ['iso3166_2', 'country', 'name', 'borders', 'touchKm']],
])('%s format', (name, allowed) => {
  const fc = parse(name);

  test('is a FeatureCollection with only the allowed members and properties', () => {
    expect(Object.keys(fc)).toEqual(['type', 'features']);
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      expect(Object.keys(f)).toEqual(['type', 'id', 'properties', 'geometry']);
      expect(Object.keys(f.properties)).toEqual(allowed);
    }
  });
  test(`coordinates have at most ${DECIMALS} decimals (≤ 5 required)`, () => {
    for (const f of fc.features) {
      for (const p of positions(f.geometry)) {
        expect(p).toHaveLength(2);
        for (const value of p) {
          const decimals = (String(value).split('.')[1] ?? '').length;
          expect(decimals, `${String(f.id)}: ${value}`).toBeLessThanOrEqual(DECIMALS);
        }
      }
    }
  });
  test('one feature per line, under 400 KB', () => {
    const text = committed(name);
    expect(text.split('\n')).toHaveLength(fc.features.length + 3); // header, features, footer, final newline
    expect(Buffer.byteLength(text)).toBeLessThan(400 * 1024);
  });
});

describe('countries', () => {
  const fc = parse('countries.geojson');
  test('Kazakhstan, its five neighbours and context countries', () => {
    const role = (r: string) => fc.features.filter((f) => f.properties['role'] === r).map((f) => f.properties['iso']);
    expect(role('kazakhstan')).toEqual(['KZ']);
    expect(role('neighbour')).toEqual(['RU', 'KG', 'CN', 'UZ', 'TM']);
    expect(role('context')).toEqual(expect.arrayContaining(['MN', 'AF', 'TJ', 'IR', 'AZ', 'GE']));
    for (const f of fc.features) expect(f.id).toBe(f.properties['iso']);
  });
  test('clipped to the view box', () => {
    const [w, s, e, n] = VIEW_BBOX;
    for (const f of fc.features) {
      for (const [lon, lat] of positions(f.geometry)) {
        expect(lon).toBeGreaterThanOrEqual(w);
        expect(lon).toBeLessThanOrEqual(e);
        expect(lat).toBeGreaterThanOrEqual(s);
        expect(lat).toBeLessThanOrEqual(n);
      }
    }
  });
  test('rings are closed, exteriors clockwise and holes anticlockwise (d3 convention)', () => {
    for (const f of [...fc.features, ...parse('regions.geojson').features]) {
      for (const polygon of rings(f.geometry)) {
        polygon.forEach((ring, i) => {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(key(ring[0]!)).toBe(key(ring[ring.length - 1]!));
          expect(Math.sign(signedArea(ring)), `${String(f.id)} ring ${i}`).toBe(i === 0 ? -1 : 1);
        });
      }
    }
  });
});

describe('borders', () => {
  const fc = parse('borders.geojson');
  const countries = parse('countries.geojson');
  /** Undirected segments of a country's outline. */
  const outlineSegments = (iso: string) => {
    const country = countries.features.find((f) => f.properties['iso'] === iso)!;
    const set = new Set<string>();
    for (const polygon of rings(country.geometry)) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          set.add(`${key(ring[i - 1]!)}|${key(ring[i]!)}`);
          set.add(`${key(ring[i]!)}|${key(ring[i - 1]!)}`);
        }
      }
    }
    return set;
  };
  const kazakhstan = outlineSegments('KZ');

  test('the five Kazakhstan land borders, one LineString each', () => {
    expect(fc.features.map((f) => f.id)).toEqual(BORDER_IDS);
    expect(fc.features.map((f) => f.properties['neighbour'])).toEqual(['RU', 'KG', 'CN', 'UZ', 'TM']);
    for (const f of fc.features) {
      expect(f.properties['id']).toBe(f.id);
      expect(f.geometry.type).toBe('LineString');
    }
  });
  test.each(BORDERS.map((b) => [b.id, b.neighbour] as const))('%s lies exactly on both outlines (distance 0)', (id, neighbour) => {
    const border = fc.features.find((f) => f.id === id)!;
    const other = outlineSegments(neighbour);
    let segments = 0;
    for (const part of lines(border.geometry)) {
      for (let i = 1; i < part.length; i++) {
        const segment = `${key(part[i - 1]!)}|${key(part[i]!)}`;
        expect(kazakhstan.has(segment), `${id}: segment ${segment} not on Kazakhstan's outline`).toBe(true);
        expect(other.has(segment), `${id}: segment ${segment} not on ${neighbour}'s outline`).toBe(true);
        segments++;
      }
    }
    expect(segments).toBeGreaterThan(10);
  });
  test('lengths: simplified ≤ full, both close; KZ–RU ≈ 6,650 km at 1:10m', () => {
    for (const f of fc.features) {
      const full = f.properties['lengthKm'] as number;
      const simplified = f.properties['lengthKmSimplified'] as number;
      expect(simplified).toBeLessThanOrEqual(full);
      expect(simplified / full).toBeGreaterThan(0.98);
      expect(Math.round(full * 10) / 10).toBe(full);
    }
    const ru = fc.features.find((f) => f.id === 'kazakhstan-russia')!;
    expect(ru.properties['lengthKm']).toBeGreaterThan(6500);
    expect(ru.properties['lengthKm']).toBeLessThan(6800);
  });
  test('neighbouring borders meet at the tripoints (KG→CN, UZ→KG, TM→UZ), CN ends where RU ends', () => {
    const end = (id: string, which: 'first' | 'last') => {
      const coords = lines(fc.features.find((f) => f.id === id)!.geometry).flat();
      return key(which === 'first' ? coords[0]! : coords[coords.length - 1]!);
    };
    expect(end('kazakhstan-kyrgyzstan', 'last')).toBe(end('kazakhstan-china', 'first'));
    expect(end('kazakhstan-uzbekistan', 'last')).toBe(end('kazakhstan-kyrgyzstan', 'first'));
    expect(end('kazakhstan-turkmenistan', 'last')).toBe(end('kazakhstan-uzbekistan', 'first'));
    expect(end('kazakhstan-china', 'last')).toBe(end('kazakhstan-russia', 'last'));
  });
});

describe('regions', () => {
  const fc = parse('regions.geojson') as FeatureCollection<
    Geometry,
    { iso3166_2: string; country: string; name: string; borders: string[]; touchKm: Record<string, number> }
  >;
  test('unique codes; borders and touchKm agree; each region is on one side of each border it lists', () => {
    const codes = fc.features.map((f) => f.properties.iso3166_2);
    expect(new Set(codes).size).toBe(codes.length);
    for (const f of fc.features as Feature<Geometry, (typeof fc.features)[number]['properties']>[]) {
      const p = f.properties;
      expect(f.id).toBe(p.iso3166_2);
      expect(p.borders.length).toBeGreaterThan(0);
      expect(Object.keys(p.touchKm)).toEqual(p.borders);
      for (const id of p.borders) {
        const spec = BORDERS.find((b) => b.id === id);
        expect(spec, `${p.iso3166_2}: unknown border ${id}`).toBeDefined();
        expect(['KZ', spec!.neighbour]).toContain(p.country);
        expect(p.touchKm[id]).toBeGreaterThan(0);
      }
    }
  });
  test('each border is covered on both sides by about its own length', () => {
    const borders = parse('borders.geojson');
    for (const b of BORDERS) {
      const length = borders.features.find((f) => f.id === b.id)!.properties['lengthKm'] as number;
      for (const side of ['KZ', b.neighbour]) {
        const sum = fc.features.filter((f) => f.properties.country === side).reduce((s, f) => s + (f.properties.touchKm[b.id] ?? 0), 0);
        expect(sum, `${b.id} ${side}`).toBeGreaterThan(length * 0.97);
        expect(sum, `${b.id} ${side}`).toBeLessThan(length * 1.05);
      }
    }
  });
  test('known regions: Almaty Region (NE code KZ-ALA, not Almaty City) touches KG and CN; Orenburg RU; Xinjiang CN', () => {
    const byCode = new Map(fc.features.map((f) => [f.properties.iso3166_2, f.properties]));
    expect(byCode.get('KZ-ALA')).toMatchObject({ name: 'Almaty', borders: ['kazakhstan-kyrgyzstan', 'kazakhstan-china'] });
    expect(byCode.get('RU-ORE')?.borders).toEqual(['kazakhstan-russia']);
    expect(byCode.get('CN-XJ')?.borders).toEqual(['kazakhstan-china']);
    expect(byCode.get('RU-ALT')?.name).toBe('Altai Krai'); // NE name_en says "Altai Republic"
    expect(byCode.has('KZ-AST')).toBe(false); // Astana is nowhere near a border
  });
  test('the twelve Russian regions along the KZ–RU border', () => {
    const russian = fc.features.filter((f) => f.properties.country === 'RU').map((f) => f.properties.iso3166_2);
    expect(russian.sort()).toEqual(['RU-AL', 'RU-ALT', 'RU-AST', 'RU-CHE', 'RU-KGN', 'RU-NVS', 'RU-OMS', 'RU-ORE', 'RU-SAM', 'RU-SAR', 'RU-TYU', 'RU-VGG']);
  });
});

describe('context', () => {
  const fc = parse('context.geojson');
  const named = (kind: string) => fc.features.filter((f) => f.properties['kind'] === kind).map((f) => f.properties['name']);
  test('the rivers, lakes and ranges the border pages rely on are there', () => {
    expect(named('river')).toEqual(expect.arrayContaining(['Ural', 'Ile', 'Irtysh', 'Ishim', 'Tobol', 'Syr Darya']));
    expect(named('lake')).toEqual(expect.arrayContaining(['Issyk-Kul', 'Lake Balkhash', 'Aral Sea', 'Lake Zaysan']));
    expect(named('area')).toEqual(expect.arrayContaining(['Tian Shan', 'Altay Mountains', 'Karatau Range']));
  });
  test('towns carry every spelling and a country', () => {
    const towns = fc.features.filter((f) => f.properties['kind'] === 'town');
    expect(towns.length).toBeGreaterThan(300);
    const almaty = towns.find((f) => f.properties['name'] === 'Almaty');
    expect(almaty?.properties).toMatchObject({ country: 'KZ', nameRu: 'Алма-Ата' });
    for (const t of towns) expect(t.properties['country'], String(t.id)).toMatch(/^[A-Z]{2}$/);
  });
});
