// Minimal typings for topojson-server (no @types package is installed).
declare module 'topojson-server' {
  import type { GeoJsonObject } from 'geojson';
  import type { Topology } from 'topojson-specification';

  export function topology(objects: Record<string, GeoJsonObject>, quantization?: number): Topology;
}
