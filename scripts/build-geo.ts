/**
 * Writes data/geo/{countries,borders,regions}.geojson and data/geo/README.md
 * from Natural Earth npm packages. Deterministic and safe to rerun:
 *   npm run data:geo
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGeo, loadGeoSources } from './geo/build.ts';

const outDir = join(import.meta.dirname, '..', 'data', 'geo');
const started = performance.now();
const { files, borders } = buildGeo(loadGeoSources());
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(outDir, name), text);
  console.log(`${`data/geo/${name}`.padEnd(28)} ${(Buffer.byteLength(text) / 1024).toFixed(1).padStart(7)} KB`);
}
console.log('\nborder                    1:10m km  simplified km  KZ-regions km  neighbour-regions km');
for (const b of borders) {
  console.log(
    `${b.id.padEnd(25)} ${b.lengthKm.toFixed(1).padStart(8)} ${b.lengthKmSimplified.toFixed(1).padStart(14)} ${b.kazakhRegionsKm.toFixed(1).padStart(14)} ${b.neighbourRegionsKm.toFixed(1).padStart(20)}`,
  );
}
console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(1)} s`);
