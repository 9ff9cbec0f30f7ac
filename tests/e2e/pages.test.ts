/**
 * The page pass (page-pass.ts: desktop, phone in the dark theme, and without JavaScript) over the
 * sampled pages (page-sample.ts) but the crossing pages, which crossing-pages.test.ts takes. The
 * pages are found in dist/ (every .html file: pages, /404.html, /data/) and sampled by template, so a
 * new page or a new template is covered without touching either file. Here too: the sampling rule
 * checked against the build, and against the build with a `/ru/` twin of every page.
 */
import { expect, test } from 'vitest';
import { htmlFiles } from './dist-scan.ts';
import { SOURCE_LOCALE } from '../../src/i18n/locales.ts';
import { urlFor } from './harness.ts';
import { definePagePass } from './page-pass.ts';
import { FEW, pageSample, sampleInputs, samplePages, splitLocale, templateOf } from './page-sample.ts';

const files = htmlFiles();
const sample = pageSample(files);
const pages = sample.filter((p) => p.template !== 'crossings/*');

test('the build has pages to visit', () => {
  expect(pages.length, 'HTML files in dist/ (did `astro build` run?)').toBeGreaterThan(5);
});

test('the sample has every template of the build, every page of the small ones, and each crossing page’s border', () => {
  const paths = files.map((f) => f.path);
  const templates = new Set(paths.map(templateOf));
  expect(new Set(sample.map((p) => p.template)), 'templates in the sample').toEqual(templates);
  const isEnglish = (path: string): boolean => splitLocale(path).locale === SOURCE_LOCALE;
  for (const template of templates) {
    const all = paths.filter((p) => templateOf(p) === template && isEnglish(p));
    const visited = sample.filter((p) => p.template === template && p.locale === SOURCE_LOCALE);
    if (all.length <= FEW) expect(visited.map((p) => p.path).sort(), `${template}: every page`).toEqual(all.sort());
    else expect(visited.length, `${template}: a sample, not every page`).toBeLessThan(all.length);
  }
  const { borderOf } = sampleInputs(files);
  const crossingId = (path: string): string => splitLocale(path).rest.split('/')[2]!;
  const bordersWithPages = new Set(paths.filter((p) => templateOf(p) === 'crossings/*' && isEnglish(p)).map((p) => borderOf(crossingId(p))));
  const bordersSampled = new Set(sample.filter((p) => p.template === 'crossings/*' && p.locale === SOURCE_LOCALE).map((p) => borderOf(crossingId(p.path))));
  expect(bordersSampled, 'borders with a crossing page in the sample').toEqual(bordersWithPages);
  for (const template of templates) {
    const english = sample.filter((p) => p.template === template && p.locale === SOURCE_LOCALE);
    const others = sample.filter((p) => p.template === template && p.locale !== SOURCE_LOCALE);
    expect(
      english.every((p) => p.desktop),
      `${template}: every English page is visited on the desktop`,
    ).toBe(true);
    expect(
      others.every((p) => p.phone === 'full' && !p.desktop),
      `${template}: a page of another edition is the phone's alone`,
    ).toBe(true);
    expect(
      english.map((p) => p.phone),
      `${template}: the phone takes the first English page only when no other edition has the template`,
    ).toEqual(english.map((_, i) => (i === 0 && others.length === 0 ? 'full' : 'none')));
  }
  for (const template of templates) {
    for (const locale of new Set(sample.map((p) => p.locale))) {
      const first = sample.find((p) => p.template === template && p.locale === locale);
      if (first) expect(first.axe, `${template} (${locale}): axe on its first sampled page`).toBe(locale === SOURCE_LOCALE ? 'all' : 'words');
    }
  }
  console.info(`page sample (${sample.length} of ${paths.length} HTML files):\n${sample.map((p) => `  ${p.path}: ${p.why.join('; ')}`).join('\n')}`);
});

test('a /ru/ twin of every English page adds one page per template to the sample, and changes nothing of the English one', () => {
  const inputs = sampleInputs(files);
  const english = inputs.paths.filter((p) => splitLocale(p).locale === SOURCE_LOCALE);
  // The twins the build does not have yet (all of them before the Russian edition).
  const twins = english.map((p) => `/ru${p}`).filter((p) => !inputs.paths.includes(p));
  const withRu = samplePages({ ...inputs, paths: [...inputs.paths, ...twins] });
  expect(
    withRu.filter((p) => p.locale === SOURCE_LOCALE).map((p) => p.path),
    'English pages sampled',
  ).toEqual(sample.filter((p) => p.locale === SOURCE_LOCALE).map((p) => p.path));
  const russian = withRu.filter((p) => p.locale === 'ru');
  expect(
    russian.every((p) => p.path.startsWith('/ru/')),
    'Russian pages are under /ru/',
  ).toBe(true);
  expect(russian.map((p) => p.template).sort(), 'one Russian page per template').toEqual([...new Set(english.map(templateOf))].sort());
  expect(templateOf('/ru/crossings/aksay-ilek/'), 'the /ru/ prefix is not a template').toBe(templateOf('/crossings/aksay-ilek/'));
});

definePagePass(pages);

test('a missing path answers 404 with the site’s 404 page; a missing file answers 404', async () => {
  const response = await fetch(urlFor('/this-page-does-not-exist-7f3a/'));
  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  expect(await response.text()).toMatch(/<h1[\s>]/);
  const missingFile = await fetch(urlFor('/no-such-file.geojson'));
  expect(missingFile.status).toBe(404);
});
