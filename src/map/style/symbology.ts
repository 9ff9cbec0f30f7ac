/**
 * How a crossing is drawn, in one place: its mode decides the symbol's colour, a restriction turns
 * the solid dot into a ring. The MapLibre style (layers.ts), the static SVG (svg-map-string.ts), the
 * map data (map-data.ts) and the legend (MapLegend.astro) all read it from here. Browser-safe: no
 * node, no turf, no d3.
 */
import type { CrossingMode, Palette } from './palette.ts';

/** Modes in the order the symbol prefers them: rail beats road beats pedestrian and hiking. */
export const MODE_PRIORITY = ['rail', 'road', 'pedestrian', 'hiking'] as const;

/** Restrictions that draw a crossing as a ring (access limited to some people or seasons). */
export const RESTRICTING = ['locals-only', 'summer-only'] as const;

/** The mode a crossing's symbol shows, from all its modes. */
export function primaryMode(modes: readonly string[]): string {
  return MODE_PRIORITY.find((m) => modes.includes(m)) ?? 'road';
}

/** The symbol family of a primary mode: rail, road, or pedestrian (which also covers hiking). */
export function crossingMode(mode: string): CrossingMode {
  if (mode === 'rail') return 'rail';
  if (mode === 'road') return 'road';
  return 'pedestrian';
}

/** True when a crossing's restrictions make it a ring. */
export function isRestricted(restrictions: readonly string[]): boolean {
  return restrictions.some((r) => (RESTRICTING as readonly string[]).includes(r));
}

/** Every crossing symbol the maps can show, for legends: mode × open/restricted. */
export const CROSSING_SYMBOLS: readonly { mode: CrossingMode; restricted: boolean; label: string }[] = [
  { mode: 'road', restricted: false, label: 'Road crossing' },
  { mode: 'rail', restricted: false, label: 'Rail crossing' },
  { mode: 'pedestrian', restricted: false, label: 'Pedestrian or hiking crossing' },
  { mode: 'road', restricted: true, label: 'Restricted crossing (locals or summer only): a ring' },
];

/** Colours and stroke of one crossing symbol. */
export interface CrossingSymbol {
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** Colour of the number drawn on it. */
  number: string;
}

/** The symbol of a crossing in a palette. */
export function crossingSymbol(p: Palette, mode: CrossingMode, restricted: boolean): CrossingSymbol {
  const c = p.crossing[mode];
  return restricted
    ? { fill: c.restricted, stroke: c.fill, strokeWidth: 2.5, number: p.label.text }
    : { fill: c.fill, stroke: p.crossing.stroke, strokeWidth: 1.5, number: p.crossing.number };
}

/** CSS class of a crossing symbol in the static SVG and the legend (`m-x-road`, `m-x-road-r`). */
export const crossingClass = (mode: CrossingMode, restricted: boolean): string => `m-x-${mode}${restricted ? '-r' : ''}`;
