/**
 * The page pass (page-pass.ts) over the crossing pages, one per crossing; pages.test.ts takes the
 * rest of the site, side by side with this file.
 */
import { expect, test } from 'vitest';
import { htmlFiles } from './dist-scan.ts';
import { definePagePass } from './page-pass.ts';
import { sheetKind } from './print-sheet.ts';

const pages = htmlFiles()
  .map((f) => f.path)
  .filter((p) => sheetKind(p) === 'crossing');

test('the build has crossing pages to visit', () => {
  expect(pages.length, 'crossing pages in dist/ (did `astro build` run?)').toBeGreaterThan(0);
});

definePagePass(pages);
