/**
 * src/map/study-area.ts against the real data: the surveyed stretches of the Kazakhstan–Russia
 * line along Omsk and Orenburg oblasts, measured on Natural Earth, and the study-area map view.
 */
import { describe, expect, test } from 'vitest';
import { analyseBorder } from '../../src/geo/border-analysis.ts';
import { geoRegions, loadGeoLayers } from '../../src/data/geo-layers.ts';
import { loadAtlas } from '../../src/data/load.ts';
import { formatMeasure, formatUsd, STUDY_CHARTS, studyCharts, studyMeasure } from '../../src/views/migration-study.ts';
import { borderIssues } from '../../src/views/transnational.ts';
import { dictionary } from '../../src/i18n/dictionary.ts';
import { STUDY_AREA_VIEW, studyAreaGeometry, studyAreaMapData, studySettlementIds } from '../../src/map/study-area.ts';

const atlas = loadAtlas();
const geo = loadGeoLayers();
const area = studyAreaGeometry(atlas, geo);
const section = (iso: string) => area.sections.find((s) => s.iso3166_2 === iso)!;

describe('studyAreaGeometry', () => {
  test('finds both surveyed oblasts by their Natural Earth codes', () => {
    expect(area.sections.map((s) => s.iso3166_2)).toEqual(['RU-OMS', 'RU-ORE']);
  });
  test('Omsk oblast: about a thousand km of line, under the official-scale figure the paper gives', () => {
    const omsk = section('RU-OMS');
    expect(omsk.km).toBeGreaterThan(800);
    expect(omsk.km).toBeLessThan(1200);
    expect(omsk.paper).toEqual({ km: 1000, qualifier: 'more-than' });
  });
  test('Orenburg oblast: 1,500–2,100 km', () => {
    expect(section('RU-ORE').km).toBeGreaterThan(1500);
    expect(section('RU-ORE').km).toBeLessThan(2100);
  });
  test('the two stretches are 30–50% of the whole line', () => {
    expect(area.percent).toBeGreaterThan(30);
    expect(area.percent).toBeLessThan(50);
    expect(area.lineKm).toBeGreaterThan(6000);
    expect(area.totalKm).toBeCloseTo(section('RU-OMS').km + section('RU-ORE').km, 6);
  });
  test('uses touchKm from data/geo, and measuring the stored simplified line with lengthWithinPolygon agrees within 3%', () => {
    const touch = new Map(geoRegions().features.map((f) => [f.properties.iso3166_2, f.properties.touchKm['kazakhstan-russia']]));
    for (const s of area.sections) {
      expect(s.km).toBe(touch.get(s.iso3166_2));
      expect(s.simplifiedKm).toBeLessThanOrEqual(s.km * 1.001);
      expect(Math.abs(s.simplifiedKm - s.km) / s.km).toBeLessThan(0.03);
    }
  });
  test('scales shares to the official length and compares with the paper', () => {
    expect(area.officialKm).toBe(7644);
    for (const s of area.sections) expect(s.scaledKm).toBeCloseTo((s.percent / 100) * 7644, 6);
    expect(area.paperPercent).toBe(41);
    expect(area.paperTotalKm).toBe(2870);
    expect(area.paperTotalPercentOfOfficial).toBeCloseTo(37.5, 1);
  });
});

describe('studyAreaMapData', () => {
  const line = geo.borders.features.find((f) => f.properties.id === 'kazakhstan-russia')!;
  const analysis = analyseBorder(atlas, 'kazakhstan-russia', {
    line,
    regionTouchKm: new Map(geo.regions.features.map((f) => [f.properties.iso3166_2, f.properties.touchKm['kazakhstan-russia'] ?? 0])),
    regionLongitude: new Map(),
  });
  const data = studyAreaMapData(atlas, geo, analysis);
  test('emphasises only the Kazakhstan–Russia line and shades the two oblasts', () => {
    expect(data.view).toBe(STUDY_AREA_VIEW);
    expect(data.borders.features.filter((f) => f.properties.emphasis).map((f) => f.properties.id)).toEqual(['kazakhstan-russia']);
    expect(data.regions.features.map((f) => f.properties.id)).toEqual(['ru-omsk-oblast', 'ru-orenburg-oblast']);
  });
  test('marks the study sites and the crossings the study names', () => {
    expect(data.settlements.features.map((f) => f.properties.id)).toEqual(studySettlementIds(atlas));
    const crossings = data.crossings.features.map((f) => f.properties.id);
    expect(crossings).toEqual(expect.arrayContaining(['karakoga-isilkul', 'urlitobe-cherlak', 'zhaisan-sagarchin']));
    const [w, s, e, n] = data.bounds;
    for (const f of data.settlements.features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(lon > w && lon < e && lat > s && lat < n).toBe(true);
    }
  });
});

