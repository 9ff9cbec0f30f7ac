/**
 * How the atlas words and lists crossing status (src/views/status.ts), approximate points
 * (src/views/position.ts), long borders (src/views/crossing-list.ts) and the stale report
 * (src/data/stale-report.ts). Fixtures are cloned from the real data with their status replaced.
 */
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/data/load.ts';
import type { Crossing, Settlement, StatusReading } from '../../src/schemas/index.ts';
import { historyRows, staleNotice, statusLead, statusPhrase, statusShort } from '../../src/views/status.ts';
import { APPROXIMATE_WITHIN_KM, approximatePosition } from '../../src/views/position.ts';
import { BORDER_TABLE_MAX, borderStatusSummary, crossingRowHref, directoryForBorder, listsInline } from '../../src/views/crossing-list.ts';
import { formatStaleReport, staleRows } from '../../src/data/stale-report.ts';
import { parseDirectoryState } from '../../src/shared/crossing-directory.ts';

const TODAY = '2026-12-04';
const atlas = loadAtlas();
const base = atlas.crossings[0]!;
const reading = (date: string, value: StatusReading['value'], extra: Partial<StatusReading> = {}): StatusReading => ({
  date,
  value,
  source: base.status[0]!.source,
  ...extra,
});
const crossing = (id: string, status: StatusReading[], patch: Partial<Crossing> = {}): Crossing => ({ ...structuredClone(base), id, status, ...patch });

describe('status wording', () => {
  it('never leaves out the date, at the precision the source gives', () => {
    expect(statusPhrase(reading('2024-05', 'open'))).toBe('Open — last confirmed May 2024');
    expect(statusPhrase(reading('2019', 'open'))).toBe('Open — last confirmed in 2019');
    expect(statusPhrase(reading('2025-02-05', 'closed'))).toBe('Closed — as of 5 February 2025');
    expect(statusPhrase(reading('2025-01', 'restricted'))).toBe('Restricted — as of January 2025');
    expect(statusPhrase(reading('2008', 'seasonal'))).toBe('Seasonal — as of 2008');
    expect(statusPhrase(reading('2019', 'listed'))).toBe('Listed in a source of 2019; working status not stated');
    expect(statusShort(reading('2024-05', 'open'))).toBe('Open, May 2024');
  });

  it('leads with the newest reading and flags it once it is three years old', () => {
    const fresh = statusLead(crossing('a', [reading('2025-02', 'closed'), reading('2019', 'open')]), TODAY);
    expect(fresh).toMatchObject({ phrase: 'Closed — as of February 2025', stale: false, flag: null, readings: 2, ageYears: 1 });
    expect(staleNotice(fresh, 'Russia')).toBeNull();

    const old = statusLead(crossing('b', [reading('2021-01', 'open')]), TODAY);
    expect(old).toMatchObject({ stale: true, ageYears: 5, flag: '5 years old', readings: 1 });
    const notice = staleNotice(old, 'Russia')!;
    expect(notice).toContain('at least 5 years old (January 2021)');
    expect(notice).toContain('border services of Kazakhstan or Russia before travelling');
    expect(notice).not.toMatch(/https?:|@|\+\d/); // names no address or number
  });

  it('lists the history newest first, flagging each old reading and a date read from the text', () => {
    const rows = historyRows(
      crossing('c', [reading('2025-09-03', 'restricted'), reading('2022', 'closed', { dateInferred: true }), reading('2019', 'listed')]),
      TODAY,
    );
    expect(rows.map((r) => [r.reading.date, r.status, r.stale])).toEqual([
      ['2025-09-03', 'Restricted', false],
      ['2022', 'Closed', true],
      ['2019', 'Listed', true],
    ]);
    expect(rows[1]!.date).toBe('2022 (date read from the text)');
    expect(rows[0]!.date).toBe('3 September 2025');
  });
});

