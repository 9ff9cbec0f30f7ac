/**
 * Status and what changed, from the files of the build (no browser): every crossing page leads with
 * its newest reading and date before the details, an old one with its notice, and lists its whole
 * history; border tables and the directory show each newest status with its date and flag old ones;
 * /changes/ lists the newest changes with working links; dist/changes.xml (written when the build
 * has SITE_URL, as the tested build does) parses as XML and passes the Atom rules, with absolute
 * links to pages of this build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir } from '../e2e/harness.ts';
import { loadCheckedAtlas } from '../../src/data/load.ts';
import { buildDate, isStale, latestReading } from '../../src/data/status.ts';
import { PRINTED_READINGS, statusPhrase, statusShort } from '../../src/views/status.ts';
import { CHANGES_PAGE_SIZE, changeEntries } from '../../src/site/changes.ts';
import { listsInline } from '../../src/views/crossing-list.ts';
import { atomProblems, children, parseFeed } from '../atom-rules.ts';

const DIST = distDir();
const atlas = loadCheckedAtlas();
const today = buildDate();
const read = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
/** Text of an HTML fragment: tags dropped, entities the pages use decoded, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

describe('crossing pages', () => {
  test.each(atlas.crossings.map((c) => [c.id, c] as const))('%s leads with its newest reading and lists its history', (id, crossing) => {
    const html = read(`/crossings/${id}/`);
    const lead = html.indexOf('data-status-lead');
    expect(lead, 'status lead').toBeGreaterThan(html.indexOf('<h1'));
    expect(lead, 'status lead before the details').toBeLessThan(html.indexOf('class="infobox"'));
    const leadHtml = html.slice(lead, html.indexOf('</div>', lead));
    expect(textOf(leadHtml)).toContain(statusPhrase(latestReading(crossing)));
    const stale = isStale(latestReading(crossing).date, today);
    expect(leadHtml.includes('data-stale-notice'), 'notice of an old reading').toBe(stale);
    if (stale) expect(textOf(leadHtml)).toMatch(/before travelling/);
    const rows = [...html.matchAll(/<tr([^>]*)data-reading="([^"]+)"/g)];
    expect(
      rows.map((m) => m[2]),
      'history rows, newest first',
    ).toEqual(crossing.status.map((r) => r.date));
    // Paper keeps the newest PRINTED_READINGS rows and says how many more are online.
    expect(rows.map((m) => m[1]!.includes('no-print'))).toEqual(crossing.status.map((_, i) => i >= PRINTED_READINGS));
    const offPaper = crossing.status.length - PRINTED_READINGS;
    if (offPaper > 0) expect(textOf(html)).toContain(`${offPaper} earlier reading${offPaper === 1 ? '' : 's'} on the page online`);
  });
});

describe('tables', () => {
  const expectStatusCells = (path: string, ids: readonly string[]) => {
    const html = read(path);
    for (const id of ids) {
      const c = atlas.crossings.find((x) => x.id === id)!;
      const row = new RegExp(`<tr[^>]*id="crossing-${id}"[\\s\\S]*?</tr>`).exec(html)?.[0];
      expect(row, `${path}: row of ${id}`).toBeDefined();
      const cell = /data-status="[a-z]+"[^>]*>([\s\S]*?)<\/(?:span|td)>/.exec(row!)?.[1] ?? '';
      expect(textOf(cell), `${path}: status of ${id}`).toContain(statusShort(latestReading(c)));
      expect(/years? old/.test(textOf(cell)), `${path}: old flag of ${id}`).toBe(isStale(latestReading(c).date, today));
    }
  };

  test('each border page shows every crossing’s newest status with its date, or links to the filtered directory', () => {
    for (const border of atlas.borders) {
      const ids = atlas.crossings.filter((c) => c.border === border.id).map((c) => c.id);
      if (ids.length === 0) continue;
      if (listsInline(ids.length)) expectStatusCells(`/borders/${border.id}/`, ids);
      else expect(read(`/borders/${border.id}/`)).toContain(`/crossings/?border=${border.id}#crossing-`);
    }
  });

  test('the directory shows every crossing’s newest status with its date', () => {
    expectStatusCells(
      '/crossings/',
      atlas.crossings.map((c) => c.id),
    );
  });
});

describe('what changed', () => {
  const entries = changeEntries(atlas, today);

  test('/changes/ lists the newest changes, newest first, each linking to a page of the build', () => {
    const html = read('/changes/');
    const items = [...html.matchAll(/<li id="(change-[^"]+)" data-change="(status|event)"[^>]*>([\s\S]*?)<\/li>/g)];
    expect(items.length).toBe(Math.min(CHANGES_PAGE_SIZE, entries.length));
    expect(items.length).toBeGreaterThan(0);
    for (const [, anchor, , body] of items) {
      const href = /<a href="([^"]+)"/.exec(body!)?.[1];
      expect(href, `${anchor}: link`).toBeDefined();
      const [path, hash] = href!.split('#');
      expect(existsSync(join(DIST, path!, 'index.html')), `${anchor}: ${href} is a page`).toBe(true);
      if (hash) expect(read(path!), `${anchor}: #${hash}`).toContain(`id="${hash}"`);
      expect(body, `${anchor}: cites its source`).toContain('class="cite"');
    }
    const dates = items.map(([, , , body]) => /datetime="([^"]+)"/.exec(body!)![1]!.padEnd(10, '-'));
    expect(dates, 'newest first').toEqual([...dates].sort().reverse());
  });

  test('the footer links to /changes/ and the directory too', () => {
    expect(read('/')).toContain('href="/changes/"');
    expect(read('/crossings/')).toContain('href="/changes/"');
  });

  test('dist/changes.xml is valid Atom with absolute links to this build’s pages, advertised by the pages', () => {
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(read('/changes/'))?.[1];
    expect(canonical, 'the tested build has SITE_URL').toBeDefined();
    const origin = new URL(canonical!).origin;
    const xml = readFileSync(join(DIST, 'changes.xml'), 'utf8');
    expect(atomProblems(xml, origin)).toEqual([]);
    const { feed, entries: feedEntries } = parseFeed(xml);
    expect(
      children(feed, 'link')
        .find((l) => l.getAttribute('rel') === 'self')!
        .getAttribute('href'),
    ).toBe(`${origin}/changes.xml`);
    expect(feedEntries.length).toBe(Math.min(CHANGES_PAGE_SIZE, entries.length));
    for (const entry of feedEntries) {
      const link = children(entry, 'link').find((l) => l.getAttribute('rel') === 'alternate')!;
      const url = new URL(link.getAttribute('href')!);
      expect(existsSync(join(DIST, url.pathname, 'index.html')), `${url.href} is a page`).toBe(true);
    }
    expect(read('/changes/')).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/changes\.xml"/);
  });
});
