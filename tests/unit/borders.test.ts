import { beforeAll, describe, expect, it } from 'vitest';
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

describe('all five borders', () => {
  it('has an article-level record for every land border', () => {
    expect(atlas.borders.map((b) => [b.id, b.coverage])).toEqual([
      ['kazakhstan-russia', 'article'],
      ['kazakhstan-kyrgyzstan', 'article'],
      ['kazakhstan-china', 'article'],
      ['kazakhstan-uzbekistan', 'article'],
      ['kazakhstan-turkmenistan', 'article'],
    ]);
  });

  it('counts the crossings the sources name on each border', () => {
    expect(Object.fromEntries(atlas.borders.map((b) => [b.id, crossingsOn(b.id).length]))).toEqual({
      'kazakhstan-russia': 16,
      'kazakhstan-kyrgyzstan': 7,
      'kazakhstan-china': 6,
      'kazakhstan-uzbekistan': 9,
      'kazakhstan-turkmenistan': 2,
    });
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

  it('keeps every length reading with its own source, disagreements included', () => {
    const lengths = (id: string) => atlas.borders.find((b) => b.id === id)!.lengthKm.map((l) => [l.value, l.source]);
    expect(lengths('kazakhstan-uzbekistan').map(([v]) => v)).toEqual([2330, 2357, 2357, 2440, 2203]);
    expect(lengths('kazakhstan-turkmenistan').map(([v]) => v)).toEqual([413, 413, 437]);
    expect(lengths('kazakhstan-china').map(([v]) => v)).toEqual([1782.75, 1520]);
    expect(lengths('kazakhstan-kyrgyzstan').map(([v]) => v)).toEqual([1212, 1241]);
    for (const b of atlas.borders) expect(new Set(b.lengthKm.map((l) => l.source)).size, b.id).toBe(b.lengthKm.length);
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
    ]);
    const unused = atlas.sources.filter((s) => s.accessed && !cited.has(s.id)).map((s) => s.id);
    expect(unused).toEqual([]);
  });
});
