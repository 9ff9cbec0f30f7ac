/**
 * A border is one record in data/borders.json plus its prose, content/borders/<id>.mdx: everything
 * else that varies by border derives from the registry. Proved here with a sixth, hypothetical
 * border (Kazakhstan–Mongolia; the two do not touch) added to a copy of the real registry.
 */
import { describe, expect, test } from 'vitest';
import { borderSpecs } from '../../scripts/geo/build.ts';
import { checkReferences } from '../../src/data/build-atlas.ts';
import { atlasCountries, borderIdsWithPage, hasPage } from '../../src/data/borders.ts';
import { countryName } from '../../src/data/countries.ts';
import { loadAtlas } from '../../src/data/load.ts';
import { BorderSchema } from '../../src/schemas/borders.ts';
import type { Atlas } from '../../src/schemas/index.ts';
import { borderPages } from '../../src/site/pages.ts';

const real = loadAtlas();
const sixth = BorderSchema.parse({
  ...structuredClone(real.borders[0]!),
  id: 'kazakhstan-mongolia',
  name: 'Kazakhstan–Mongolia',
  neighbour: 'MN',
  tripoints: [],
  keyDistances: [],
  unlistedRegions: [],
});
const six = [...real.borders, sixth];
const prose = (borders: readonly { id: string }[]) => borders.map((b) => ({ id: `borders/${b.id}`, data: { border: b.id } }));

describe('a sixth border from its registry record alone', () => {
  test('the geometry build draws its line against the neighbour world-atlas numbers', () => {
    const specs = borderSpecs(six);
    expect(specs.map((s) => s.id)).toEqual(six.map((b) => b.id));
    expect(specs.at(-1)).toEqual({ id: 'kazakhstan-mongolia', neighbour: 'MN', numeric: '496', name: 'Mongolia' });
  });

  test('it gets a page, in registry order, once its prose exists', () => {
    expect(hasPage(sixth)).toBe(true);
    expect([...borderIdsWithPage(six)]).toEqual(six.map((b) => b.id));
    expect(borderPages(prose(six), six).map((p) => p.data.border)).toEqual(six.map((b) => b.id));
  });

  test('a border with a page and no prose stops the build, naming the file to write', () => {
    expect(() => borderPages(prose(real.borders), six)).toThrow('content/borders/kazakhstan-mongolia.mdx: missing');
  });

  test('prose for a border not in the registry, or without a page, stops the build', () => {
    expect(() => borderPages(prose(six), real.borders)).toThrow('no border "kazakhstan-mongolia" in data/borders.json');
    const geometryOnly = [...real.borders, { ...sixth, coverage: 'geometry-only' as const }];
    expect(() => borderPages(prose(six), geometryOnly)).toThrow('coverage is "geometry-only", which has no page');
    expect(borderPages(prose(real.borders), geometryOnly)).toHaveLength(real.borders.length);
    expect(() => borderPages([{ id: 'borders/kazakhstan-russia', data: { border: 'kazakhstan-china' } }], [])).toThrow('must be "kazakhstan-russia"');
  });

  test('its country is covered: names, and places on its side pass the reference checks', () => {
    expect(atlasCountries(six)).toEqual(['KZ', ...real.borders.map((b) => b.neighbour), 'MN']);
    expect(countryName('MN')).toBe('Mongolia');
    const region = { ...structuredClone(real.regions[0]!), id: 'bayan-olgii', country: 'MN', borders: ['kazakhstan-mongolia'] };
    const withRegion = (borders: Atlas['borders']): Atlas => ({ ...real, borders, regions: [...real.regions, region] });
    expect(checkReferences(withRegion(six))).toEqual([]);
    expect(checkReferences(withRegion(real.borders))).toContainEqual(
      expect.objectContaining({
        file: 'data/regions.json',
        record: 'bayan-olgii',
        field: 'country',
        message: '"MN" is neither Kazakhstan nor a neighbour in data/borders.json',
      }),
    );
  });
});
