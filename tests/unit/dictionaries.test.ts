/** Every edition's dictionary has every key of the English one, with the same kind of value. */
import { expect, test } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/dictionary.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** `path: kind` for every leaf (string, or function with its arity). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function/${value.length}`];
  // Plural forms (`{ one, other }` / `{ one, few, many, other }`): each language has its own categories.
  if (typeof value === 'object' && value !== null && 'other' in value && Object.keys(value).every((k) => PLURAL_CATEGORIES.has(k)))
    return [`${path}: plural forms`];
  if (typeof value === 'string') return [`${path}: ${value.trim() === '' ? 'empty string' : 'string'}`];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}: ${typeof value}`];
}

test.each(LOCALES.filter((l) => l !== 'en'))('the %s dictionary matches the English one key for key', (locale) => {
  const english = shape(DICTIONARIES.en);
  // `null` in English: the source edition's words live elsewhere, and the other editions fill in their own
  // (downloads.fields; its completeness is tests/unit/downloads-dictionary.test.ts).
  const open = english.filter((line) => line.endsWith(': object')).map((line) => line.slice(0, -': object'.length));
  const edition = shape(DICTIONARIES[locale]).map((line) => {
    const prefix = open.find((p) => line.startsWith(`${p}.`));
    return prefix === undefined ? line : `${prefix}: object`;
  });
  expect([...new Set(edition)].sort()).toEqual(english.sort());
});
