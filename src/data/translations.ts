import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, type Alias, type Atlas, type DatasetName } from '../schemas/index.ts';
import { TranslationFile } from '../schemas/translations.ts';
import type { TranslatedLocale } from '../i18n/locales.ts';
import { readerTextSlots, type ReaderTextSlot } from './reader-text.ts';
import { DataError, type Problem } from './validate.ts';

/** The record name the one-document datasets (migration study, travel rules, …) use. */
export const DOCUMENT_RECORD = '(document)';

/** Short fingerprint of an English text: a translation records the one it was made from. */
export const textHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);

/** Project-relative path of a dataset's translations into `locale`. */
export const translationPath = (locale: TranslatedLocale, name: DatasetName): string => `data/translations/${locale}/${DATASETS[name].file}`;

export type Translations = Record<DatasetName, TranslationFile>;

/** A string of reader text and the record it belongs to. */
export interface LocatedSlot extends ReaderTextSlot {
  dataset: DatasetName;
  record: string;
}

/** Every string of reader text in the atlas (or in a copy of it: `replace` writes into the value walked). */
export function atlasReaderText(atlas: Atlas): LocatedSlot[] {
  const slots: LocatedSlot[] = [];
  for (const dataset of Object.keys(DATASETS) as DatasetName[]) {
    const { shape, schema } = DATASETS[dataset];
    const value: unknown = atlas[dataset];
    if (shape === 'list') {
      for (const record of value as { id: string }[]) {
        for (const slot of readerTextSlots(schema, record)) slots.push({ ...slot, dataset, record: record.id });
      }
    } else {
      for (const slot of readerTextSlots(schema, value)) slots.push({ ...slot, dataset, record: DOCUMENT_RECORD });
    }
  }
  return slots;
}

/** Reads `data/translations/<locale>/`: a dataset without a file has no translations yet. */
export function readTranslations(dataDir: string, locale: TranslatedLocale): Translations {
  const problems: Problem[] = [];
  const translations = {} as Translations;
  for (const dataset of Object.keys(DATASETS) as DatasetName[]) {
    const file = translationPath(locale, dataset);
    let text: string | undefined;
    try {
      text = readFileSync(join(dataDir, 'translations', locale, DATASETS[dataset].file), 'utf8');
    } catch {
      translations[dataset] = {};
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      problems.push({ file, record: DOCUMENT_RECORD, field: '(record)', message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = TranslationFile.safeParse(raw);
    if (parsed.success) translations[dataset] = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        const [record = DOCUMENT_RECORD, field = '(record)', ...rest] = issue.path.map(String);
        problems.push({ file, record, field: [field, ...rest].join(' › '), message: issue.message });
      }
    }
  }
  if (problems.length > 0) throw new DataError(problems);
  return translations;
}

/**
 * What keeps an edition from being complete: reader text with no translation, translations made
 * from an English text that has since changed (stale), and translations of text that no longer
 * exists. Each names the translation file, the record and the field.
 */
export function translationProblems(atlas: Atlas, translations: Translations, locale: TranslatedLocale): Problem[] {
  const problems: Problem[] = [];
  const used = new Set<string>();
  for (const slot of atlasReaderText(atlas)) {
    const file = translationPath(locale, slot.dataset);
    const entry = translations[slot.dataset][slot.record]?.[slot.field];
    used.add(`${slot.dataset}\u0000${slot.record}\u0000${slot.field}`);
    const hash = textHash(slot.text);
    if (!entry) problems.push({ file, record: slot.record, field: slot.field, message: `missing translation of "${clip(slot.text)}" (from ${hash})` });
    else if (entry.from !== hash)
      problems.push({
        file,
        record: slot.record,
        field: slot.field,
        message: `stale translation: made from English text ${entry.from}, the text is now ${hash} "${clip(slot.text)}"`,
      });
  }
  for (const dataset of Object.keys(DATASETS) as DatasetName[]) {
    for (const [record, fields] of Object.entries(translations[dataset])) {
      for (const field of Object.keys(fields)) {
        if (!used.has(`${dataset}\u0000${record}\u0000${field}`))
          problems.push({ file: translationPath(locale, dataset), record, field, message: 'translates a text the data no longer has: remove it' });
      }
    }
  }
  return problems;
}

const clip = (text: string): string => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/** Something with a name and other forms of it: a crossing's side, a settlement, a region. */
interface Named {
  name: string;
  aliases: Alias[];
}

/** Every named place of the atlas, with where it is recorded (for problems). */
function namedPlaces(atlas: Atlas): { dataset: DatasetName; record: string; field: string; place: Named }[] {
  return [
    ...atlas.crossings.flatMap((c) => [
      { dataset: 'crossings' as const, record: c.id, field: 'kazakh.aliases', place: c.kazakh },
      { dataset: 'crossings' as const, record: c.id, field: 'neighbour.aliases', place: c.neighbour },
    ]),
    ...atlas.settlements.map((s) => ({ dataset: 'settlements' as const, record: s.id, field: 'aliases', place: s })),
    ...atlas.regions.map((r) => ({ dataset: 'regions' as const, record: r.id, field: 'aliases', place: r })),
  ];
}

/** The form of a place's name in `locale`: its first alias in that language. */
export const localName = (place: Named, locale: TranslatedLocale): Alias | undefined => place.aliases.find((a) => a.lang === locale);

/** Places the edition cannot name: no alias in its language. */
export function nameProblems(atlas: Atlas, locale: TranslatedLocale): Problem[] {
  return namedPlaces(atlas)
    .filter(({ place }) => localName(place, locale) === undefined)
    .map(({ dataset, record, field }) => ({
      file: `data/${DATASETS[dataset].file}`,
      record,
      field,
      message: `no "${locale}" form of the name: add an alias with "lang": "${locale}" and its source`,
    }));
}

/**
 * The atlas as the `locale` edition shows it: every reader text replaced by its translation, every
 * place named by its form in that language (the atlas's Latin spelling kept as an alias). Throws a
 * DataError listing every missing or stale translation and every place without a name in the
 * language, so an incomplete edition never builds. `draft` (ATLAS_DRAFT_EDITIONS=1, for previewing
 * while translating) leaves what is missing in English and only warns; tests and releases never set it.
 */
export function localizeAtlas(atlas: Atlas, translations: Translations, locale: TranslatedLocale, { draft = false } = {}): Atlas {
  const problems = [...translationProblems(atlas, translations, locale), ...nameProblems(atlas, locale)];
  if (problems.length > 0 && !draft) throw new DataError(problems);
  if (problems.length > 0)
    console.warn(`[atlas] draft "${locale}" edition: ${problems.length} texts or names left in English (npm run i18n -- status ${locale})`);
  const copy = structuredClone(atlas);
  for (const slot of atlasReaderText(copy)) {
    const entry = translations[slot.dataset][slot.record]?.[slot.field];
    if (entry && entry.from === textHash(slot.text)) slot.replace(entry.text);
  }
  for (const { place } of namedPlaces(copy)) {
    const local = localName(place, locale);
    if (!local) continue;
    place.aliases = [{ name: place.name, script: 'latin', source: 'atlas-editors' }, ...place.aliases.filter((a) => a !== local)];
    place.name = local.name;
  }
  return copy;
}
