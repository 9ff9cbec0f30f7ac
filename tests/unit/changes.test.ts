/**
 * What changed (src/site/changes.ts) and its Atom feed (src/site/atom.ts, src/site/changes-feed.ts):
 * order, links, ids, paging, and the feed checked against the Atom rules with a real XML parser
 * (tests/atom-rules.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/data/load.ts';
import type { Atlas, StatusReading } from '../../src/schemas/index.ts';
import { CHANGES_PAGE_SIZE, changeAnchor, changeEntries, changesPage } from '../../src/site/changes.ts';
import { atomFeed, rfc3339, tagId } from '../../src/site/atom.ts';
import { changesFeedXml } from '../../src/site/changes-feed.ts';
import { atomProblems, children, parseFeed } from '../atom-rules.ts';

const TODAY = '2026-12-04';
const SITE = 'https://atlas.example.kz';
const atlas = loadAtlas();
const [c1, c2] = atlas.crossings as [Atlas['crossings'][number], Atlas['crossings'][number]];
const source = c1.status[0]!.source;
const reading = (date: string, value: StatusReading['value'], extra: Partial<StatusReading> = {}): StatusReading => ({ date, value, source, ...extra });

/** Two crossings with several readings and one event, same day as a reading. */
const fixture: Pick<Atlas, 'crossings' | 'events' | 'borders'> = {
  borders: atlas.borders,
  crossings: [
    { ...c1, status: [reading('2025-02-05', 'closed', { summary: 'Shut for repairs.' }), reading('2024-05', 'open'), reading('2019', 'listed')] },
    { ...c2, status: [reading('2025-02-05', 'restricted', { whoMayCross: 'Lorries only', hours: '9–18' }), reading('2025-02-05', 'open')] },
  ],
  events: [{ id: 'test-event', borders: ['kazakhstan-russia', 'kazakhstan-china'], date: '2025-02-05', title: 'A test event', source }],
};

describe('changes', () => {
  const entries = changeEntries(fixture, TODAY);

  it('builds the list once per atlas, day and edition, however many pages ask for it', () => {
    expect(changeEntries(fixture, TODAY)).toBe(entries);
    expect(changeEntries(fixture, '2026-12-31')).not.toBe(entries);
    expect(changeEntries(fixture, TODAY, 'ru')).not.toBe(entries);
    expect(changeEntries({ ...fixture }, TODAY)).toEqual(entries);
  });

  it('lists every reading and event newest first, readings before events on the same day', () => {
    expect(entries).toHaveLength(6);
    expect(entries.map((e) => [e.date, e.kind])).toEqual([
      ['2025-02-05', 'status'],
      ['2025-02-05', 'status'],
      ['2025-02-05', 'status'],
      ['2025-02-05', 'event'],
      ['2024-05', 'status'],
      ['2019', 'status'],
    ]);
  });

  it('links each to its crossing page or its event on the first border page, and flags old readings only', () => {
    const byKey = new Map(entries.map((e) => [e.key, e]));
    const closed = byKey.get(`status/${c1.id}/2025-02-05/${source}`)!;
    expect(closed).toMatchObject({ href: `/crossings/${c1.id}/`, title: 'Closed — as of 5 February 2025', summary: 'Shut for repairs.', stale: false });
    expect(byKey.get(`status/${c1.id}/2019/${source}`)!.stale).toBe(true);
    const restricted = entries.find((e) => e.title.startsWith('Restricted'))!;
    expect(restricted.summary).toBe('Restricted — as of 5 February 2025. Who may cross: Lorries only. Hours: 9–18.');
    const event = byKey.get('event/test-event')!;
    expect(event).toMatchObject({ href: '/borders/kazakhstan-russia/#event-test-event', subject: 'Kazakhstan–Russia, Kazakhstan–China', stale: false });
  });

  it('gives every entry a unique key, even two readings of one crossing on one day from one source', () => {
    const keys = entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(`status/${c2.id}/2025-02-05/${source}/2`);
    expect(changeAnchor(`status/${c2.id}/2025-02-05/${source}/2`)).toBe(`change-status-${c2.id}-2025-02-05-${source}-2`);
  });

  it('pages them', () => {
    const items = Array.from({ length: CHANGES_PAGE_SIZE * 2 + 1 }, (_, i) => i);
    expect(changesPage(items, 1)).toEqual({ items: items.slice(0, CHANGES_PAGE_SIZE), pages: 3 });
    expect(changesPage(items, 3).items).toEqual([CHANGES_PAGE_SIZE * 2]);
    expect(changesPage([], 1)).toEqual({ items: [], pages: 1 });
    expect(() => changesPage(items, 4)).toThrow(RangeError);
  });
});

