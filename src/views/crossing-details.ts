import type { Atlas, Crossing, Settlement } from '../schemas/index.ts';
import type { BorderAnalysis, OrderedCrossing } from '../geo/border-analysis.ts';
import { nearest } from '../geo/geometry.ts';

export interface CrossingDetails {
  crossing: Crossing;
  ordered: OrderedCrossing;
  /** Crossings before and after it along the same border (west and east). */
  previous: OrderedCrossing | null;
  next: OrderedCrossing | null;
  /** Closest settlements in the atlas, any border, nearest first. */
  nearestSettlements: { settlement: Settlement; distanceKm: number }[];
  /** Closest other crossings, any border, nearest first. */
  nearestCrossings: { crossing: Crossing; distanceKm: number }[];
  /** Entries of sources' checkpoint lists that name this crossing. */
  listings: { listing: Atlas['checkpointListings'][number]; entry: Atlas['checkpointListings'][number]['entries'][number] }[];
}

/** Everything a crossing page shows beyond the record itself. Pure. */
export function crossingDetails(atlas: Atlas, analysis: BorderAnalysis, id: string, neighbours = 3): CrossingDetails {
  const index = analysis.crossings.findIndex((o) => o.crossing.id === id);
  const ordered = analysis.crossings[index];
  if (!ordered) throw new Error(`crossing "${id}" is not on border "${analysis.border.id}"`);
  const here = ordered.crossing.coordinates.lonLat;
  const others = atlas.crossings.filter((c) => c.id !== id);
  return {
    crossing: ordered.crossing,
    ordered,
    previous: analysis.crossings[index - 1] ?? null,
    next: analysis.crossings[index + 1] ?? null,
    nearestSettlements: nearest(
      atlas.settlements.map((s) => s.coordinates.lonLat),
      here,
      neighbours,
    ).map((r) => ({
      settlement: atlas.settlements[r.index]!,
      distanceKm: r.distanceKm,
    })),
    nearestCrossings: nearest(
      others.map((c) => c.coordinates.lonLat),
      here,
      neighbours,
    ).map((r) => ({
      crossing: others[r.index]!,
      distanceKm: r.distanceKm,
    })),
    listings: atlas.checkpointListings.flatMap((listing) => listing.entries.filter((e) => e.crossing === id).map((entry) => ({ listing, entry }))),
  };
}