describe('approximate positions', () => {
  const settlements = atlas.settlements;
  const named = settlements.find((s) => s.id === 'kurmangazy')!;
  const far = settlements.find((s) => s.id === 'orsk')!;

  it('names the settlement the crossing is named after and the distance to it, off by at least a few km', () => {
    const [lon, lat] = named.coordinates.lonLat;
    const c = crossing('p', base.status, {
      kazakh: { ...base.kazakh, settlement: named.id },
      neighbour: { ...base.neighbour, settlement: undefined },
      coordinates: { ...base.coordinates, lonLat: [lon, lat + 0.2], precision: 'approximate' },
    });
    const p = approximatePosition(c, settlements)!;
    expect(p.settlement.id).toBe('kurmangazy');
    expect(p.named).toBe(true);
    expect(p.distanceKm).toBeGreaterThan(21);
    expect(p.distanceKm).toBeLessThan(23);
    expect(p.offByKm).toBe(Math.ceil(p.distanceKm));

    const near = approximatePosition({ ...c, coordinates: { ...c.coordinates, lonLat: [lon, lat + 0.01] } }, settlements)!;
    expect(near.offByKm).toBe(APPROXIMATE_WITHIN_KM);
  });

  it('falls back to the nearest settlement when the record names none, and says nothing for a surveyed point', () => {
    const c = crossing('q', base.status, {
      kazakh: { ...base.kazakh, settlement: undefined },
      neighbour: { ...base.neighbour, settlement: undefined },
      coordinates: { ...base.coordinates, lonLat: far.coordinates.lonLat, precision: 'settlement' },
    });
    const p = approximatePosition(c, settlements)!;
    expect(p).toMatchObject({ named: false, offByKm: APPROXIMATE_WITHIN_KM });
    expect(p.settlement.id).toBe('orsk');
    expect(approximatePosition({ ...c, coordinates: { ...c.coordinates, precision: 'crossing' } }, settlements)).toBeNull();
    expect(approximatePosition(c, [] as Settlement[])).toBeNull();
  });
});

describe('long borders', () => {
  it('lists a border inline up to the threshold and sends readers to the filtered directory above it', () => {
    expect(listsInline(BORDER_TABLE_MAX)).toBe(true);
    expect(listsInline(BORDER_TABLE_MAX + 1)).toBe(false);
    const href = directoryForBorder('kazakhstan-russia', 'kurmangazy-karaozek');
    expect(href).toBe('/crossings/?border=kazakhstan-russia#crossing-kurmangazy-karaozek');
    expect(parseDirectoryState(new URL(href, 'http://x').search).border).toBe('kazakhstan-russia');
    expect(crossingRowHref({ id: 'a-b', border: 'kazakhstan-china' }, 6)).toBe('/borders/kazakhstan-china/#crossing-a-b');
    expect(crossingRowHref({ id: 'a-b', border: 'kazakhstan-china' }, BORDER_TABLE_MAX + 1)).toBe('/crossings/#crossing-a-b');
  });

  it('summarises crossings by newest status and counts the old ones', () => {
    const list = [
      crossing('a', [reading('2025-02', 'open'), reading('2019', 'closed')]),
      crossing('b', [reading('2019', 'listed')]),
      crossing('c', [reading('2008', 'listed')]),
    ];
    expect(borderStatusSummary(list, TODAY)).toEqual({ total: 3, byStatus: { open: 1, listed: 2 }, stale: 2 });
  });
});

describe('stale report', () => {
  const list = [
    crossing('new', [reading('2026-02-24', 'open')], { border: 'kazakhstan-uzbekistan' }),
    crossing('year', [reading('2021', 'open')], { border: 'kazakhstan-china' }),
    crossing('month', [reading('2021-01', 'open')], { border: 'kazakhstan-russia' }),
    crossing('oldest', [reading('2008', 'listed')], { border: 'kazakhstan-kyrgyzstan' }),
  ];

  it('orders crossings oldest newest-reading first (a year counts at its last day) and flags the old ones', () => {
    const rows = staleRows(list, TODAY);
    expect(rows.map((r) => [r.id, r.ageYears, r.stale])).toEqual([
      ['oldest', 17, true],
      ['month', 5, true],
      ['year', 4, true],
      ['new', 0, false],
    ]);
  });

  it('prints aligned columns with OLD on stale rows and a count', () => {
    const text = formatStaleReport(staleRows(list, TODAY), TODAY);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^\s+crossing\s+border\s+newest\s+age\s+status\s+source$/);
    expect(lines[1]).toMatch(/^OLD\s+oldest\s+kazakhstan-kyrgyzstan\s+2008\s+17 y\s+listed\s/);
    expect(lines[4]).toMatch(/^\s+new\s+kazakhstan-uzbekistan\s+2026-02-24\s+0 y\s+open/);
    expect(text).toContain('3 of 4 crossings lead with a reading 3 or more years old on 2026-12-04');
  });
});
