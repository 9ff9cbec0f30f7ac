import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

/** Bounding box `[west, south, east, north]`, degrees. */
export type Bounds = [number, number, number, number];

/** Which side of a border a place lies on. */
export type Side = 'kazakh' | 'neighbour';

export interface CountryProperties {
  /** ISO 3166-1 alpha-2. */
  iso: string;
  name: string;
  /** Kazakhstan itself, a neighbour sharing a border, or context only. */
  role: 'kazakhstan' | 'neighbour' | 'context';
}
export interface BorderLineProperties {
  /** Border id (`kazakhstan-russia`). */
  id: string;
  name: string;
  /** True for the border(s) this view is about. */
  emphasis: boolean;
}
export interface RegionProperties {
  id: string;
  name: string;
  country: string;
  side: Side;
}
export interface SettlementProperties {
  id: string;
  name: string;
  country: string;
  side: Side;
}
export interface CrossingProperties {
  id: string;
  /** `Kazakh name – neighbour name`. */
  name: string;
  border: string;
  modes: string[];
  restrictions: string[];
  /** The mode the symbol shows: rail beats road beats hiking. */
  primaryMode: string;
  /** The crossing's page. */
  url: string;
  /** Position in the view's west→east order, 1-based; the same number labels it in tables and maps. */
  number: number;
  /** True when a restriction (locals only, summer only, …) limits who may cross or when. */
  restricted: boolean;
}

/** Everything one interactive map view needs, served as `/map-data/<view>.json`. */
export interface MapData {
  /** `overview`, `crossings`, a border id or a crossing id. */
  view: string;
  /** Initial extent. */
  bounds: Bounds;
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  borders: FeatureCollection<LineString | MultiLineString, BorderLineProperties>;
  regions: FeatureCollection<Polygon | MultiPolygon, RegionProperties>;
  settlements: FeatureCollection<Point, SettlementProperties>;
  crossings: FeatureCollection<Point, CrossingProperties>;
}
