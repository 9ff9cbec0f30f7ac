/**
 * What a crossing page says about a point that is not the checkpoint's own position: the place it
 * is near and how far the checkpoint may be from it. Pure (turf distances via src/geo).
 */
import type { Crossing, Settlement } from '../schemas/index.ts';
import { nearest } from '../geo/geometry.ts';

/** How far an `approximate` or `settlement` point may be from the checkpoint at least: "within a few kilometres" (data/README.md › Coordinates). */
export const APPROXIMATE_WITHIN_KM = 5;

export interface ApproximatePosition {
  /** The settlement the point is described by: the one the crossing is named after when the record names one, else the nearest in the atlas. */
  settlement: Settlement;
  /** True when the crossing's record names this settlement (as either side's `settlement`). */
  named: boolean;
  /** Great-circle distance from the point to the settlement, km. */
  distanceKm: number;
  /**
   * How far the checkpoint may be from the point, whole km: APPROXIMATE_WITHIN_KM, or the distance to the
   * named settlement when that is farther (the checkpoint stands at or near the place it is named after).
   */
  offByKm: number;
}

/**
 * The settlement an approximate point is near and how far the checkpoint may be from it; null when
 * the point is the crossing's own position (`precision: crossing`) or the atlas has no settlement.
 */
export function approximatePosition(
  crossing: Pick<Crossing, 'coordinates' | 'kazakh' | 'neighbour'>,
  settlements: readonly Settlement[],
): ApproximatePosition | null {
  if (crossing.coordinates.precision === 'crossing' || settlements.length === 0) return null;
  const namedIds = new Set([crossing.kazakh.settlement, crossing.neighbour.settlement].filter((id): id is string => id !== undefined));
  const named = settlements.filter((s) => namedIds.has(s.id));
  const pool = named.length > 0 ? named : settlements;
  const [hit] = nearest(
    pool.map((s) => s.coordinates.lonLat),
    crossing.coordinates.lonLat,
    1,
  );
  if (!hit) return null;
  return {
    settlement: pool[hit.index]!,
    named: named.length > 0,
    distanceKm: hit.distanceKm,
    offByKm: named.length > 0 ? Math.max(APPROXIMATE_WITHIN_KM, Math.ceil(hit.distanceKm)) : APPROXIMATE_WITHIN_KM,
  };
}
