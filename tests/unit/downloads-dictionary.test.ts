import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/dictionary.ts';
import { LOCALES, SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { fieldGuide } from '../../src/site/downloads/fields.ts';
import { CSV_DOWNLOADS, GEOJSON_DOWNLOADS } from '../../src/site/downloads/common.ts';

describe('the data page’s field guide in every edition', () => {
  const downloads = [...GEOJSON_DOWNLOADS.map((name) => ['geojson', name] as const), ...CSV_DOWNLOADS.map((name) => ['csv', name] as const)];
  for (const locale of LOCALES.filter((l) => l !== SOURCE_LOCALE)) {
    const fields = DICTIONARIES[locale].downloads.fields;
    it(`${locale}: describes every field of every download, and no field the downloads lack`, () => {
      expect(fields).not.toBeNull();
      for (const [format, name] of downloads) {
        const described = fields![name];
        expect(described, `${locale}: no field descriptions for ${name}`).toBeDefined();
        const missing = fieldGuide(format, name)
          .map((f) => f.name)
          .filter((field) => !described![field]?.meaning);
        expect(missing, `${locale}: ${name}.${format} fields without a description`).toEqual([]);
      }
      for (const name of Object.keys(fields!) as (keyof typeof fields)[]) {
        const known = new Set(downloads.filter(([, n]) => n === name).flatMap(([format]) => fieldGuide(format, name).map((f) => f.name)));
        expect(
          Object.keys(fields![name]!).filter((field) => !known.has(field)),
          `${locale}: ${name} describes fields the downloads lack`,
        ).toEqual([]);
      }
    });
  }
});
