/**
 * The /data/ downloads (src/site/downloads.ts) against the real data: the same counts as the
 * datasets, valid RFC 7946 GeoJSON, CSV that parses back to the same rows, and JSON Schemas
 * that accept the real data files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanClockwise } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import {
  CSV_DOWNLOADS,
  GEOJSON_DOWNLOADS,
  SCHEMA_DATASETS,
  byteLength,
  csvField,
  csvText,
  downloadCatalogue,
  fieldGuide,
  geojsonText,
  jsonSchema,
  schemaName,
  type DownloadInput,
} from '../../src/site/downloads/index.ts';
import { loadGeoLayers } from '../../src/data/geo-layers.ts';
import { loadAtlas } from '../../src/data/load.ts';
import { hasPage } from '../../src/data/borders.ts';
import { DATASETS } from '../../src/schemas/index.ts';

const SITE = 'https://atlas.example.org';
const atlas = loadAtlas();
const geo = loadGeoLayers();
const input: DownloadInput = { atlas, geo, site: SITE };
const parse = (name: (typeof GEOJSON_DOWNLOADS)[number]) => JSON.parse(geojsonText(name, input)) as FeatureCollection<Geometry, Record<string, unknown>>;

/** A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      // Quoted field: runs to the next quote that is not doubled.
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      if (![',', '\r', undefined].includes(text[i])) throw new Error(`text after closing quote at ${i}`);
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}

/**
 * A small JSON Schema (2020-12) checker covering what z.toJSONSchema emits for the atlas's schemas:
 * type, properties, required, items, prefixItems, enum, const, pattern, minLength, minItems,
 * minimum/maximum, anyOf/oneOf/allOf and local $ref. Returns the paths that fail.
 */
