/**
 * `npm run i18n -- <command> <locale>`: the state of an edition's data translations.
 *
 *   status <locale>                 counts, then every missing or stale translation and unnamed place
 *   todo <locale> [dataset]         JSON list of what needs translating: {dataset, record, field, from, en}
 *   merge <locale> <file.json>      adds entries [{dataset, record, field, from, text}] to data/translations/<locale>/
 *
 * Translations live in data/translations/<locale>/<dataset file>, record → field → {from, text};
 * `from` is the hash of the English text translated (data/README.md, "Translations").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCheckedAtlas } from '../src/data/load.ts';
import { atlasReaderText, nameProblems, readTranslations, textHash, translationPath, translationProblems } from '../src/data/translations.ts';
import { formatProblem } from '../src/data/validate.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../src/i18n/locales.ts';
import { DATASETS, type DatasetName } from '../src/schemas/index.ts';

const [command, localeArg, extra] = process.argv.slice(2);
const locale = TRANSLATED_LOCALES.find((l) => l === localeArg);
if (!command || !locale) {
  console.error(`usage: npm run i18n -- status|todo|merge <${TRANSLATED_LOCALES.join('|')}> [dataset | file.json]`);
  process.exit(2);
}
const dataDir = join(process.cwd(), 'data');
const atlas = loadCheckedAtlas(dataDir);
const translations = readTranslations(dataDir, locale);

if (command === 'status') {
  const slots = atlasReaderText(atlas);
  const problems = [...translationProblems(atlas, translations, locale), ...nameProblems(atlas, locale)];
  for (const p of problems) console.log(formatProblem(p));
  console.log(`${locale}: ${slots.length} reader texts, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(problems.length > 0 ? 1 : 0);
} else if (command === 'todo') {
  const todo = atlasReaderText(atlas)
    .filter((s) => extra === undefined || s.dataset === extra)
    .filter((s) => translations[s.dataset][s.record]?.[s.field]?.from !== textHash(s.text))
    .map((s) => ({ dataset: s.dataset, record: s.record, field: s.field, from: textHash(s.text), en: s.text }));
  console.log(JSON.stringify(todo, null, 2));
} else if (command === 'merge' && extra) {
  const entries = JSON.parse(readFileSync(extra, 'utf8')) as { dataset: DatasetName; record: string; field: string; from: string; text: string }[];
  for (const e of entries) {
    if (!(e.dataset in DATASETS)) throw new Error(`unknown dataset "${e.dataset}"`);
    (translations[e.dataset][e.record] ??= {})[e.field] = { from: e.from, text: e.text };
  }
  for (const dataset of new Set(entries.map((e) => e.dataset))) write(locale, dataset);
  console.log(`merged ${entries.length} entries`);
} else {
  console.error(`unknown command "${command}"`);
  process.exit(2);
}

/** Writes a dataset's translations in the data's own record order, so diffs stay small. */
function write(l: TranslatedLocale, dataset: DatasetName): void {
  const order = atlasReaderText(atlas).filter((s) => s.dataset === dataset);
  const sorted: Record<string, Record<string, { from: string; text: string }>> = {};
  const known = translations[dataset];
  for (const s of order) {
    const entry = known[s.record]?.[s.field];
    if (entry) (sorted[s.record] ??= {})[s.field] = entry;
  }
  // Entries for text that is gone are kept (the build lists them) rather than silently dropped.
  for (const [record, fields] of Object.entries(known))
    for (const [field, entry] of Object.entries(fields)) if (!sorted[record]?.[field]) (sorted[record] ??= {})[field] = entry;
  const path = join(process.cwd(), translationPath(l, dataset));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(sorted, null, 2) + '\n');
}
