/** Writes src/styles/static-map.css from the palettes (see `staticMapCss`). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { staticMapCss } from '../src/map/svg-map-string.ts';

const file = join(import.meta.dirname, '..', 'src', 'styles', 'static-map.css');
writeFileSync(file, staticMapCss());
console.log(`wrote ${file}`);
