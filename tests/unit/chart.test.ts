import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/lib/chart.ts';

describe('layoutBars', () => {
  const rows = [
    { label: '1989', value: 40, valueLabel: '40%' },
    { label: '2019', value: 20, valueLabel: '20%' },
  ];
  it('scales bars to the largest value or a given maximum', () => {
    const auto = layoutBars(rows, { width: 640, labelWidth: 150 });
    expect(auto.bars[0]!.w).toBe(420);
    expect(auto.bars[1]!.w).toBe(210);
    const fixed = layoutBars(rows, { width: 640, labelWidth: 150, max: 80 });
    expect(fixed.bars[0]!.w).toBe(210);
  });
  it('groups series under one category label', () => {
    const layout = layoutBars([
      { label: 'Advantage', series: 'Kazakhstan', value: 50, valueLabel: '50%' },
      { label: 'Advantage', series: 'Russia', value: 17, valueLabel: '17%' },
    ]);
    expect(layout.categories).toHaveLength(1);
    expect(layout.bars.map((b) => b.seriesIndex)).toEqual([0, 1]);
  });
  it('rejects negative values', () => {
    expect(() => layoutBars([{ label: 'x', value: -1, valueLabel: '-1' }])).toThrow(RangeError);
  });
});
