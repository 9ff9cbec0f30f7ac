/**
 * A plate with more crossing markers than it can draw apart keeps one marker per cell of a grid a
 * marker and a half wide, the lowest-numbered of each cell, and counts the rest for the map's key.
 * Spreading markers apart converges only while they fit; past MAX_MARKERS_PER_PLATE it would push
 * hundreds of markers about for hundreds of rounds (the scaling benchmark's atlas, 100× the
 * crossings). The atlas's own maps stay far below the limit (49 markers at most) and are untouched.
 */
import type { Point } from './label-placer.ts';

export const MAX_MARKERS_PER_PLATE = 120;

/** Indices of the markers to draw, in input order; `omitted` counts the others. */
export function thinMarkers(points: readonly { at: Point; number: number }[], spacing: number): { kept: number[]; omitted: number } {
  if (points.length <= MAX_MARKERS_PER_PLATE) return { kept: points.map((_, i) => i), omitted: 0 };
  const cell = spacing * 1.5;
  const best = new Map<string, number>();
  points.forEach((p, i) => {
    const key = `${Math.floor(p.at[0] / cell)}:${Math.floor(p.at[1] / cell)}`;
    const held = best.get(key);
    if (held === undefined || p.number < points[held]!.number) best.set(key, i);
  });
  const kept = [...best.values()].sort((a, b) => a - b);
  return { kept, omitted: points.length - kept.length };
}
