/**
 * A coordinate changed to a string in a dataset makes `astro build` fail with a message
 * naming the file, the record and the field; a misspelt prop in MDX prose names the .mdx file.
 *
 * Works on a throw-away copy of the project, so the real data and dist/ are never touched. Its
 * node_modules holds links to the project's packages but not to the build caches in it
 * (`.astro`, `.vite`): Astro keeps its content store in node_modules/.astro, and `npm test` runs
 * these failing builds beside the real one (the `failing-build` project needs no dist/).
 * Real (failing) builds, no browser.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT } from '../e2e/harness.ts';

/** Top-level entries not copied (node_modules is linked instead). */
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'bench-results', '.cache']);
/** Build caches inside node_modules that the copy must not share with a build running in the project. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

let copy = '';

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'atlas-build-fails-'));
  cpSync(ROOT, copy, {
    recursive: true,
    filter: (source) => {
      const top = relative(ROOT, source).split(sep)[0] ?? '';
      return !SKIP.has(top);
    },
  });
  const modules = join(copy, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!OWN_CACHES.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Runs `astro build` in the copy; its result, whole output and last lines. */
function buildCopy() {
  // Astro 7 needs Node ≥ 22.12: run it with the project's Node (the `node` devDependency).
  const node = join(ROOT, 'node_modules', '.bin', 'node');
  const result = spawnSync(existsSync(node) ? node : process.execPath, [join(copy, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: copy,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: 'true', PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` },
    encoding: 'utf8',
    timeout: 220_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  return { result, output, tail: output.trim().split('\n').slice(-30).join('\n') };
}

test('a coordinate written as a string fails the build, naming file, record and field', { timeout: 240_000 }, () => {
  const file = join(copy, 'data', 'crossings.json');
  expect(existsSync(file), 'data/crossings.json exists').toBe(true);
  const crossings = JSON.parse(readFileSync(file, 'utf8')) as { id: string; coordinates: { lonLat: unknown[] } }[];
  expect(crossings.length, 'data/crossings.json has a crossing').toBeGreaterThan(0);
  const record = crossings[0]!;
  record.coordinates.lonLat[0] = String(record.coordinates.lonLat[0] ?? '51.2');
  writeFileSync(file, JSON.stringify(crossings, null, 2) + '\n');

  const { result, output, tail } = buildCopy();

  expect(result.error, `astro build could not run: ${result.error}`).toBeUndefined();
  expect(result.status, `astro build should fail; output:\n${tail}`).not.toBe(0);
  expect(output, `the output names the file, record and field:\n${tail}`).toContain(`data/crossings.json › ${record.id} › coordinates.lonLat.0`);
  expect(existsSync(join(copy, 'dist', 'index.html')), 'no site was written').toBe(false);
});

test('a misspelt prop in MDX prose fails the build, naming the .mdx file, the component and the prop', { timeout: 240_000 }, () => {
  // Valid data again (the test above corrupted the copy's).
  cpSync(join(ROOT, 'data', 'crossings.json'), join(copy, 'data', 'crossings.json'));
  const file = join(copy, 'content', 'borders', 'kazakhstan-russia.mdx');
  const text = readFileSync(file, 'utf8');
  expect(text, 'the Russia page uses <Fact field="length">').toContain('field="length"');
  writeFileSync(file, text.replace('field="length"', 'field="lenght"'));

  const { result, output, tail } = buildCopy();
  expect(result.error, `astro build could not run: ${result.error}`).toBeUndefined();
  expect(result.status, `astro build should fail; output:\n${tail}`).not.toBe(0);
  expect(output, `the output names the file, component and prop:\n${tail}`).toContain('content/borders/kazakhstan-russia.mdx › <Fact> › field');
});

test(
  'an English text edited after it was translated, and a text never translated, fail the build, naming the translation file, record and field',
  { timeout: 240_000 },
  () => {
    // Valid prose again (the test above broke the copy's).
    cpSync(join(ROOT, 'content', 'borders', 'kazakhstan-russia.mdx'), join(copy, 'content', 'borders', 'kazakhstan-russia.mdx'));
    const file = join(copy, 'data', 'events.json');
    const events = JSON.parse(readFileSync(file, 'utf8')) as { id: string; title: string; summary?: string }[];
    const [edited, added] = [events[0]!, events[1]!];
    edited.title = `${edited.title} (revised)`;
    added.summary = 'A sentence no edition has translated yet.';
    writeFileSync(file, JSON.stringify(events, null, 2) + '\n');

    const { result, output, tail } = buildCopy();
    expect(result.error, `astro build could not run: ${result.error}`).toBeUndefined();
    expect(result.status, `astro build should fail; output:\n${tail}`).not.toBe(0);
    expect(output, `the output names the stale translation:\n${tail}`).toContain(`data/translations/ru/events.json › ${edited.id} › title: stale translation`);
    expect(output, `the output names the missing translation:\n${tail}`).toMatch(
      new RegExp(`data/translations/ru/events\\.json › ${added.id} › summary: (missing|stale) translation`),
    );
  },
);
