import { beforeAll, describe, expect, it } from 'vitest';
import { analyseBorder } from '../../src/geo/border-analysis.ts';
import { loadGeoLayers } from '../../src/data/geo-layers.ts';
import { checkGeometry, MAX_CROSSING_OFFSET_KM } from '../../src/data/geometry-checks.ts';
import { distanceToLineKm, sideOfBorder } from '../../src/geo/geometry.ts';
import { loadAtlas } from '../../src/data/load.ts';
import type { Atlas } from '../../src/schemas/index.ts';

const geo = loadGeoLayers();
let atlas: Atlas;
beforeAll(() => {
  atlas = loadAtlas();
});

const clone = (): Atlas => structuredClone(atlas);
const messages = (a: Atlas) => checkGeometry(a, geo).map((p) => `${p.file} › ${p.record} › ${p.field}: ${p.message}`);

describe('the data agrees with the geometry', () => {
  it('passes every check', () => {
    expect(messages(atlas)).toEqual([]);
  });

  it('puts every crossing near its own border line', () => {
    for (const c of atlas.crossings) {
      const line = geo.borders.features.find((f) => f.properties.id === c.border)!;
      expect(distanceToLineKm(c.coordinates.lonLat, line), c.id).toBeLessThanOrEqual(MAX_CROSSING_OFFSET_KM);
    }
  });

  it('puts every listed settlement on its own side of the line', () => {
    for (const s of atlas.settlements) {
      for (const border of s.borders) {
        const line = geo.borders.features.find((f) => f.properties.id === border)!;
        const side = sideOfBorder(s.coordinates.lonLat, geo.countries, line);
        expect(side, `${s.id} on ${border}`).toBe(s.country === 'KZ' ? 'kazakh' : 'neighbour');
      }
    }
  });

  it('orders crossings west to east from the geometry', () => {
    const analysis = (id: string) => {
      const line = geo.borders.features.find((f) => f.properties.id === id)!;
      const regionTouchKm = new Map(geo.regions.features.map((f) => [f.properties.iso3166_2, f.properties.touchKm[id] ?? 0] as const));
      return analyseBorder(atlas, id, { line, regionTouchKm, regionLongitude: new Map() });
    };
    const russia = analysis('kazakhstan-russia').crossings.map((o) => o.crossing.id);
    expect(russia).toHaveLength(24);
    expect(russia[0]).toBe('kurmangazy-karaozek');
    // The encyclopedia lists the pairs roughly (not strictly) west to east: most pairs keep their order.
    const listed = atlas.crossings.filter((c) => c.border === 'kazakhstan-russia').map((c) => c.id);
    let concordant = 0;
    let pairs = 0;
    for (let i = 0; i < listed.length; i++) {
      for (let j = i + 1; j < listed.length; j++) {
        pairs += 1;
        if (russia.indexOf(listed[i]!) < russia.indexOf(listed[j]!)) concordant += 1;
      }
    }
    expect(concordant / pairs).toBeGreaterThan(0.9);
    const kyrgyzstan = analysis('kazakhstan-kyrgyzstan');
    expect(kyrgyzstan.crossings[0]!.crossing.id).toBe('aisha-bibi-chongkapka');
    const bishkek = kyrgyzstan.keyDistances.find((d) => d.settlement.id === 'bishkek')!;
    expect(bishkek.sourceKm).toBe(16);
    expect(bishkek.measuredKm).toBeGreaterThan(8);
    expect(bishkek.measuredKm).toBeLessThan(30);
  });
});

describe('wrong facts are caught', () => {
  it('a crossing moved far from its border', () => {
    const bad = clone();
    bad.crossings.find((c) => c.id === 'khorgos-khorgos')!.coordinates.lonLat = [71.45, 51.17];
    expect(messages(bad)).toEqual([
      expect.stringMatching(/^data\/crossings\.json › khorgos-khorgos › coordinates\.lonLat: lies \d+ km from the kazakhstan-china line/),
    ]);
  });

  it('a settlement on the wrong side of its border', () => {
    const bad = clone();
    bad.settlements.find((s) => s.id === 'orsk')!.coordinates.lonLat = [58.0, 50.6];
    expect(messages(bad)).toContainEqual(
      expect.stringMatching(/^data\/settlements\.json › orsk › coordinates\.lonLat: lies in KZ on Natural Earth's map, not in RU/),
    );
  });

  it('a settlement outside its region', () => {
    const bad = clone();
    const oral = bad.settlements.find((s) => s.id === 'oral')!;
    oral.region = 'kz-aktobe';
    expect(messages(bad)).toContainEqual(expect.stringMatching(/^data\/settlements\.json › oral › coordinates\.lonLat: lies outside Aktobe Region/));
  });

  it('a region listed on a border it does not touch', () => {
    const bad = clone();
    bad.regions.find((r) => r.id === 'kg-talas')!.borders.push('kazakhstan-china');
    expect(messages(bad)).toContainEqual(expect.stringMatching(/^data\/regions\.json › kg-talas › borders\.1: is listed on kazakhstan-china/));
  });

  it('a region on the line that nobody lists or explains', () => {
    const bad = clone();
    bad.borders.find((b) => b.id === 'kazakhstan-kyrgyzstan')!.unlistedRegions = [];
    expect(messages(bad)).toEqual([expect.stringMatching(/^data\/borders\.json › kazakhstan-kyrgyzstan › unlistedRegions: Natural Earth puts .* \(KZ-YUZ\)/)]);
  });
});
