import type { Formats, PluralForms } from '../format.ts';

type Dataset = 'crossings' | 'settlements' | 'borders' | 'regions';

/** A field's meaning and unit in an edition's language; the unit may read differently in GeoJSON and CSV. */
export interface FieldText {
  meaning: string;
  unit: string | { geojson: string; csv: string };
}

/** The data page (`/data/`): the downloads, their licences and their field guides. */
export const downloads = {
  title: 'Data downloads',
  description:
    'Open downloads of the Kazakhstan Border Atlas: crossings, settlements, border lines and regions as GeoJSON and CSV, and a JSON Schema for every dataset.',
  leadAsOf: 'The data behind every page of the atlas, built from the same validated datasets when the site is built. As of',
  leadSources: 'Every record cites its sources by id; the ids are listed on the',
  sourcesPage: 'sources',
  page: ' page.',
  about: {
    crossings: {
      title: 'Border crossings',
      text: 'Every crossing (a pair of checkpoints, Kazakh side first) on Kazakhstan’s borders, with both sides’ names, modes, restrictions, status and where its point comes from.',
      noun: { one: 'crossing', other: 'crossings' } as PluralForms,
    },
    settlements: {
      title: 'Settlements',
      text: 'Towns, villages and stations the sources list near the borders, and the places crossings are named after.',
      noun: { one: 'settlement', other: 'settlements' } as PluralForms,
    },
    borders: {
      title: 'Border lines',
      text: 'Kazakhstan’s land borders as Natural Earth 1:10m lines (simplified, running west to east), with the lengths the sources state beside the measured length.',
      noun: { one: 'border', other: 'borders' } as PluralForms,
    },
    regions: {
      title: 'Border regions',
      text: 'The first-level regions along the borders, on both sides, for which Natural Earth has a polygon, with the share of each border that runs along them.',
      noun: { one: 'region', other: 'regions' } as PluralForms,
    },
  } satisfies Record<Dataset, { title: string; text: string; noun: PluralForms }>,
  /** Regions formed after Natural Earth's data (their names joined), left out of the regions download. */
  withoutPolygon: (names: string[]) => ` ${names.join(' and ')}, formed after Natural Earth’s data, have no polygon and are left out.`,
  /**
   * Field meanings and units in this edition's language, by download and field name; `null` in the
   * source edition, whose words are those of src/site/downloads/fields.ts.
   */
  fields: null as Record<Dataset, Record<string, FieldText>> | null,
  licencesHeading: 'Licences and attribution',
  compilation: 'The atlas’s own compilation (records, ids, names and aliases as the atlas writes them, classifications, the editors’ notes) is under',
  factsFrom: '. The facts come from the sources each record cites.',
  geonamesCoordinates: ['Coordinates whose', 'is', ' come from'] as [string, string, string],
  naturalEarthGeometry: 'Border lines and region polygons come from',
  schemasLicence: ['The JSON Schemas are generated from the atlas’s source code and are under the', ' licence.'] as [string, string],
  suggestedCredit: 'Suggested credit:',
  credit: (site: string, licence: string) =>
    `${site} (${licence}), with coordinates from GeoNames (CC BY 4.0) and geometry from Natural Earth (public domain).`,
  geojsonIntro: [
    'FeatureCollections: WGS 84 longitude and latitude, no',
    'member, at most 6 decimals, polygon exteriors counter-clockwise. Each feature’s',
    'is the record’s id; one feature per line.',
  ] as [string, string, string],
  csvIntro: [
    ': UTF-8, comma-separated, a header row, one row per record, CRLF line ends, fields holding commas, quotes or line breaks in double quotes. Lists are joined with',
    'and aliases are written',
    '(the GeoJSON also has each alias’s language and source). Columns have the same names and values as the GeoJSON properties, with the point as',
    'and',
  ] as [string, string, string, string],
  byteUnits: { bytes: 'bytes', kb: 'KB', mb: 'MB' },
  size: 'Size',
  bytes: (size: string, bytes: string) => `${size} (${bytes} bytes)`,
  rows: 'Rows',
  features: 'Features',
  asOf: 'As of',
  type: 'Type',
  licence: 'Licence:',
  licenceFor: 'for',
  from: ', from',
  /** What a licence covers in a download (src/site/downloads/catalogue.ts words it in English). */
  covers: (covers: string) => covers,
  fieldGuide: (count: number, csv: boolean) => `Field guide: ${count} ${csv ? 'columns' : 'properties'}`,
  fieldGuideLabel: (file: string) => `Field guide to ${file}`,
  field: 'Field',
  meaning: 'Meaning',
  unitOrValues: 'Unit or values',
  schemaIntro: [
    'One',
    ' per dataset, generated from the atlas’s validation schemas. Each describes a dataset file as it is written (fields with a default may be left out): a list dataset is an array of records, a document dataset one object. The schemas give each field’s type, pattern and allowed values; the field guides above give meanings and units. Licence:',
    '; as of',
  ] as [string, string, string],
  schemasLabel: 'JSON schemas',
  schemasCaption: (count: number, f: Formats) => `${f.count(count, { one: 'schema', other: 'schemas' })} (records: how many the dataset file holds)`,
  schema: 'Schema',
  records: 'Records',
};
