import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldAtlas from 'world-atlas/countries-10m.json' with { type: 'json' };
import { beforeAll, describe, expect, it } from 'vitest';
import { borderSpecs } from '../../scripts/geo/build.ts';
import { hasPage } from '../../src/data/borders.ts';
import { loadGeoLayers } from '../../src/data/geo-layers.ts';
import { checkGeometry } from '../../src/data/geometry-checks.ts';
import { distanceToLineKm } from '../../src/geo/geometry.ts';
import { loadAtlas } from '../../src/data/load.ts';
import { citedSources } from '../../src/data/references.ts';
import type { Atlas } from '../../src/schemas/index.ts';
import { SourceSchema } from '../../src/schemas/sources.ts';

const geo = loadGeoLayers();
let atlas: Atlas;
beforeAll(() => {
  atlas = loadAtlas();
});

const crossingsOn = (border: string) => atlas.crossings.filter((c) => c.border === border);

describe('every border in the registry', () => {
  it('has a record for every country Natural Earth draws next to Kazakhstan', () => {
    const countries = (worldAtlas as unknown as Topology).objects['countries'] as GeometryCollection;
    const kz = countries.geometries.findIndex((g) => g.id === '398');
    expect(kz, 'Kazakhstan in world-atlas').toBeGreaterThanOrEqual(0);
    // Baikonur, leased to Russia inside Kazakhstan, has no ISO number: not a neighbour.
    const around = neighbors(countries.geometries)[kz] ?? [];
    const touching = around.map((i) => countries.geometries[i]!.id).filter((id) => id !== undefined);
    expect(touching.length, 'Kazakhstan has neighbours in world-atlas').toBeGreaterThan(0);
    expect(
      borderSpecs(atlas.borders)
        .map((b) => b.numeric)
        .sort(),
    ).toEqual(touching.map(String).sort());
  });

  it('lists crossings on every border that has a page', () => {
    for (const b of atlas.borders.filter(hasPage)) expect(crossingsOn(b.id).length, b.id).toBeGreaterThan(0);
  });

  it('covers road, rail and pedestrian crossings on the Uzbek border, and a road and a rail crossing on the Turkmen one', () => {
    const modes = (border: string) => new Set(crossingsOn(border).flatMap((c) => c.modes));
    expect([...modes('kazakhstan-uzbekistan')].sort()).toEqual(['pedestrian', 'rail', 'road']);
    expect([...modes('kazakhstan-turkmenistan')].sort()).toEqual(['rail', 'road']);
    expect(
      crossingsOn('kazakhstan-china')
        .filter((c) => c.modes.includes('rail'))
        .map((c) => c.id)
        .sort(),
    ).toEqual(['altynkol-khorgos', 'dostyk-alashankou']);
  });

  it('keeps every length reading with its own source', () => {
    for (const b of atlas.borders) expect(new Set(b.lengthKm.map((l) => l.source)).size, b.id).toBe(b.lengthKm.length);
    // Sources disagree on some borders; every reading stays.
    expect(atlas.borders.some((b) => new Set(b.lengthKm.map((l) => l.value)).size > 1)).toBe(true);
  });

  it('gives both sides a region on every new crossing, each region listed on that border', () => {
    const regions = new Map(atlas.regions.map((r) => [r.id, r]));
    for (const c of atlas.crossings.filter((x) => ['kazakhstan-uzbekistan', 'kazakhstan-turkmenistan'].includes(x.border))) {
      for (const side of [c.kazakh, c.neighbour]) {
        const region = regions.get(side.region!);
        expect(region, `${c.id} ${side.name}`).toBeDefined();
        expect(region!.borders, `${c.id} ${side.name}`).toContain(c.border);
      }
      expect(regions.get(c.kazakh.region!)!.country).toBe('KZ');
      expect(regions.get(c.neighbour.region!)!.country).not.toBe('KZ');
    }
  });

  it('passes the geometry checks for every new record', () => {
    expect(checkGeometry(atlas, geo)).toEqual([]);
    for (const c of atlas.crossings) {
      const line = geo.borders.features.find((f) => f.properties.id === c.border)!;
      expect(distanceToLineKm(c.coordinates.lonLat, line), c.id).toBeLessThanOrEqual(25);
    }
  });

  it('lists every region Natural Earth puts on the Uzbek and Turkmen lines', () => {
    for (const border of ['kazakhstan-uzbekistan', 'kazakhstan-turkmenistan']) {
      const onLine = geo.regions.features
        .filter((f) => (f.properties.touchKm[border] ?? 0) >= 1)
        .map((f) => f.properties.iso3166_2)
        .sort();
      const listed = atlas.regions
        .filter((r) => r.borders.includes(border))
        .map((r) => r.iso3166_2)
        .sort();
      expect(listed, border).toEqual(onLine);
    }
  });
});

describe('sources a reader can open', () => {
  it('gives every public source the date it was read', () => {
    for (const s of atlas.sources.filter((x) => x.url)) expect(s.accessed, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('rejects a source with an address but no access date', () => {
    const s = structuredClone(atlas.sources.find((x) => x.url)!);
    delete (s as { accessed?: string }).accessed;
    expect(SourceSchema.safeParse(s).success).toBe(false);
  });

  it('gives the seed documents their public addresses where a stored copy confirms them', () => {
    const url = (id: string) => atlas.sources.find((s) => s.id === id)!.url;
    expect(url('wiki-kazakhstan-russia-border')).toMatch(/^https:\/\/en\.wikipedia\.org\//);
    expect(url('wiki-kazakhstan-kyrgyzstan-border')).toMatch(/^https:\/\/en\.wikipedia\.org\//);
    expect(url('migration-study-omsk-orenburg')).toMatch(/docslib\.org/);
    expect(url('factbook-kazakhstan-russia')).toMatch(/indexmundi\.com\/factbook\/compare\/kazakhstan\.russia/);
  });

  it('cites every new source somewhere', () => {
    const cited = citedSources([
      atlas.borders,
      atlas.regions,
      atlas.settlements,
      atlas.crossings,
      atlas.events,
      atlas.checkpointListings,
      atlas.migrationStudy,
      atlas.transnationalIssues,
      atlas.travelRules,
      atlas.featureNames,
    ]);
    const unused = atlas.sources.filter((s) => s.accessed && !cited.has(s.id)).map((s) => s.id);
    expect(unused).toEqual([]);
  });
});
