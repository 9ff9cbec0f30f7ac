import { z } from 'zod';

/** A lowercase ASCII slug: letters, digits and single hyphens. Used for every record id. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug (a-z, 0-9, single hyphens)');

/** Id of an entry in `data/sources.json`; every fact cites one. */
export const SourceId = Slug.describe('id of an entry in data/sources.json');

/**
 * Where the reader text of the datasets is marked: a string schema registered here holds text the
 * editors wrote, which every edition shows in its own language (data/translations). The walker in
 * src/data/reader-text.ts finds such strings by their schema, so the schemas are the one home of
 * what gets translated.
 */
export const readerTextSchemas = z.registry<{ translated: true }>();

const nonEmptyString = () => z.string().trim().min(1, 'must not be empty');

/** Text that a reader sees, in the editors' words: never empty, never padded, translated for every edition. */
export const Text = nonEmptyString().register(readerTextSchemas, { translated: true });

/**
 * A name or a bibliographic string shown as written in every edition: a place name (its other
 * scripts are aliases), a source's title, publisher or licence.
 */
export const Name = nonEmptyString();

const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** English short name of the country with this ISO 3166-1 alpha-2 code (CLDR, through `Intl`), if there is one. */
export function englishCountryName(code: string): string | undefined {
  return /^[A-Z]{2}$/.test(code) ? COUNTRY_NAMES.of(code) : undefined;
}

/**
 * ISO 3166-1 alpha-2 code of a country. Which countries the atlas records places in is the border
 * registry's to say (Kazakhstan and each neighbour in data/borders.json); the reference checks hold
 * records to it.
 */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code (two capital letters)')
  .refine((code) => englishCountryName(code) !== undefined, 'is not an ISO 3166-1 country code');
export type CountryCode = z.infer<typeof CountryCode>;

/** Id of a border in `data/borders.json`, e.g. `kazakhstan-russia`. */
export const BorderId = Slug.describe('id of an entry in data/borders.json');

/**
 * Bounds of the area the atlas maps. A point outside them is a mistake, most often
 * longitude and latitude written the wrong way round.
 */
export const ATLAS_EXTENT = { west: 40, east: 100, south: 35, north: 60 } as const;

/** `[longitude, latitude]` in decimal degrees (WGS 84), as in GeoJSON. */
export const LonLat = z.tuple([z.number(), z.number()]).superRefine(([lon, lat], ctx) => {
  const { west, east, south, north } = ATLAS_EXTENT;
  if (lon < west || lon > east || lat < south || lat > north) {
    const swapped = lat >= west && lat <= east && lon >= south && lon <= north;
    ctx.addIssue({
      code: 'custom',
      message:
        `[${lon}, ${lat}] lies outside the atlas extent (longitude ${west}–${east}, latitude ${south}–${north})` +
        (swapped ? '; longitude and latitude look swapped' : ''),
    });
  }
});
export type LonLat = z.infer<typeof LonLat>;

/** How precisely a coordinate pins the place it stands for. */
export const CoordinatePrecision = z.enum([
  /** The point where the road or railway meets the border line, read off a map. */
  'crossing',
  /** The centre of the settlement the checkpoint is named after or lies in. */
  'settlement',
  /** Within a few kilometres: the area is known, the exact spot is not. */
  'approximate',
]);

/** Where a coordinate comes from and how far to trust it. */
export const Coordinates = z.object({
  /** `[longitude, latitude]`, decimal degrees, at most 5 decimals used. */
  lonLat: LonLat,
  /** Source of the coordinate (a gazetteer entry in sources, or the editors' curation). */
  source: SourceId,
  /** What the point stands for. */
  precision: CoordinatePrecision,
  /** How the point was found or checked, in a sentence. */
  note: Text.optional(),
});
export type Coordinates = z.infer<typeof Coordinates>;

/** Script of a written name. */
export const Script = z.enum(['latin', 'cyrillic', 'chinese']);

/** Another name for the same place: a spelling, a transliteration, a former name, another script. */
export const Alias = z.object({
  /** The name as written. */
  name: Name,
  /** Writing system of `name`. */
  script: Script.default('latin'),
  /** Language of the name (BCP 47: `kk`, `ru`, `zh`, `ky`, `en`), when it matters. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  /** Source that uses this form; the editors' own transliterations cite `atlas-editors`. */
  source: SourceId,
  /** Why the form exists (former name, misspelling in the source, …). */
  note: Text.optional(),
});
export type Alias = z.infer<typeof Alias>;

/** A calendar year within the span the atlas covers. */
export const Year = z.number().int().min(1700, 'must be 1700 or later').max(2100, 'must be 2100 or earlier');

/** A date of known precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDate = z
  .string()
  .regex(/^(1[7-9]|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD between 1700 and 2099');

/** A value together with the source that states it. Sources can disagree, so facts are lists of readings. */
export const sourced = <T extends z.ZodType>(value: T) =>
  z.object({
    /** The value as the source gives it. */
    value,
    /** The source stating it. */
    source: SourceId,
    /** Context: what exactly the source says, in the editors' words. */
    note: Text.optional(),
  });
