/**
 * The Russian maps (src/map/localize-map.ts): the English views with every name in Russian. Their
 * static maps keep the placer's promises with the longer Cyrillic labels (no overlaps, on every
 * plate), name natural features only from data/feature-names.json, and leave a feature the
 * edition cannot name unlabelled and reported.
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { buildModel } from './atlas-model.ts';
import { loadGeoLayers } from '../../src/data/geo-layers.ts';
import { localizeAtlas, readTranslations } from '../../src/data/translations.ts';
import { countryName } from '../../src/data/countries.ts';
import { routesFor } from '../../src/site/routes.ts';
import { statusPhrase } from '../../src/views/status.ts';
import { overlaps } from '../../src/map/label-placer.ts';
import { staticMapFor } from '../../src/map/svg-map.ts';
import { svgMapString } from '../../src/map/svg-map-string.ts';
import { contextNamer, localizeMapData, strayFeatureNames, type MapEdition } from '../../src/map/localize-map.ts';
import type { MapData } from '../../src/map/map-data.types.ts';
import type { FeatureName } from '../../src/schemas/index.ts';

const CYRILLIC = /[А-Яа-яЁё]/;

let model: ReturnType<typeof buildModel>;
let edition: MapEdition;
const geo = loadGeoLayers();
beforeAll(() => {
  model = buildModel();
  // The build's own localizer, told to leave untranslated texts in English (reader text is not what these tests read).
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const atlas = localizeAtlas(model.atlas, readTranslations('data', 'ru'), 'ru', { draft: true });
  warn.mockRestore();
  const routes = routesFor('ru');
  edition = {
    locale: 'ru',
    atlas,
    source: model.atlas,
    geo,
    country: (iso) => countryName(iso, 'ru'),
    crossing: { url: routes.crossing, status: statusPhrase },
  };
}, 60_000);

const russian = (view: string): ReturnType<typeof localizeMapData> =>
  localizeMapData(model.mapData(view), edition, contextNamer(model.atlas.featureNames, geo));

describe('Russian map views', () => {
  test('same frame, geometry and anchors as the English view; names, links and edition changed', () => {
    const en = model.mapData('kazakhstan-russia');
    const { data: ru } = russian('kazakhstan-russia');
    expect(ru.bounds).toEqual(en.bounds);
    expect(ru.countries.features.map((f) => f.geometry)).toEqual(en.countries.features.map((f) => f.geometry));
    expect(ru.locale).toBe('ru');
    expect(en.locale).toBeUndefined();
    expect(ru.countries.features.find((f) => f.properties.iso === 'KZ')?.properties.name).toBe('Казахстан');
    expect(ru.crossings.features.every((f) => f.properties.url.startsWith('/ru/crossings/'))).toBe(true);
    expect(ru.crossings.features.map((f) => f.properties.number)).toEqual(en.crossings.features.map((f) => f.properties.number));
    const ural = ru.context.features.find((f) => f.properties.kind === 'river' && f.properties.name === 'Урал');
    expect(ural, 'the Ural is named in Russian').toBeDefined();
  });

  test('a feature without a Russian name is drawn unlabelled and reported; a stray record is found', () => {
    const without = (names: FeatureName[]) => localizeMapData(model.mapData('kazakhstan-kyrgyzstan'), edition, contextNamer(names, geo));
    const all = without(model.atlas.featureNames);
    const none = without(model.atlas.featureNames.filter((n) => n.naturalEarth !== 'Issyk-Kul'));
    expect(all.data.labels.features.some((f) => f.properties.name === 'Иссык-Куль')).toBe(true);
    expect(none.unnamed).toContain('lake "Issyk-Kul"');
    expect(none.data.labels.features.some((f) => f.properties.kind === 'lake' && /Issyk|Иссык/.test(f.properties.name))).toBe(false);
    expect(staticMapFor(none.data).labels.some((l) => /Issyk/.test(l.text))).toBe(false);
    const stray: FeatureName = { id: 'river-nowhere', kind: 'river', naturalEarth: 'Nowhere', ru: 'Нигде', source: 'natural-earth' };
    expect(strayFeatureNames([...model.atlas.featureNames, stray], geo)).toEqual([stray]);
    expect(strayFeatureNames(model.atlas.featureNames, geo)).toEqual([]);
  });

  test('static maps in Russian: every plate without overlaps, natural features and countries named in Cyrillic', () => {
    const report: string[] = [];
    for (const view of ['overview', 'crossings', ...model.analyses.keys(), 'khorgos-khorgos', 'karakoga-isilkul']) {
      const data: MapData = russian(view).data;
      for (const plate of [null, 'phone'] as const) {
        const map = staticMapFor(data, data.focus?.crossing ?? null, plate);
        map.labels.forEach((a, i) => {
          for (const b of map.labels.slice(i + 1)) expect(overlaps(a.box, b.box), `${view}/${plate}: ${a.text} × ${b.text}`).toBe(false);
          for (const c of map.crossings) {
            const r = c.r;
            expect(
              overlaps(a.box, { x0: c.drawn[0] - r, y0: c.drawn[1] - r, x1: c.drawn[0] + r, y1: c.drawn[1] + r }),
              `${view}/${plate}: ${a.text} × ${c.number}`,
            ).toBe(false);
          }
          if (['country', 'region', 'area', 'lake', 'river', 'town', 'peak'].includes(a.kind)) expect(a.text, `${view}/${plate}: ${a.kind}`).toMatch(CYRILLIC);
        });
        report.push(`${view}/${plate ?? 'wide'}: ${map.labels.length} placed, ${map.dropped.length} dropped`);
      }
      const svg = svgMapString(staticMapFor(data), { label: 'x' });
      expect(svg).toMatch(/>\d+\u00a0км</);
      expect(svg).not.toMatch(/>\d+ km</);
    }
    console.info(report.join('\n'));
  }, 120_000);
});
