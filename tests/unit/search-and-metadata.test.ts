/**
 * The pure helpers behind site search, the sitemap, structured data and link-preview images:
 * src/site/search-records.ts, search-result.ts, sitemap.ts, structured-data.ts, og-image.ts,
 * svg-map-string.ts. Search records are checked against the real datasets, so an alias added to
 * data/*.json is searchable without touching code.
 */
import { describe, expect, test } from 'vitest';
import { loadAtlas } from '../../src/data/load.ts';
import { borderIdsWithPage } from '../../src/data/borders.ts';
import { geoContext } from '../../src/data/geo-layers.ts';
import { contextTowns, crossingSearchNames, placeNames, searchPlan, uniqueNames, withSearchNames } from '../../src/site/search-records.ts';
import { bestSection, resultKind, toHit } from '../../src/shared/search-result.ts';
import { pagePathForFile, sitemapPaths, sitemapXml } from '../../src/site/sitemap.ts';
import { borderPlace, crossingPlace, geoCoordinates, jsonLdScript, websiteJsonLd } from '../../src/site/structured-data.ts';
import { fitFontSize, ogImageSvg, wrapText } from '../../src/site/og-image.ts';
import { svgMapString } from '../../src/map/svg-map-string.ts';
import type { MapData } from '../../src/map/map-data.types.ts';

const atlas = loadAtlas();
const SITE = 'https://atlas.example.org';

