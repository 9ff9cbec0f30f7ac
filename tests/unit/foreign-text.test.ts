/** Words in another script than the page's, marked by language (src/views/foreign-text.ts). */
import { expect, test } from 'vitest';
import { textRuns } from '../../src/views/foreign-text.ts';

test('on an English page, Cyrillic words are marked Russian, or Kazakh by a letter only Kazakh has; the runs give the text back', () => {
  const text = 'Written «Карасу - Автодорожный» in notices; KazAvtoZhol writes Урлітөбе.';
  const runs = textRuns(text, 'en');
  expect(runs.map((r) => r.text).join('')).toBe(text);
  expect(runs.filter((r) => r.lang)).toEqual([
    { text: 'Карасу - Автодорожный', lang: 'ru' },
    { text: 'Урлітөбе', lang: 'kk' },
  ]);
});

test('on a Russian page, Latin words are marked English; a text in one script is one unmarked run', () => {
  expect(textRuns('Написание в GeoNames (ё как е).', 'ru').filter((r) => r.lang)).toEqual([{ text: 'GeoNames', lang: 'en' }]);
  expect(textRuns('Spelling in the decree.', 'en')).toEqual([{ text: 'Spelling in the decree.' }]);
  expect(textRuns('', 'en')).toEqual([]);
});
