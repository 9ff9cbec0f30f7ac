/**
 * Maps that stay legible and cheap however many crossings the atlas holds: a crossing's map draws at
 * most MAX_CROSSINGS_ON_CROSSING_MAP crossings (its own and the nearest in its frame), and a plate
 * with more markers than MAX_MARKERS_PER_PLATE keeps one per grid cell.
 */
import { describe, expect, test } from 'vitest';
import type { OrderedCrossing } from '../../src/geo/border-analysis.ts';
import { MAX_CROSSINGS_ON_CROSSING_MAP, nearbyCrossings } from '../../src/map/nearby-crossings.ts';
import { MAX_MARKERS_PER_PLATE, thinMarkers } from '../../src/map/marker-thinning.ts';
import { buildModel } from './atlas-model.ts';
import { crossingFrame } from '../../src/map/map-data.ts';
import { growBounds } from '../../src/map/map-labels.ts';

const at = (id: string, number: number, lon: number, lat: number): OrderedCrossing =>
  ({ crossing: { id, coordinates: { lonLat: [lon, lat] } }, number, positionKm: number, offsetKm: 0 }) as unknown as OrderedCrossing;

describe('nearbyCrossings', () => {
  // 100 crossings on a line of latitude 50° N, 0.05° of longitude apart, numbered west to east.
  const line = Array.from({ length: 100 }, (_, i) => at(`c${i + 1}`, i + 1, 60 + i * 0.05, 50));

  test('keeps the crossing itself and its nearest neighbours, in the border order, and counts the rest of the frame', () => {
    const { shown, omitted } = nearbyCrossings(line, [62.5, 50], [58, 48, 67, 52]);
    expect(shown).toHaveLength(MAX_CROSSINGS_ON_CROSSING_MAP);
    expect(shown.map((o) => o.number)).toEqual([45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56]);
    expect(omitted).toBe(100 - MAX_CROSSINGS_ON_CROSSING_MAP);
  });

  test('leaves out crossings outside the frame without counting them', () => {
    const { shown, omitted } = nearbyCrossings(line, [60, 50], [59.9, 49, 60.22, 51]);
    expect(shown.map((o) => o.crossing.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(omitted).toBe(0);
  });

  test("no crossing map of the atlas's own data reaches the cap", () => {
    for (const analysis of buildModel().analyses.values()) {
      for (const { crossing } of analysis.crossings) {
        const frame = growBounds(crossingFrame(crossing.coordinates.lonLat), 0.25, 1);
        expect(nearbyCrossings(analysis.crossings, crossing.coordinates.lonLat, frame).omitted, crossing.id).toBe(0);
      }
    }
  });
});

describe('thinMarkers', () => {
  test('leaves a plate within the limit as it is', () => {
    const few = Array.from({ length: MAX_MARKERS_PER_PLATE }, (_, i) => ({ at: [10, 10] as [number, number], number: i + 1 }));
    expect(thinMarkers(few, 20)).toEqual({ kept: few.map((_, i) => i), omitted: 0 });
  });

  test('past the limit keeps the lowest number of each cell a marker and a half wide, in input order, and counts the rest', () => {
    // 400 markers, four to a spot, on a 10 × 10 grid of spots 30 units apart (cells of 1.5 × 20 = 30 units).
    const many = Array.from({ length: 400 }, (_, i) => ({ at: [(i % 10) * 30 + 5, Math.floor(i / 40) * 30 + 5] as [number, number], number: 400 - i }));
    const { kept, omitted } = thinMarkers(many, 20);
    expect(kept).toHaveLength(100);
    expect(omitted).toBe(300);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    // Of the four markers at a spot (i, i + 10, i + 20, i + 30), the last holds the lowest number.
    expect(kept.slice(0, 10)).toEqual([30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
  });
});