describe('names', () => {
  test('uniqueNames keeps the first spelling of each name, case-insensitively, and drops blanks', () => {
    expect(uniqueNames(['Oral', ' oral ', 'Uralsk', '', 'Орал', 'URALSK'])).toEqual(['Oral', 'Uralsk', 'Орал']);
  });
  test('placeNames puts the English name first', () => {
    expect(placeNames('Oral', [{ name: 'Uralsk' }, { name: 'Oral' }, { name: 'Орал' }])).toEqual(['Oral', 'Uralsk', 'Орал']);
  });
  test("a crossing's names include both sides' aliases and their settlements' aliases", () => {
    const dostyk = atlas.crossings.find((c) => c.id === 'dostyk-alashankou')!;
    const names = crossingSearchNames(dostyk, atlas.settlements);
    expect(names).toEqual(expect.arrayContaining(['Dostyk', 'Alashankou', 'Druzhba', 'Дружба', '阿拉山口']));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

describe('searchPlan: towns of the maps', () => {
  const atlas = loadAtlas();
  const towns = contextTowns(geoContext());
  const plan = searchPlan(atlas, (url) => url.startsWith('/borders/'), towns);
  const townRecords = plan.records.filter((r) => r.kind === 'town');
  test('a town near the line is found in every spelling, leading to the nearest crossing with the distance', () => {
    expect(townRecords.length).toBeGreaterThan(20);
    const tokmok = townRecords.find((r) => r.title === 'Karakol');
    expect(tokmok, 'Karakol').toBeDefined();
    expect(tokmok!.url).toMatch(/^\/borders\/kazakhstan-kyrgyzstan\/#crossing-/);
    expect(tokmok!.content).toMatch(/Каракол/);
    expect(tokmok!.content).toMatch(/\d+\u00a0km from the .+ crossing/);
  });
  test('towns the atlas already names, and towns far from every crossing, get no record of their own', () => {
    const titles = townRecords.map((r) => r.title);
    for (const s of atlas.settlements) expect(titles).not.toContain(s.name);
    expect(titles).not.toContain('Tabriz');
  });
  test('without towns the plan is unchanged', () => {
    expect(searchPlan(atlas, (url) => url.startsWith('/borders/')).records.filter((r) => r.kind === 'town')).toEqual([]);
  });
});

describe('searchPlan (real datasets)', () => {
  // Pretend every border page has every settlement and region row, and every crossing page exists.
  const borderPagesBuilt = borderIdsWithPage(atlas.borders);
  const hasTarget = (url: string): boolean => {
    const [path = '', anchor] = url.split('#');
    const border = /^\/borders\/([^/]+)\/$/.exec(path)?.[1];
    if (border) return borderPagesBuilt.has(border) && (!anchor || anchor.startsWith('settlement-') || anchor.startsWith('region-'));
    return /^\/crossings\/[^/]+\/$/.test(path) && !anchor;
  };
  const plan = searchPlan(atlas, hasTarget);
  const recordFor = (name: string) => plan.records.find((r) => r.content.includes(name));

  test.each([
    ['Petropavlovsk', '/borders/kazakhstan-russia/#settlement-petropavl', 'Petropavl'],
    ['Uralsk', '/borders/kazakhstan-russia/#settlement-oral', 'Oral'],
    ['Уральск', '/borders/kazakhstan-russia/#settlement-oral', 'Oral'],
    ['Aktyubinsk Oblast', '/borders/kazakhstan-russia/#region-kz-aktobe', 'Aktobe Region'],
  ])('"%s" is in the record for %s', (alias, url, title) => {
    const record = recordFor(alias);
    expect(record, `no record mentions ${alias}`).toBeDefined();
    expect(record).toMatchObject({ url, title });
  });

  test("every record points at an anchor (a record at a page's own URL would replace the page in the index)", () => {
    expect(plan.records.length).toBeGreaterThan(0);
    for (const r of plan.records) expect(r.url, r.title).toMatch(/#(settlement|region)-[a-z0-9-]+$/);
  });

  test('records only point at targets that exist', () => {
    const none = searchPlan(atlas, () => false);
    expect(none.records).toEqual([]);
    expect(none.pageNames.size).toBe(0);
  });

  test('crossing pages carry every alias: Druzhba and Alashankou → Dostyk, Khorgas and Хоргос → Khorgos', () => {
    expect(plan.pageNames.get('/crossings/dostyk-alashankou/')).toEqual(expect.arrayContaining(['Druzhba', 'Alashankou', 'Дружба']));
    expect(plan.pageNames.get('/crossings/khorgos-khorgos/')).toEqual(expect.arrayContaining(['Khorgas', 'Хоргос', '霍尔果斯']));
  });

  test('settlements at a crossing and without a row get no record of their own; reference places go to their border page', () => {
    expect(plan.records.some((r) => r.title === 'Dostyk')).toBe(false);
    const bishkek = atlas.settlements.find((s) => s.id === 'bishkek');
    if (bishkek?.role === 'reference') expect(plan.pageNames.get('/borders/kazakhstan-kyrgyzstan/')).toEqual(expect.arrayContaining(['Bishkek', 'Frunze']));
  });

  test('withSearchNames adds one weighted, escaped paragraph at the start of <main> only', () => {
    const html = '<html><body><header>x</header><main id="main"><h1>T</h1></main></body></html>';
    expect(withSearchNames(html, ['A<b>', 'Дружба'])).toBe(
      '<html><body><header>x</header><main id="main"><p data-pagefind-weight="5">A&lt;b&gt; · Дружба</p><h1>T</h1></main></body></html>',
    );
    expect(withSearchNames(html, [])).toBe(html);
    expect(withSearchNames('<p>no main</p>', ['A'])).toBe('<p>no main</p>');
  });
});

describe('search results', () => {
  test('resultKind: custom records say, pages by URL', () => {
    expect(resultKind('/borders/kazakhstan-russia/#settlement-oral', { kind: 'settlement' })).toBe('settlement');
    expect(resultKind('/crossings/khorgos-khorgos/')).toBe('crossing');
    expect(resultKind('/borders/kazakhstan-china/')).toBe('border');
    expect(resultKind('/travel/')).toBe('page');
    expect(resultKind('/ru/crossings/khorgos-khorgos/'), 'a Russian page is the same kind').toBe('crossing');
    expect(resultKind('/ru/borders/kazakhstan-china/')).toBe('border');
  });

  test('toHit links to the best-matching section of a long page, and to the top of a crossing page', () => {
    const page = {
      url: '/borders/kazakhstan-russia/',
      meta: { title: 'Kazakhstan–Russia border' },
      excerpt: 'page <mark>Uralsk</mark>',
      sub_results: [
        { url: '/borders/kazakhstan-russia/#overview', title: 'Overview', excerpt: 'o', weighted_locations: [{ balanced_score: 1 }] },
        {
          url: '/borders/kazakhstan-russia/#settlements',
          title: 'Settlements',
          excerpt: 's <mark>Uralsk</mark>',
          weighted_locations: [{ balanced_score: 3 }, { balanced_score: 2 }],
        },
      ],
    };
    expect(bestSection(page.sub_results)?.title).toBe('Settlements');
    expect(toHit(page)).toEqual({
      href: '/borders/kazakhstan-russia/#settlements',
      title: 'Kazakhstan–Russia border › Settlements',
      kind: 'border',
      excerpt: 's <mark>Uralsk</mark>',
    });
    const crossing = {
      ...page,
      url: '/crossings/khorgos-khorgos/',
      meta: { title: 'Khorgos – Khorgos crossing' },
      sub_results: page.sub_results.map((s) => ({ ...s, url: s.url.replace('/borders/kazakhstan-russia/', '/crossings/khorgos-khorgos/') })),
    };
    expect(toHit(crossing)).toMatchObject({ href: '/crossings/khorgos-khorgos/', title: 'Khorgos – Khorgos crossing', kind: 'crossing' });
    expect(toHit({ url: '/x/', meta: {}, excerpt: '' }).title).toBe('/x/');
  });
});

describe('sitemap', () => {
  test('pagePathForFile: pages in, 404, assets, redirects and noindex pages out', () => {
    expect(pagePathForFile('index.html')).toBe('/');
    expect(pagePathForFile('crossings/khorgos-khorgos/index.html')).toBe('/crossings/khorgos-khorgos/');
    expect(pagePathForFile('data/index.html')).toBe('/data/');
    expect(pagePathForFile('404.html')).toBeNull();
    expect(pagePathForFile('pagefind/x.html')).toBeNull();
    expect(pagePathForFile('_astro/x.html')).toBeNull();
    expect(pagePathForFile('data/borders.geojson')).toBeNull();
    expect(pagePathForFile('old/index.html', '<meta http-equiv="refresh" content="0;url=/new/">')).toBeNull();
    expect(pagePathForFile('hidden/index.html', '<meta name="robots" content="noindex">')).toBeNull();
  });

  test('sitemapXml lists absolute, sorted, unique, escaped URLs and round-trips through sitemapPaths', () => {
    const xml = sitemapXml(SITE, ['/travel/', '/', '/travel/', '/a&b/'], '2026-11-22');
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
    expect(xml).toContain('<url><loc>https://atlas.example.org/</loc><lastmod>2026-11-22</lastmod></url>');
    expect(xml).toContain('https://atlas.example.org/a&amp;b/');
    expect(sitemapPaths(xml)).toEqual(['/', '/a&b/', '/travel/']);
  });

  test('sitemapXml lists each page with its twins in the other editions, and x-default', () => {
    const xml = sitemapXml(SITE, ['/travel/', '/ru/travel/', '/only-english/'], undefined, ['en', 'ru']);
    const entry = (loc: string) => xml.split('\n').find((l) => l.includes(`<loc>${loc}</loc>`)) ?? '';
    for (const loc of ['https://atlas.example.org/travel/', 'https://atlas.example.org/ru/travel/']) {
      expect(entry(loc)).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://atlas.example.org/travel/"/>');
      expect(entry(loc)).toContain('<xhtml:link rel="alternate" hreflang="ru" href="https://atlas.example.org/ru/travel/"/>');
      expect(entry(loc)).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://atlas.example.org/travel/"/>');
    }
    expect(entry('https://atlas.example.org/only-english/'), 'a page without a twin lists no alternates').not.toContain('xhtml:link');
  });
});

describe('structured data', () => {
  const khorgos = atlas.crossings.find((c) => c.id === 'khorgos-khorgos')!;
  const china = atlas.borders.find((b) => b.id === 'kazakhstan-china')!;

  test('a crossing is a Place with GeoCoordinates, its aliases and its border', () => {
    const ld = crossingPlace(khorgos, china, SITE, 'desc');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Place',
      url: `${SITE}/crossings/khorgos-khorgos/`,
      geo: { '@type': 'GeoCoordinates', latitude: khorgos.coordinates.lonLat[1], longitude: khorgos.coordinates.lonLat[0] },
      containedInPlace: { '@id': `${SITE}/borders/kazakhstan-china/` },
    });
    expect(ld.alternateName).toEqual(expect.arrayContaining(['Хоргос', 'Khorgas', '霍尔果斯']));
    expect(ld.alternateName).not.toContain('Khorgos');
  });

  test('a border lists its crossings and settlements as containsPlace', () => {
    const russia = atlas.borders.find((b) => b.id === 'kazakhstan-russia')!;
    const settlements = atlas.settlements.filter((s) => s.role === 'listed' && s.borders.includes(russia.id));
    const crossings = atlas.crossings.filter((c) => c.border === russia.id);
    const ld = borderPlace(russia, crossings, settlements, SITE);
    const places = ld.containsPlace as { '@id': string; url?: string; geo?: unknown; alternateName?: string[] }[];
    expect(places).toHaveLength(crossings.length + settlements.length);
    // Crossings by reference to their own pages (which carry their coordinates); settlements in full.
    const crossingRefs = places.filter((p) => p['@id'].includes('/crossings/'));
    expect(crossingRefs.map((p) => new URL(p['@id']).pathname).sort()).toEqual(crossings.map((c) => `/crossings/${c.id}/`).sort());
    const settlementPlaces = places.filter((p) => !p['@id'].includes('/crossings/'));
    expect(settlementPlaces.find((p) => p.url?.endsWith('#settlement-oral'))?.alternateName).toContain('Uralsk');
    for (const p of settlementPlaces) expect(p.geo).toMatchObject({ '@type': 'GeoCoordinates' });
  });

  test('geoCoordinates rounds to 5 decimals; jsonLdScript cannot close its <script>', () => {
    expect(geoCoordinates([80.123456789, 44.987654321])).toEqual({ '@type': 'GeoCoordinates', latitude: 44.98765, longitude: 80.12346 });
    const text = jsonLdScript(websiteJsonLd('</script><b>', SITE, 'd'));
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><b>');
  });
});

describe('link-preview image', () => {
  test('wrapText breaks at spaces and after en dashes', () => {
    expect(wrapText('Kazakhstan–Kyrgyzstan border', 14)).toEqual(['Kazakhstan–', 'Kyrgyzstan', 'border']);
    expect(wrapText('Kazakhstan–Russia border', 14)).toEqual(['Kazakhstan–', 'Russia border']);
    expect(wrapText("Kazakhstan's borders", 30)).toEqual(["Kazakhstan's borders"]);
  });

  const square = (w: number, s: number, e: number, n: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  });
  const data: MapData = {
    view: 'test',
    bounds: [60, 40, 80, 50],
    countries: {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { iso: 'KZ', name: 'Kazakhstan', role: 'kazakhstan' }, geometry: square(62, 42, 78, 48) }],
    },
    borders: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'b', name: 'B', emphasis: true },
          geometry: {
            type: 'LineString',
            coordinates: [
              [62, 45],
              [78, 45],
            ],
          },
        },
      ],
    },
    regions: { type: 'FeatureCollection', features: [] },
    settlements: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 's', name: 'A & B', country: 'KZ', side: 'kazakh' }, geometry: { type: 'Point', coordinates: [70, 46] } },
      ],
    },
    crossings: { type: 'FeatureCollection', features: [] },
  } as unknown as MapData;

  test('ogImageSvg is a 1200×630 SVG with the title, the facts and the map, text escaped', () => {
    const svg = ogImageSvg(data, { kicker: 'Atlas', title: 'Kazakhstan–Russia border', facts: ['7,644 km', '<16> crossings'], footer: 'example.org' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('>Kazakhstan–</text>');
    expect(svg).toContain('>Russia border</text>');
    expect(svg).toContain('&lt;16&gt; crossings');
    expect(svg).toContain('>ATLAS</text>');
    expect(svg.match(/<svg/g)).toHaveLength(2); // the map is nested
  });

  test('svgMapString draws labels only when asked, escaped', () => {
    const label = {
      id: 's',
      text: 'A & B',
      kind: 'settlement',
      cls: 'm-label',
      style: { size: 13 },
      x: 10,
      y: 10,
      anchor: 'start' as const,
      box: { x0: 10, y0: 0, x1: 40, y1: 14 },
    };
    const map = {
      view: 'v',
      width: 100,
      height: 50,
      layers: [],
      dots: [],
      crossings: [],
      labels: [label],
      dropped: [],
      named: [],
      lettered: [],
      thinnedCrossings: 0,
      minFont: 13,
      scale: { km: 10, px: 10, x: 14, y: 36 },
      credit: { x: 92, y: 42 },
      inset: null,
      selected: null,
      locale: 'en' as const,
    };
    expect(svgMapString(map)).toContain('>A &amp; B</text>');
    expect(svgMapString(map, { labels: false })).not.toContain('A &amp; B');
  });
});

describe('fitFontSize', () => {
  test('keeps the size when the text fits, shrinks it when it would not', () => {
    expect(fitFontSize('short', 400, 26)).toBe(26);
    const long = '27 crossings, named on both sides of each border';
    const size = fitFontSize(long, 400, 26);
    expect(size).toBeLessThan(26);
    expect(long.length * 0.55 * size).toBeLessThanOrEqual(400);
  });
});
