// Synthetic crossings for the scaling benchmark: every real crossing plus (factor − 1) copies of
// it, each with a new id and names, placed ON its own border's Natural Earth line (a point
// interpolated along data/geo/borders.geojson) within ±SPREAD_KM of the original along the line,
// so the geometry check (≤ 25 km from the line) and every cross-reference still pass.
// Deterministic (seeded), so two runs build the same data. Each edition's translations of the
// crossings are copied with them (`translateCopies`), so the build's translation check passes too.
import { createHash } from 'node:crypto';
import { along, length, lineString, nearestPointOnLine, point } from '@turf/turf';

/** How far along the line a copy may move from its original, in km (either way). */
export const SPREAD_KM = 60;

/** Mulberry32: small seeded PRNG, so the synthetic data is the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round5 = (x) => Math.round(x * 1e5) / 1e5;
const slug = (s) =>
  s
    .normalize('NFKD')
    .replace(/[^\p{ASCII}]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * @param {any[]} crossings  records of data/crossings.json
 * @param {any} borders      data/geo/borders.geojson (FeatureCollection of LineStrings with properties.id)
 * @param {number} factor    total records = crossings.length × factor
 * @returns {any[]}
 */
export function multiplyCrossings(crossings, borders, factor, seed = 20240601) {
  const random = prng(seed);
  const lines = new Map(
    borders.features.map((f) => {
      const line = f.geometry.type === 'LineString' ? lineString(f.geometry.coordinates) : lineString(f.geometry.coordinates.flat());
      return [f.properties.id, { line, km: length(line, { units: 'kilometers' }) }];
    }),
  );
  const out = [...crossings];
  const ids = new Set(crossings.map((c) => c.id));
  for (const c of crossings) {
    const entry = lines.get(c.border);
    if (!entry) throw new Error(`synthetic: no line for border ${c.border} (crossing ${c.id})`);
    const at = nearestPointOnLine(entry.line, point(c.coordinates.lonLat), { units: 'kilometers' }).properties;
    const origin = at.location ?? at.lineDistance ?? 0;
    for (let k = 1; k < factor; k++) {
      const d = Math.min(entry.km, Math.max(0, origin + (random() * 2 - 1) * SPREAD_KM));
      const [lon, lat] = along(entry.line, d, { units: 'kilometers' }).geometry.coordinates;
      const kazakh = `${c.kazakh.name} ${k}`;
      const neighbour = `${c.neighbour.name} ${k}`;
      let id = `${slug(kazakh)}-${slug(neighbour)}`;
      while (ids.has(id)) id += '-x';
      ids.add(id);
      const copy = structuredClone(c);
      copy.id = id;
      copy.kazakh.name = kazakh;
      copy.neighbour.name = neighbour;
      // A settlement is one place with (usually) one checkpoint; the copies name none.
      delete copy.kazakh.settlement;
      delete copy.neighbour.settlement;
      copy.coordinates = {
        ...copy.coordinates,
        lonLat: [round5(lon), round5(lat)],
        precision: 'approximate',
        note: syntheticNote(c),
      };
      out.push(copy);
    }
  }
  return out;
}

/** A copy's note on its position, naming its original (what `translateCopies` finds the original by). */
function syntheticNote(original) {
  return `Synthetic benchmark copy of ${original.id}: a point on the Natural Earth ${original.border} line.`;
}

/** The first 12 hex digits of the SHA-256 of a text: what a translation's `from` records (data/README.md). */
const textHash = (text) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);

/** The copy's note on its position, in an edition's words (a stand-in: the copies are never published). */
const SYNTHETIC_NOTE = {
  ru: (c) => `Синтетическая копия ${c.id} для замера: точка на линии Natural Earth ${c.border}.`,
};

/**
 * A translation file of data/crossings.json (`{ record: { field: { from, text } } }`) with an entry
 * for every copy made by `multiplyCrossings`: its original's translations, and its own note on the
 * position (the one English text a copy changes), hashed from the copy's English.
 * @param {Record<string, Record<string, {from: string, text: string}>>} translations
 * @param {any[]} crossings  the original records
 * @param {any[]} many       the records multiplyCrossings returned
 * @param {string} locale
 */
export function translateCopies(translations, crossings, many, locale) {
  const ids = new Set(crossings.map((c) => c.id));
  const byNote = new Map(crossings.map((c) => [syntheticNote(c), c]));
  const out = { ...translations };
  for (const copy of many) {
    if (ids.has(copy.id)) continue;
    const original = byNote.get(copy.coordinates.note);
    if (!original) throw new Error(`synthetic: no original for copy ${copy.id}`);
    const note = copy.coordinates.note;
    out[copy.id] = {
      ...(translations[original.id] ?? {}),
      'coordinates.note': { from: textHash(note), text: SYNTHETIC_NOTE[locale]?.(original) ?? note },
    };
  }
  return out;
}