describe('Atom feed', () => {
  it('writes partial dates as RFC 3339 and ids as tag: URIs on the site host', () => {
    expect(rfc3339('2024')).toBe('2024-01-01T00:00:00Z');
    expect(rfc3339('2024-05')).toBe('2024-05-01T00:00:00Z');
    expect(rfc3339('2024-05-07')).toBe('2024-05-07T00:00:00Z');
    expect(() => rfc3339('May 2024')).toThrow(RangeError);
    expect(tagId(SITE, 'event/x')).toBe('tag:atlas.example.kz,2026-12-04:event/x');
  });

  it('passes the Atom rules, with absolute links from the site address', () => {
    const xml = atomFeed({
      site: SITE,
      title: 'T & <t>',
      subtitle: 'S',
      author: 'A',
      entries: changeEntries(fixture, TODAY),
      sourceTitle: new Map([[source, 'Source “title” & more']]),
      fallbackUpdated: '2026-11-29',
    });
    expect(atomProblems(xml, SITE)).toEqual([]);
    const { feed, entries } = parseFeed(xml);
    expect(children(feed, 'title')[0]!.textContent).toBe('T & <t>');
    expect(children(feed, 'updated')[0]!.textContent).toBe('2025-02-05T00:00:00Z');
    expect(entries).toHaveLength(6);
    const first = entries[0]!;
    expect(children(first, 'link')[0]!.getAttribute('href')).toBe(`${SITE}/crossings/${c1.id}/`);
    expect(children(first, 'summary')[0]!.textContent).toBe('Shut for repairs. Source: Source “title” & more.');
  });

  it('the checker catches what the rules forbid', () => {
    const ok = atomFeed({
      site: SITE,
      title: 'T',
      subtitle: 'S',
      author: 'A',
      entries: changeEntries(fixture, TODAY),
      sourceTitle: new Map(),
      fallbackUpdated: '2026-11-29',
    });
    const firstId = /<entry>\s*<id>([^<]+)<\/id>/.exec(ok)![1]!;
    expect(atomProblems(ok.replace(/(<entry>\s*<id>)[^<]+/g, `$1${firstId}`), SITE).join('\n')).toMatch(/repeats an earlier entry/);
    expect(atomProblems(ok.replace('<updated>2025-02-05T00:00:00Z</updated>', '<updated>2025-02-05</updated>'), SITE).join('\n')).toMatch(/not an RFC 3339/);
    expect(atomProblems(ok.replace(`href="${SITE}/crossings/`, 'href="/crossings/'), SITE).join('\n')).toMatch(/not absolute/);
    expect(atomProblems(ok.replace(/<link rel="self"[^>]*\/>/, ''), SITE)).toContain('feed: no link rel="self"');
    expect(atomProblems(ok.replace(/<author>.*<\/author>/, ''), SITE).join('\n')).toMatch(/no <author>/);
    expect(() => atomProblems(ok.replace('</feed>', ''), SITE)).toThrow(/XML/);
  });

  it('the atlas feed holds the newest page of changes and passes the rules', () => {
    const xml = changesFeedXml(atlas, SITE, TODAY);
    expect(atomProblems(xml, SITE)).toEqual([]);
    const expected = Math.min(CHANGES_PAGE_SIZE, changeEntries(atlas, TODAY).length);
    expect(parseFeed(xml).entries).toHaveLength(expected);
    expect(expected).toBeGreaterThan(0);
  });
});
