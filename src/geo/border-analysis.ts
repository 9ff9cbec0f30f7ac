import type { Feature, LineString, MultiLineString } from 'geojson';
import type { Atlas, Border, Crossing, Region, Settlement } from '../schemas/index.ts';
import { distanceToLineKm, longestGap, meanSpacingKm, orderAlong, type Gap } from './geometry.ts';

/** Geometry a border analysis needs, as written by `npm run data:geo`. */
export interface BorderGeometry {
  line: Feature<LineString | MultiLineString, { id: string; neighbour: string; lengthKm: number }>;
  /** Natural Earth admin-1 regions touching the line, keyed by ISO 3166-2 code, with km of border within reach. */
  regionTouchKm: ReadonlyMap<string, number>;
  /** Longitude of each such region's centre, for listing regions west to east. */
  regionLongitude: ReadonlyMap<string, number>;
}

export interface OrderedCrossing {
  crossing: Crossing;
  /** 1-based west→east position; labels the crossing in tables and maps. */
  number: number;
  /** Km from the border's west end to the point on the line nearest the crossing. */
  positionKm: number;
  /** Km between the crossing's coordinate and the line. */
  offsetKm: number;
}

export interface RegionShare {
  region: Region;
  /** Km of the border line within reach of the region's Natural Earth polygon; null when it has no polygon. */
  km: number | null;
  percent: number | null;
}

export interface KeyDistanceCheck {
  settlement: Settlement;
  /** What the source says, km. */
  sourceKm: number;
  direction: string;
  source: string;
  /** Shortest distance from the settlement's coordinate to the Natural Earth line, km. */
  measuredKm: number;
}

export interface BorderAnalysis {
  border: Border;
  /** Length of the Natural Earth 1:10m line, km. */
  measuredKm: number;
  crossings: OrderedCrossing[];
  /** Longest stretch without a crossing, with the crossings at either end (null at the line's ends). */
  longestGap: (Gap & { west: Crossing | null; east: Crossing | null }) | null;
  meanSpacingKm: number | null;
  regions: { kazakh: RegionShare[]; neighbour: RegionShare[] };
  keyDistances: KeyDistanceCheck[];
}

/** The longest part of a (multi)line: ordering along a border needs one continuous line. */
export function mainLine(line: Feature<LineString | MultiLineString>): Feature<LineString> {
  if (line.geometry.type === 'LineString') return line as Feature<LineString>;
  const parts = line.geometry.coordinates;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), parts[0] ?? []);
  return { type: 'Feature', properties: line.properties, geometry: { type: 'LineString', coordinates: longest } };
}

/** Everything the atlas derives about one border from its data and geometry. Pure. */
export function analyseBorder(atlas: Atlas, borderId: string, geometry: BorderGeometry): BorderAnalysis {
  const border = atlas.borders.find((b) => b.id === borderId);
  if (!border) throw new Error(`unknown border "${borderId}"`);
  const line = mainLine(geometry.line);

  // orderAlong works on points; map back by index to keep the records.
  const onBorder = atlas.crossings.filter((c) => c.border === borderId);
  const ranked = orderAlong(
    onBorder.map((c) => c.coordinates.lonLat),
    line,
  ).map((r, i) => ({
    crossing: onBorder[r.index]!,
    number: i + 1,
    positionKm: r.positionKm,
    offsetKm: r.offsetKm,
  }));

  const positions = ranked.map((r) => r.positionKm);
  let gap: BorderAnalysis['longestGap'] = null;
  if (ranked.length > 0) {
    const g = longestGap(line, positions);
    const atWestEnd = g.fromKm < Math.min(...positions) - 1e-6;
    const atEastEnd = g.toKm > Math.max(...positions) + 1e-6;
    gap = {
      ...g,
      west: atWestEnd ? null : (ranked.findLast((r) => r.positionKm <= g.fromKm + 1e-6)?.crossing ?? null),
      east: atEastEnd ? null : (ranked.find((r) => r.positionKm >= g.toKm - 1e-6)?.crossing ?? null),
    };
  }

  const measuredKm = geometry.line.properties.lengthKm;
  const share = (region: Region): RegionShare => {
    const km = region.iso3166_2 ? (geometry.regionTouchKm.get(region.iso3166_2) ?? 0) : null;
    return { region, km, percent: km === null ? null : (100 * km) / measuredKm };
  };
  const byId = new Map(atlas.regions.map((r) => [r.id, r]));
  // Units formed after Natural Earth's data have no polygon: list them just before the region they came from.
  const longitude = (region: Region): number => {
    if (region.iso3166_2 !== null) return geometry.regionLongitude.get(region.iso3166_2) ?? 0;
    const parent = region.formed ? byId.get(region.formed.from) : undefined;
    return parent ? longitude(parent) - 1e-3 : 0;
  };
  const regions = atlas.regions.filter((r) => r.borders.includes(borderId)).sort((a, b) => longitude(a) - longitude(b));

  const settlements = new Map(atlas.settlements.map((s) => [s.id, s]));
  const keyDistances = border.keyDistances.map((d) => {
    const settlement = settlements.get(d.settlement)!;
    return {
      settlement,
      sourceKm: d.km,
      direction: d.direction,
      source: d.source,
      measuredKm: distanceToLineKm(settlement.coordinates.lonLat, geometry.line),
    };
  });

  return {
    border,
    measuredKm,
    crossings: ranked,
    longestGap: gap,
    meanSpacingKm: meanSpacingKm(positions),
    regions: {
      kazakh: regions.filter((r) => r.country === 'KZ').map(share),
      neighbour: regions.filter((r) => r.country !== 'KZ').map(share),
    },
    keyDistances,
  };
}