describe('study figures (src/views/migration-study.ts)', () => {
  const study = atlas.migrationStudy;
  const word = (id: string) => formatMeasure(studyMeasure(study, id), 'en');
  const ru = (id: string) => formatMeasure(studyMeasure(study, id), 'ru');
  test('finds figures wherever the study keeps them, and names a missing one', () => {
    expect(studyMeasure(study, 'want-open-border').value).toBe(78);
    expect(studyMeasure(study, 'orenburg-border-length').value).toBe(1870);
    expect(studyMeasure(study, 'iletsk-trains-week').value).toBe(50);
    expect(() => studyMeasure(study, 'no-such-figure')).toThrow(/no-such-figure/);
  });
  test('words figures with their qualifier, unit and range', () => {
    expect(word('want-open-border')).toBe('78%');
    expect(word('commercial-share')).toBe('about 40%');
    expect(word('weekly-traders')).toBe('1 in 5 (20%)');
    expect(word('had-problems-at-border')).toBe('1 in 3 (33%)');
    expect(word('arrivals-married')).toBe('more than 2 in 3');
    expect(word('border-migrants-age')).toBe('30–50 years');
    expect(word('omsk-border-length')).toBe('more than 1,000 km');
    expect(word('orenburg-border-length')).toBe('1,870 km');
    expect(word('iletsk-trains-day')).toBe('7–8 trains a day');
    expect(word('iletsk-trains-week')).toBe('more than 50 trains a week');
    expect(word('ru-see-advantage-ratio')).toBe('about 3 times');
    expect(word('entered-avoiding-posts')).toBe('20 people');
  });
  test('words figures in Russian, the unit declined after its number and qualifier', () => {
    expect(ru('want-open-border')).toBe('78\u00a0%');
    expect(ru('commercial-share')).toBe('около 40\u00a0%');
    expect(ru('weekly-traders')).toBe('1 из 5 (20\u00a0%)');
    expect(ru('arrivals-married')).toBe('более 2 из 3');
    expect(ru('border-migrants-age')).toBe('30–50\u00a0лет');
    expect(ru('omsk-border-length')).toBe('более 1\u00a0000\u00a0км');
    expect(ru('iletsk-trains-day')).toBe('7–8\u00a0поездов в день');
    expect(ru('iletsk-trains-week')).toBe('более 50\u00a0поездов в неделю');
    expect(ru('ru-see-advantage-ratio')).toBe('примерно в 3\u00a0раза');
    expect(ru('entered-avoiding-posts')).toBe('20\u00a0человек');
    expect(formatUsd('ru', 5000, 8000, 'exact')).toBe('5\u00a0000–8\u00a0000\u00a0долл.');
  });
  test('words dollar amounts', () => {
    expect(formatUsd('en', 1500, undefined, 'about')).toBe('about US$1,500');
    expect(formatUsd('en', 5000, 8000, 'exact')).toBe('US$5,000–8,000');
  });
});

describe('studyCharts', () => {
  const charts = studyCharts(atlas.migrationStudy, 'en');
  test('builds every chart with values from the data and sane percentages', () => {
    expect(Object.keys(charts)).toEqual([...STUDY_CHARTS]);
    for (const chart of Object.values(charts)) {
      expect(chart.rows.length).toBeGreaterThan(0);
      for (const row of chart.rows) {
        expect(row.value).toBeGreaterThanOrEqual(0);
        if (chart.axis === 'percent') expect(row.value).toBeLessThanOrEqual(100);
      }
    }
  });
  test('the headline figures: 78% want it open, 20 of 100 went around, 34% detained here', () => {
    expect(charts.views.rows.find((r) => r.series === 'All respondents')!.value).toBe(78);
    expect(charts.views.rows.find((r) => r.series === 'Russian citizens')!.value).toBeCloseTo(50 / 3, 6);
    expect(charts.entry.rows.map((r) => r.value)).toEqual([80, 20]);
    expect(charts['far-abroad'].rows[0]!.value).toBe(34);
    expect(charts.ties.rows[1]!.value).toBe(38);
  });
});

describe('borderIssues (src/views/transnational.ts)', () => {
  const groups = borderIssues(atlas, dictionary('en').transnational.noLandBorder);
  test('picks out the statements about Kazakhstan’s borders, grouped by border in data order', () => {
    expect(groups.map((g) => g.border)).toEqual(['kazakhstan-russia', 'kazakhstan-kyrgyzstan', 'kazakhstan-china', 'kazakhstan-uzbekistan', null]);
    const russia = groups[0]!;
    expect(russia.items.map((i) => i.item.id)).toEqual(
      expect.arrayContaining(['kz-russia-demarcation', 'ru-kz-delimitation', 'kz-transit', 'kz-tip-labour-russia']),
    );
    expect(russia.items.map((i) => i.country)).toContain('RU');
  });
  test('links only borders that have a page', () => {
    expect(groups.filter((g) => g.hasPage).map((g) => g.border)).toEqual([
      'kazakhstan-russia',
      'kazakhstan-kyrgyzstan',
      'kazakhstan-china',
      'kazakhstan-uzbekistan',
    ]);
  });
  test('leaves out statements about elsewhere', () => {
    const ids = groups.flatMap((g) => g.items.map((i) => i.item.id));
    expect(ids).not.toContain('ru-kurils');
    expect(ids).not.toContain('kz-cannabis');
  });
});
