import type { ContextProperties, CountryProperties } from '../data/geo-layers.ts';
import type { FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Relevance } from './style/spec.ts';
import type { Locale } from '../i18n/locales.ts';

/** Map-data view id of the migration study's area. */
export const STUDY_AREA_VIEW = 'migration-study';

/** Bounding box `[west, south, east, north]`, degrees. */
export type Bounds = [number, number, number, number];

/** Which side of a border a place lies on. */
export type Side = 'kazakh' | 'neighbour';

export interface BorderLineProperties {
  /** Border id (`kazakhstan-russia`). */
  id: string;
  name: string;
  /** True for the border(s) this view is about. */
  emphasis: boolean;
}
/** A region shaded on a map view (not the data/geo region record: see src/data/geo-layers.ts). */
export interface MapRegionProperties {
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
  /** True when the position is not the crossing point itself (a settlement's centre or an estimate): drawn with an uncertainty halo. */
  approximate: boolean;
  /** The newest status reading, as the popup leads with it: `Open — last confirmed May 2024`. */
  status: string;
  /** True when that reading is older than the currency rule allows at build time (src/data/status.ts): drawn muted, flagged "old reading". */
  stale: boolean;
}

export type { ContextProperties };

/**
 * What the cartographic spec (style/spec.ts) reads about a context feature or label, prepared at build
 * time: its label priority, how it relates to the view's border (`relevance`, only where it does) and
 * whether the border's data names it as a defining feature.
 */
export interface Naming {
  priority: number;
  relevance?: Relevance;
  featured?: true;
}
/** A context feature as a view carries it. */
export type MapContextProperties = ContextProperties & Naming;

/**
 * One label anchor per named area, computed at build time (the browser places no labels itself):
 * in the largest part of the area within the view, its centre of mass, or where that falls outside the
 * part, its pole of inaccessibility (src/map/map-labels.ts). `priority` orders labels the same
 * way on the static and the live map (lower first).
 */
export type LabelProperties = (
  | { kind: 'country'; name: string; role: CountryProperties['role'] }
  | { kind: 'region'; name: string; side: Side }
  | { kind: 'area'; name: string; class: string; rank: number; /** Further anchors on the view's border, inside the area. */ alt?: [number, number][] }
  | { kind: 'lake'; name: string; rank: number }
) &
  Naming;

/** Everything one interactive map view needs, served as `/map-data/<view>.json`. */
export interface MapData {
  /** `overview`, `crossings`, a border id or a crossing id. */
  view: string;
  /** The edition whose words the names are in; absent for English, the language the views are built in. */
  locale?: Locale;
  /** Initial extent. */
  bounds: Bounds;
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  borders: FeatureCollection<LineString | MultiLineString, BorderLineProperties>;
  regions: FeatureCollection<Polygon | MultiPolygon, MapRegionProperties>;
  settlements: FeatureCollection<Point, SettlementProperties>;
  crossings: FeatureCollection<Point, CrossingProperties>;
  /** Rivers, lakes, peaks and towns in and around the view (no named-area polygons: their labels are in `labels`). */
  context: FeatureCollection<Geometry, MapContextProperties>;
  /** Label anchors of countries, regions, named areas and lakes. */
  labels: FeatureCollection<Point, LabelProperties>;
  /** Names of the natural features the data says the view's border follows, crosses or passes (labelled first). */
  featured?: string[];
  /** The border whose line decides which features are relevant (border and crossing views). */
  relevantTo?: string;
  /** Features the border's data names that no Natural Earth layer in the view carries (for the map's notes). */
  unmatched?: string[];
  /** A crossing's own view: crossings in its frame left off its map (src/map/nearby-crossings.ts), for the map's key. */
  omittedCrossings?: number;
  /** A crossing's own view: the crossing and its border, for the inset of the static map. */
  focus?: { crossing: string; border: string; at: [number, number] };
  /** Kazakhstan and the focus border's neighbour, whole, for the inset (crossing views only). */
  insetLand?: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
}
