/**
 * Which crossings a crossing's own map shows: itself and its nearest neighbours inside the frame, at
 * most MAX_CROSSINGS_ON_CROSSING_MAP. The cap keeps a crossing map's drawing (marker spreading,
 * label placement) the same size however many crossings the atlas holds; the real data never
 * reaches it (eight at most), and the map's key counts any left out. One spatial index per border,
 * built once, answers every crossing of that border.
 */
import KDBush from 'kdbush';
import type { OrderedCrossing } from '../geo/border-analysis.ts';
import type { Bounds } from './map-data.types.ts';

export const MAX_CROSSINGS_ON_CROSSING_MAP = 12;

const indexes = new WeakMap<readonly OrderedCrossing[], KDBush>();

function indexOf(crossings: readonly OrderedCrossing[]): KDBush {
  let index = indexes.get(crossings);
  if (!index) {
    index = new KDBush(Math.max(1, crossings.length));
    for (const { crossing } of crossings) index.add(crossing.coordinates.lonLat[0], crossing.coordinates.lonLat[1]);
    index.finish();
    indexes.set(crossings, index);
  }
  return index;
}

export interface NearbyCrossings {
  /** In the border's order (by number). */
  shown: OrderedCrossing[];
  /** Crossings inside the frame that the cap leaves out. */
  omitted: number;
}

/** The crossings inside `frame` nearest `at`, at most `limit` of them. */
export function nearbyCrossings(
  crossings: readonly OrderedCrossing[],
  at: readonly [number, number],
  frame: Bounds,
  limit = MAX_CROSSINGS_ON_CROSSING_MAP,
): NearbyCrossings {
  const [w, s, e, n] = frame;
  const inFrame = indexOf(crossings).range(w, s, e, n);
  // Degrees of longitude shrink with latitude: distances are compared on an equirectangular plane.
  const stretch = Math.cos((at[1] * Math.PI) / 180);
  const distance = (i: number) => {
    const [lon, lat] = crossings[i]!.crossing.coordinates.lonLat;
    return Math.hypot((lon - at[0]) * stretch, lat - at[1]);
  };
  const nearest = inFrame
    .map((i) => ({ i, d: distance(i) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, limit)
    .map(({ i }) => i)
    .sort((a, b) => a - b);
  return { shown: nearest.map((i) => crossings[i]!), omitted: inFrame.length - nearest.length };
}
