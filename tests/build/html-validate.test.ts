/**
 * Every HTML file of the build (pages, /404.html, /data/) passes html-validate with the project's
 * configuration (.htmlvalidate.mjs: the recommended preset, with each departure explained there).
 * In the `build` project: it reads the built site (dist/, or ATLAS_DIST) and needs no browser.
 */
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { htmlFiles, readText } from '../e2e/dist-scan.ts';
import { ROOT, distDir } from '../e2e/harness.ts';

const files = htmlFiles();
// The configuration is loaded explicitly: ATLAS_DIST may point outside the project, where
// html-validate's own search for a config file would not find it.
const { default: config } = (await import(pathToFileURL(join(ROOT, '.htmlvalidate.mjs')).href)) as { default: ConfigData };
const validator = new HtmlValidate(config);

test('dist/ has HTML to validate', () => {
  expect(files.length, `no HTML files in ${distDir()}`).toBeGreaterThan(0);
});

test.each(files.map((f) => [f.path, f.file]))('%s is valid HTML', async (path, file) => {
  const report = await validator.validateString(readText(file), relative(distDir(), file));
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
  );
  expect(messages, `${path}: html-validate errors`).toEqual([]);
});
