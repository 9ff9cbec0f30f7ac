import { describe, expect, it } from 'vitest';
import { citersOf, factDates, renumberPage } from '../../src/site/citations.ts';
import { loadAtlas } from '../../src/data/load.ts';

const atlas = loadAtlas();
const { sources } = atlas;
const cite = (id: string, n: number) => `<sup class="cite"><a href="/sources/#source-${id}" title="t" data-cite="${id}">[${n}]</a></sup>`;
const item = (id: string, n: number) => `<li value="${n}" data-source="${id}"><a href="/sources/#source-${id}">T</a>.</li>`;

describe('per-page citation numbers (renumberPage)', () => {
  const page = [
    '<footer><span data-fact-dates></span>Data last changed</footer>',
    `<p>A${cite('trend-tazhen-2025', 31)} B${cite('wiki-kazakhstan-uzbekistan-border', 12)} C${cite('trend-tazhen-2025', 31)}</p>`,
    `<ol class="page-sources" data-page-sources>${item('wiki-kazakhstan-uzbekistan-border', 12)}${item('natural-earth', 6)}${item('trend-tazhen-2025', 31)}</ol>`,
  ].join('');
  const out = renumberPage(page, sources);

  it('numbers citations 1…n in order of first citation', () => {
    expect([...out.matchAll(/data-cite="([^"]+)">\[(\d+)\]/g)].map((m) => `${m[1]}=${m[2]}`)).toEqual([
      'trend-tazhen-2025=1',
      'wiki-kazakhstan-uzbekistan-border=2',
      'trend-tazhen-2025=1',
    ]);
  });

  it('orders the source list the same way, uncited entries last', () => {
    expect([...out.matchAll(/value="(\d+)" data-source="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual([
      '1:trend-tazhen-2025',
      '2:wiki-kazakhstan-uzbekistan-border',
      '3:natural-earth',
    ]);
  });

  it('states the years the cited sources date from', () => {
    expect(out).toContain('<span data-fact-dates>Facts from sources dated 2025 (and 1 undated). </span>');
    expect(factDates(sources, ['kunuz-tselinny-syrdarya-2022', 'factbook-kazakhstan-russia']).span).toBe('2019–2022');
  });

  it('leaves a page without citations alone apart from the empty date slot', () => {
    expect(renumberPage('<p>x</p><span data-fact-dates></span>', sources)).toBe('<p>x</p>');
  });
});

describe('correction link target (src/site/config.ts)', () => {
  it('comes from ATLAS_CORRECTIONS_URL, and is absent without it', async () => {
    // A fresh instance of the module per reading (a distinct query makes a distinct module), as a build reads it once.
    const config = new URL('../../src/site/config.ts', import.meta.url).href;
    let reading = 0;
    const correctionsUrl = async (): Promise<string | undefined> =>
      ((await import(`${config}?reading=${++reading}`)) as { CORRECTIONS_URL?: string }).CORRECTIONS_URL;
    const before = process.env.ATLAS_CORRECTIONS_URL;
    try {
      delete process.env.ATLAS_CORRECTIONS_URL;
      expect(await correctionsUrl()).toBeUndefined();
      process.env.ATLAS_CORRECTIONS_URL = ' mailto:editors@atlas.test ';
      expect(await correctionsUrl()).toBe('mailto:editors@atlas.test');
    } finally {
      if (before === undefined) delete process.env.ATLAS_CORRECTIONS_URL;
      else process.env.ATLAS_CORRECTIONS_URL = before;
    }
  });
});

describe('records citing a source (citersOf)', () => {
  const feature = atlas.featureNames[0]!;
  const mapLabels = (locale: 'en' | 'ru') =>
    citersOf(atlas, feature.source, locale)
      .flatMap((g) => g.citers)
      .find((c) => c.label === feature.ru);

  it('marks a Russian map name on the English page as Russian, with its English name beside it', () => {
    expect(mapLabels('en')).toEqual({ label: feature.ru, lang: 'ru', gloss: feature.naturalEarth, href: null });
  });

  it('gives the same name plainly on the Russian page', () => {
    expect(mapLabels('ru')).toEqual({ label: feature.ru, href: null });
  });
});
