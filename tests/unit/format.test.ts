import { describe, expect, it } from 'vitest';
import { dateSortKey, formatKm, formatList, formatLonLat, formatPartialDate, formatPercent } from '../../src/views/format.ts';

describe('format', () => {
  it('prints lengths with thousands separators', () => {
    expect(formatKm(7644)).toBe('7,644 km');
    expect(formatKm(16.04, 1)).toBe('16.0 km');
  });
  it('prints partial dates at their own precision', () => {
    expect(formatPartialDate('2005-01-18')).toBe('18 January 2005');
    expect(formatPartialDate('2007-07')).toBe('July 2007');
    expect(formatPartialDate('1936')).toBe('1936');
    expect(() => formatPartialDate('2007-13')).toThrow(RangeError);
  });
  it('orders a bare year before its months', () => {
    const dates = ['2005-01-18', '2005', '1999', '2005-01'];
    expect([...dates].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual(['1999', '2005', '2005-01', '2005-01-18']);
  });
  it('joins lists the English way', () => {
    expect(formatList(['road'])).toBe('road');
    expect(formatList(['road', 'rail'])).toBe('road and rail');
    expect(formatList(['road', 'rail', 'hiking'])).toBe('road, rail and hiking');
  });
  it('prints coordinates with hemispheres', () => {
    expect(formatLonLat([80.27, 44.21], 2)).toBe('44.21° N, 80.27° E');
    expect(formatPercent(37.82, 2)).toBe('37.82%');
  });
});
