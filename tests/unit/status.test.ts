import { describe, expect, it } from 'vitest';
import { ageInYears, buildDate, isStale, lastDayOf, latestReading, STALE_AFTER_YEARS } from '../../src/data/status.ts';
import { StatusHistory } from '../../src/schemas/crossings.ts';

describe('status currency', () => {
  it('takes a partial date at its last possible day', () => {
    expect(lastDayOf('2021')).toBe('2021-12-31');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2023-02')).toBe('2023-02-28');
    expect(lastDayOf('2025-07-14')).toBe('2025-07-14');
  });

  it('counts whole years from that day', () => {
    expect(ageInYears('2023-12-04', '2026-12-04')).toBe(3);
    expect(ageInYears('2023-12-05', '2026-12-04')).toBe(2);
    expect(ageInYears('2023', '2026-12-04')).toBe(2);
    expect(ageInYears('2008', '2026-12-04')).toBe(17);
    expect(ageInYears('2027-01', '2026-12-04')).toBe(0);
  });

  it(`calls a reading old once it is ${STALE_AFTER_YEARS} years old`, () => {
    expect(isStale('2023-12-04', '2026-12-04')).toBe(true);
    expect(isStale('2023-12-05', '2026-12-04')).toBe(false);
    expect(isStale('2021-01', '2026-12-04')).toBe(true);
    expect(isStale('2025-02', '2026-12-04')).toBe(false);
  });

  it('pins the build date from ATLAS_BUILD_DATE and rejects a malformed one', () => {
    expect(buildDate({ ATLAS_BUILD_DATE: '2030-01-02' })).toBe('2030-01-02');
    expect(buildDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => buildDate({ ATLAS_BUILD_DATE: 'soon' })).toThrow(/YYYY-MM-DD/);
  });

  it('leads with the first reading and requires newest first', () => {
    const history = [
      { date: '2025-02', value: 'closed' as const, source: 'a' },
      { date: '2021', value: 'open' as const, source: 'b' },
    ];
    expect(latestReading({ status: history }).date).toBe('2025-02');
    expect(StatusHistory.safeParse(history).success).toBe(true);
    const wrong = StatusHistory.safeParse([...history].reverse());
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual([1, 'date']);
    expect(StatusHistory.safeParse([]).success).toBe(false);
  });
});
