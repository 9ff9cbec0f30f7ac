import { booleanPointInPolygon } from '@turf/turf';
import type { Atlas } from '../schemas/index.ts';
import { datasetPath } from './build-atlas.ts';
import { countryAt, distanceToLineKm } from '../geo/geometry.ts';
import type { GeoLayers } from './geo-layers.ts';
import type { Problem } from './validate.ts';

/** How far a crossing's point may lie from its border line on Natural Earth's 1:10m geometry. */
export const MAX_CROSSING_OFFSET_KM = 25;

/** A region "touches" a border when at least this much of the line runs within reach of it. */
export const MIN_TOUCH_KM = 1;

/**
 * Checks the data against the geometry: crossings near their own border, settlements in their own
 * country and region, listed regions on their border, and regions on the line either listed or
 * explained. Pure; returns problems in the same file › record › field form as validation.
 */
export function checkGeometry(atlas: Atlas, geo: GeoLayers): Problem[] {
  const problems: Problem[] = [];
  const lines = new Map(geo.borders.features.map((f) => [f.properties.id, f]));
  const polygons = new Map(geo.regions.features.map((f) => [f.properties.iso3166_2, f]));
  const regions = new Map(atlas.regions.map((r) => [r.id, r]));

  for (const c of atlas.crossings) {
    const line = lines.get(c.border);
    if (!line) {
      problems.push({ file: datasetPath('crossings'), record: c.id, field: 'border', message: `border "${c.border}" has no line in data/geo/borders.geojson` });
      continue;
    }
    const km = distanceToLineKm(c.coordinates.lonLat, line);
    if (km > MAX_CROSSING_OFFSET_KM) {
      problems.push({
        file: datasetPath('crossings'),
        record: c.id,
        field: 'coordinates.lonLat',
        message: `lies ${Math.round(km)} km from the ${c.border} line; a crossing must be within ${MAX_CROSSING_OFFSET_KM} km of its own border`,
      });
    }
  }

  for (const s of atlas.settlements) {
    const at = { file: datasetPath('settlements'), record: s.id, field: 'coordinates.lonLat' };
    const country = countryAt(s.coordinates.lonLat, geo.countries);
    if (country !== s.country) {
      problems.push({
        ...at,
        message: `lies in ${country ?? 'no country'} on Natural Earth's map, not in ${s.country}: wrong side of the border, or longitude and latitude swapped?`,
      });
      continue;
    }
    const region = s.region ? regions.get(s.region) : undefined;
    // Units formed after Natural Earth's data are checked against the region they were carved from.
    const mapped = region?.iso3166_2 ? region : region?.formed ? regions.get(region.formed.from) : undefined;
    const polygon = mapped?.iso3166_2 ? polygons.get(mapped.iso3166_2) : undefined;
    if (polygon && !booleanPointInPolygon(s.coordinates.lonLat, polygon)) {
      problems.push({ ...at, message: `lies outside ${mapped!.name} (${mapped!.iso3166_2}) on Natural Earth's map, but its region is given as "${s.region}"` });
    }
  }

  for (const border of atlas.borders) {
    if (border.coverage === 'geometry-only') continue;
    const onLine = geo.regions.features.filter((f) => (f.properties.touchKm[border.id] ?? 0) >= MIN_TOUCH_KM);
    const listed = atlas.regions.filter((r) => r.borders.includes(border.id));
    for (const r of listed) {
      if (r.iso3166_2 === null) continue;
      const index = r.borders.indexOf(border.id);
      if (!onLine.some((f) => f.properties.iso3166_2 === r.iso3166_2)) {
        problems.push({
          file: datasetPath('regions'),
          record: r.id,
          field: `borders.${index}`,
          message: `is listed on ${border.id}, but its Natural Earth polygon (${r.iso3166_2}) does not touch that line`,
        });
      }
    }
    const explained = new Set(border.unlistedRegions.map((u) => u.iso3166_2));
    onLine.forEach((f) => {
      const code = f.properties.iso3166_2;
      if (listed.some((r) => r.iso3166_2 === code) || explained.has(code)) return;
      problems.push({
        file: datasetPath('borders'),
        record: border.id,
        field: 'unlistedRegions',
        message: `Natural Earth puts ${f.properties.name} (${code}) on this line for ${f.properties.touchKm[border.id]} km, but no region record lists it and no note explains why`,
      });
    });
  }
  return problems;
}
