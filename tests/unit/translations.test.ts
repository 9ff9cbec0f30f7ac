/**
 * Data translations (src/data/translations.ts): every string of reader text is found through its
 * schema; a missing, stale or orphaned translation, or a place without a name in the edition's
 * language, stops the edition with file › record › field; a complete one replaces every text.
 *
 * The fixture is a small atlas made from the real data: two crossings, their references, and a
 * hand-made translation file built from the texts the walker finds.
 */
import { describe, expect, test } from 'vitest';
import { loadAtlas } from '../../src/data/load.ts';
import { readerTextSlots } from '../../src/data/reader-text.ts';
import { atlasReaderText, localizeAtlas, textHash, translationProblems, type Translations } from '../../src/data/translations.ts';
import { DataError, formatProblem } from '../../src/data/validate.ts';
import { CrossingSchema, DATASETS, type Atlas, type DatasetName } from '../../src/schemas/index.ts';

const atlas = loadAtlas();

/** A complete Russian translation of `a`: each text becomes "ru:" + its English. */
function fullTranslations(a: Atlas): Translations {
  const t = Object.fromEntries(Object.keys(DATASETS).map((k) => [k, {}])) as Translations;
  for (const s of atlasReaderText(a)) (t[s.dataset][s.record] ??= {})[s.field] = { from: textHash(s.text), text: `ru:${s.text}` };
  return t;
}

/** The atlas cut down to what two crossings need, every place given a Russian name. */
function fixture(): Atlas {
  const a = structuredClone(atlas);
  a.crossings = a.crossings.slice(0, 2);
  for (const place of [...a.crossings.flatMap((c) => [c.kazakh, c.neighbour]), ...a.settlements, ...a.regions]) {
    if (!place.aliases.some((x) => x.lang === 'ru')) place.aliases.push({ name: `Р-${place.name}`, script: 'cyrillic', lang: 'ru', source: 'atlas-editors' });
  }
  return a;
}

describe('reader text found through the schemas', () => {
  test('a crossing: notes, status summaries (named by date and source), sourced values; never names or ids', () => {
    const crossing = atlas.crossings.find((c) => c.status.some((r) => r.summary) && c.note)!;
    const fields = readerTextSlots(CrossingSchema, crossing).map((s) => s.field);
    expect(fields).toContain('note');
    const reading = crossing.status.find((r) => r.summary)!;
    expect(fields).toContain(`status.${reading.date}@${reading.source}.summary`);
    expect(fields.some((f) => /(^|\.)(id|name|source|border)$/.test(f))).toBe(false);
    expect(fields.some((f) => f.startsWith('kazakh.aliases'))).toBe(false);
  });

  test('every dataset with reader text is walked, lists by record id and documents as one record', () => {
    const datasets = new Set(atlasReaderText(atlas).map((s) => s.dataset));
    for (const name of ['crossings', 'events', 'borders', 'sources', 'migrationStudy', 'travelRules', 'transnationalIssues'] as DatasetName[])
      expect(datasets, name).toContain(name);
    expect(atlasReaderText(atlas).find((s) => s.dataset === 'travelRules')?.record).toBe('(document)');
  });
});

describe('an incomplete edition fails, naming file, record and field', () => {
  const a = fixture();
  const crossing = a.crossings[0]!;
  const slot = atlasReaderText(a).find((s) => s.dataset === 'crossings' && s.record === crossing.id)!;

  test('a missing translation', () => {
    const t = fullTranslations(a);
    delete t.crossings[crossing.id]![slot.field];
    const lines = translationProblems(a, t, 'ru').map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^data/translations/ru/crossings\\.json › ${crossing.id} › ${slot.field.replace(/\./g, '\\.')}: missing translation`)),
    ]);
    expect(() => localizeAtlas(a, t, 'ru')).toThrow(DataError);
  });

  test('a stale translation: the English text was edited after translating', () => {
    const t = fullTranslations(a);
    const edited = structuredClone(a);
    atlasReaderText(edited)
      .find((s) => s.record === slot.record && s.field === slot.field)!
      .replace(`${slot.text} (revised)`);
    const lines = translationProblems(edited, t, 'ru').map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(`data/translations/ru/crossings.json › ${crossing.id} › ${slot.field}: stale translation`);
  });

  test('a translation of text the data no longer has', () => {
    const t = fullTranslations(a);
    t.events['no-such-event'] = { summary: { from: '000000000000', text: 'лишнее' } };
    expect(translationProblems(a, t, 'ru').map(formatProblem)).toEqual([
      expect.stringMatching(/^data\/translations\/ru\/events\.json › no-such-event › summary: translates a text/),
    ]);
  });

  test('a place with no name in the language', () => {
    const b = structuredClone(a);
    b.crossings[0]!.neighbour.aliases = b.crossings[0]!.neighbour.aliases.filter((x) => x.lang !== 'ru');
    expect(() => localizeAtlas(b, fullTranslations(b), 'ru')).toThrow(
      new RegExp(`data/crossings\\.json › ${b.crossings[0]!.id} › neighbour\\.aliases: no "ru" form`),
    );
  });
});

test('a complete edition: every reader text translated, places named in Russian, the English atlas untouched', () => {
  const a = fixture();
  const ru = localizeAtlas(a, fullTranslations(a), 'ru');
  const texts = atlasReaderText(ru);
  // (A Russian alias promoted to the name leaves its note behind, so the count can only shrink.)
  expect(texts.length).toBeGreaterThan(atlasReaderText(a).length * 0.9);
  for (const s of texts) expect(s.text.startsWith('ru:'), `${s.dataset} › ${s.record} › ${s.field}`).toBe(true);
  const side = ru.crossings[0]!.kazakh;
  expect(side.name).toBe(a.crossings[0]!.kazakh.aliases.find((x) => x.lang === 'ru')!.name);
  expect(side.aliases[0]).toMatchObject({ name: a.crossings[0]!.kazakh.name, script: 'latin' });
  expect(atlasReaderText(a).every((s) => !s.text.startsWith('ru:'))).toBe(true);
});