function check(schema: Record<string, unknown>, value: unknown, root: Record<string, unknown> = schema, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
    return check(target as Record<string, unknown>, value, root, path);
  }
  const errors: string[] = [];
  const fail = (why: string) => errors.push(`${path}: ${why}`);
  const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  if (schema.type !== undefined) {
    const types = ([] as string[]).concat(schema.type as string);
    const t = typeOf(value);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return [`${path}: expected ${types.join('|')}, got ${t}`];
  }
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) fail(`not one of ${JSON.stringify(schema.enum)}`);
  if ('const' in schema && schema.const !== value) fail(`not ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`does not match ${schema.pattern}`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('too short');
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('below minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('above maximum');
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail('not above exclusiveMinimum');
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('too few items');
    const prefix = (schema.prefixItems as Record<string, unknown>[] | undefined) ?? [];
    value.forEach((item, i) => {
      const itemSchema = prefix[i] ?? (schema.items as Record<string, unknown> | undefined);
      if (itemSchema) errors.push(...check(itemSchema, item, root, `${path}[${i}]`));
    });
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) fail(`missing required "${key}"`);
    const props = (schema.properties as Record<string, Record<string, unknown>> | undefined) ?? {};
    for (const [key, sub] of Object.entries(props)) if (key in object) errors.push(...check(sub, object[key], root, `${path}.${key}`));
    if (schema.additionalProperties === false) for (const key of Object.keys(object)) if (!(key in props)) fail(`unexpected "${key}"`);
  }
  for (const sub of (schema.allOf as Record<string, unknown>[] | undefined) ?? []) errors.push(...check(sub, value, root, path));
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key] as Record<string, unknown>[] | undefined;
    if (options && !options.some((o) => check(o, value, root, path).length === 0)) fail(`matches none of ${key}`);
  }
  return errors;
}

/** Every position of a geometry, for decimal checks. */
const positions = (g: Geometry): Position[] => (g.type === 'GeometryCollection' ? g.geometries.flatMap(positions) : flatten(g.coordinates));
const flatten = (c: unknown): Position[] => (typeof (c as unknown[])[0] === 'number' ? [c as Position] : (c as unknown[]).flatMap(flatten));

describe('GeoJSON downloads', () => {
  test('counts match the datasets', () => {
    expect(parse('crossings').features).toHaveLength(atlas.crossings.length);
    expect(parse('settlements').features).toHaveLength(atlas.settlements.length);
    expect(parse('borders').features).toHaveLength(atlas.borders.length);
    const withPolygon = atlas.regions.filter((r) => r.iso3166_2 !== null && geo.regions.features.some((f) => f.properties.iso3166_2 === r.iso3166_2));
    expect(parse('regions').features.map((f) => f.id)).toEqual(withPolygon.map((r) => r.id));
    expect(withPolygon.length).toBeGreaterThan(20);
  });

  test.each(GEOJSON_DOWNLOADS)('%s is valid RFC 7946', (name) => {
    const fc = parse(name);
    expect(Object.keys(fc).sort()).toEqual(['features', 'type']);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc).not.toHaveProperty('crs');
    const ids = new Set<unknown>();
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(typeof f.id).toBe('string');
      ids.add(f.id);
      expect(f.properties?.id).toBe(f.id);
      expect(f.geometry).not.toBeNull();
      const bad = positions(f.geometry).filter(
        (p) => p.length !== 2 || Math.abs(p[0]!) > 180 || Math.abs(p[1]!) > 90 || p.some((v) => (String(v).split('.')[1]?.length ?? 0) > 6),
      );
      expect(bad, `${String(f.id)}: positions must be [lon, lat] with at most 6 decimals`).toEqual([]);
      const g = f.geometry;
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const [exterior, ...holes] of polygons) {
        for (const ring of [exterior!, ...holes]) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring.at(-1)).toEqual(ring[0]);
        }
        expect(booleanClockwise(exterior!), `${String(f.id)}: exterior ring must be counter-clockwise`).toBe(false);
        for (const hole of holes) expect(booleanClockwise(hole)).toBe(true);
      }
    }
    expect(ids.size).toBe(fc.features.length);
  });

  test('geometry types', () => {
    expect(new Set(parse('crossings').features.map((f) => f.geometry.type))).toEqual(new Set(['Point']));
    expect(new Set(parse('settlements').features.map((f) => f.geometry.type))).toEqual(new Set(['Point']));
    for (const f of parse('borders').features) expect(['LineString', 'MultiLineString']).toContain(f.geometry.type);
    for (const f of parse('regions').features) expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    // data/geo keeps d3's clockwise winding; the download must have turned it round.
    const source = geo.regions.features.find((f) => f.geometry.type === 'Polygon')!;
    expect(booleanClockwise((source.geometry as { coordinates: Position[][] }).coordinates[0]!)).toBe(true);
  });

  test('every crossing has its border, both sides’ names and a page', () => {
    const byId = new Map(atlas.crossings.map((c) => [c.id, c]));
    for (const f of parse('crossings').features as Feature<Geometry, Record<string, unknown>>[]) {
      const c = byId.get(String(f.id))!;
      const p = f.properties!;
      expect(p.border).toBe(c.border);
      expect(p.border).toMatch(/^kazakhstan-/);
      expect(p.kazakhName).toBe(c.kazakh.name);
      expect(p.neighbourName).toBe(c.neighbour.name);
      expect(p.kazakhAliases).toHaveLength(c.kazakh.aliases.length);
      for (const a of p.kazakhAliases as { name: string; script: string; source: string }[]) {
        expect(a.name).toBeTruthy();
        expect(['latin', 'cyrillic', 'chinese']).toContain(a.script);
        expect(a.source).toBeTruthy();
      }
      expect(p.modes).toEqual(c.modes);
      expect(p.status).toBe(c.status[0]!.value);
      expect(p.statusAsOf).toBe(c.status[0]!.date);
      expect((p.statusHistory as { date: string; value: string; source: string }[]).map((r) => [r.date, r.value, r.source])).toEqual(
        c.status.map((r) => [r.date, r.value, r.source]),
      );
      expect(p.sources).toEqual(c.sources);
      expect(p.url).toBe(`${SITE}/crossings/${c.id}/`);
      expect(f.geometry).toEqual({ type: 'Point', coordinates: c.coordinates.lonLat });
      // Every property is described in the field guide, in order.
      expect(Object.keys(p)).toEqual(fieldGuide('geojson', 'crossings').map((g) => g.name));
    }
  });

  test('borders carry the dataset facts and the measured length', () => {
    for (const f of parse('borders').features) {
      const border = atlas.borders.find((b) => b.id === f.id)!;
      const line = geo.borders.features.find((l) => l.properties.id === f.id)!;
      expect(f.properties.officialLengthKm).toEqual(border.lengthKm.map((l) => ({ km: l.value, source: l.source })));
      expect(f.properties.measuredLengthKm).toBe(line.properties.lengthKm);
      expect(f.properties.coverage).toBe(border.coverage);
      expect(f.properties.url === null).toBe(!hasPage(border));
    }
  });

  test('regions carry each border’s share from touchKm', () => {
    for (const f of parse('regions').features) {
      const polygon = geo.regions.features.find((r) => r.properties.iso3166_2 === f.properties.iso3166_2)!;
      const shares = f.properties.borderShare as { border: string; km: number; percent: number }[];
      expect(shares.map((s) => s.border)).toEqual(Object.keys(polygon.properties.touchKm));
      for (const s of shares) {
        expect(s.km).toBe(polygon.properties.touchKm[s.border]);
        expect(s.percent).toBeGreaterThan(0);
        expect(s.percent).toBeLessThanOrEqual(100.5);
      }
    }
  });
});

describe('CSV downloads', () => {
  test('csvField quotes commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(parseCsv(`${['a, b', 'say "hi"', 'two\r\nlines', ''].map(csvField).join(',')}\r\n`)).toEqual([['a, b', 'say "hi"', 'two\r\nlines', '']]);
  });

  test.each(CSV_DOWNLOADS)('%s parses back to one row per record with the documented header', (name) => {
    const rows = parseCsv(csvText(name, input));
    const [header, ...records] = rows;
    expect(header).toEqual(fieldGuide('csv', name).map((f) => f.name));
    expect(header).toContain('lon');
    expect(header).toContain('lat');
    expect(records).toHaveLength(atlas[name].length);
    for (const r of records) expect(r).toHaveLength(header!.length);
    const col = (key: string) => header!.indexOf(key);
    records.forEach((r, i) => {
      const record = atlas[name][i]!;
      expect(r[col('id')]).toBe(record.id);
      expect(Number(r[col('lon')])).toBe(record.coordinates.lonLat[0]);
      expect(Number(r[col('lat')])).toBe(record.coordinates.lonLat[1]);
      expect(r[col('sources')]).toBe(record.sources.join('; '));
    });
  });

  test('aliases are written "name (script)" and multi-valued fields joined with "; "', () => {
    const [header, ...records] = parseCsv(csvText('crossings', input));
    const c = atlas.crossings[0]!;
    const row = records[0]!;
    expect(row[header!.indexOf('kazakhAliases')]).toBe(c.kazakh.aliases.map((a) => `${a.name} (${a.script})`).join('; '));
    expect(row[header!.indexOf('modes')]).toBe(c.modes.join('; '));
    expect(row[header!.indexOf('kazakhName')]).toBe(c.kazakh.name);
    expect(row[header!.indexOf('neighbourName')]).toBe(c.neighbour.name);
  });
});

describe('JSON Schemas', () => {
  test('one per dataset, named after its file', () => {
    expect(SCHEMA_DATASETS.map(schemaName).sort()).toEqual(
      Object.values(DATASETS)
        .map((d) => d.file.replace(/\.json$/, ''))
        .sort(),
    );
    expect(schemaName('checkpointListings')).toBe('checkpoint-listings');
  });

  test.each(SCHEMA_DATASETS)('%s: has $schema and accepts the real data file', (dataset) => {
    const name = schemaName(dataset);
    const schema = jsonSchema(name, SITE);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${SITE}/data/schema/${name}.json`);
    const file: unknown = JSON.parse(readFileSync(join(process.cwd(), 'data', DATASETS[dataset].file), 'utf8'));
    expect(schema.type).toBe(DATASETS[dataset].shape === 'list' ? 'array' : 'object');
    expect(check(schema, file)).toEqual([]);
    // One real record on its own against the record schema.
    if (Array.isArray(file)) expect(check(schema.items as Record<string, unknown>, file[0], schema)).toEqual([]);
  });

  test('the checker is not vacuous: a record missing a required key fails', () => {
    const schema = jsonSchema('crossings');
    const { border: _border, ...broken } = JSON.parse(readFileSync(join(process.cwd(), 'data', 'crossings.json'), 'utf8'))[0];
    expect(check(schema, [broken]).join('\n')).toMatch(/missing required "border"/);
    expect(check(schema, [{ ...broken, border: 'Not A Slug' }]).length).toBeGreaterThan(0);
  });
});

