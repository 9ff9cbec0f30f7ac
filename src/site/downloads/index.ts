/**
 * The open downloads under `/data/`: GeoJSON (RFC 7946), CSV (RFC 4180) and JSON Schema.
 *
 * Pure: atlas + geometry in, text out. The endpoints in `src/pages/data/` write exactly these
 * strings and the `/data/` page measures the same strings, so the sizes it shows are the files' sizes.
 */
export * from './common.ts';
export * from './fields.ts';
export * from './geojson.ts';
export * from './csv.ts';
export * from './json-schema.ts';
export * from './catalogue.ts';
