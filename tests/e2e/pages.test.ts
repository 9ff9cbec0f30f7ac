/**
 * The page pass (page-pass.ts: desktop, phone in the dark theme, and without JavaScript, on screen
 * and printed) over every page of the build but the crossing pages, which crossing-pages.test.ts
 * takes. The pages are found in dist/ (every .html file: pages, /404.html, /data/), so a new page
 * is covered without touching either file.
 */
import { expect, test } from 'vitest';
import { htmlFiles } from './dist-scan.ts';
import { urlFor } from './harness.ts';
import { definePagePass } from './page-pass.ts';
import { sheetKind } from './print-sheet.ts';

const pages = htmlFiles()
  .map((f) => f.path)
  .filter((p) => sheetKind(p) !== 'crossing');

test('the build has pages to visit', () => {
  expect(pages.length, 'HTML files in dist/ (did `astro build` run?)').toBeGreaterThan(5);
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