describe('catalogue for /data/', () => {
  test('sizes and counts are those of the files the endpoints write', () => {
    const catalogue = downloadCatalogue(input);
    expect(catalogue.map((d) => d.href)).toEqual([
      ...GEOJSON_DOWNLOADS.map((n) => `/data/${n}.geojson`),
      ...CSV_DOWNLOADS.map((n) => `/data/${n}.csv`),
      ...SCHEMA_DATASETS.map((d) => `/data/schema/${schemaName(d)}.json`),
    ]);
    for (const d of catalogue) {
      expect(d.bytes).toBe(Buffer.byteLength(d.text, 'utf8'));
      expect(d.bytes).toBe(byteLength(d.text));
      expect(d.licences.length).toBeGreaterThan(0);
      if (d.format === 'geojson') expect(d.text).toBe(geojsonText(d.name as (typeof GEOJSON_DOWNLOADS)[number], input));
      if (d.format !== 'schema') expect(d.fields.length).toBeGreaterThan(5);
    }
    const crossings = catalogue.find((d) => d.href === '/data/crossings.geojson')!;
    expect(crossings.records).toBe(atlas.crossings.length);
    // Settlements with GeoNames coordinates name that licence.
    const settlements = catalogue.find((d) => d.href === '/data/settlements.csv')!;
    const geonames = atlas.settlements.filter((s) => s.coordinates.source === 'geonames').length;
    if (geonames > 0) expect(settlements.licences.some((l) => l.source === 'geonames' && l.licence === 'CC BY 4.0')).toBe(true);
  });
});
