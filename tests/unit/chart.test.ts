import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/views/chart.ts';

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

describe('layoutBars options', () => {
  const rows = [
    { label: 'Want the border open', value: 78, valueLabel: '78%' },
    { label: 'See it as an advantage', series: 'Kazakhstan', value: 50, valueLabel: 'about 50%' },
    { label: 'See it as an advantage', series: 'Russia', value: 17, valueLabel: 'about 17%' },
  ];
  it('keeps the default layout unchanged: labels left, no axis', () => {
    const layout = layoutBars(rows);
    expect(layout.labelPosition).toBe('left');
    expect(layout.ticks).toEqual([]);
    expect(layout.bars[0]!.x).toBe(150);
    expect(layout.categories[0]).toMatchObject({ x: 142 });
    expect(layout.height).toBe(layout.plotBottom);
  });
  it('puts labels on their own line above full-width bars', () => {
    const layout = layoutBars(rows, { width: 440, labelPosition: 'above', valueRoom: 90, max: 100 });
    expect(layout.labelWidth).toBe(0);
    expect(layout.bars.every((b) => b.x === 0)).toBe(true);
    expect(layout.bars[0]!.w).toBe(273); // 78% of 440 − 90
    // Each label sits above the first bar of its group.
    for (const c of layout.categories) {
      const first = layout.bars.find((b) => b.label === c.label)!;
      expect(c.y).toBeLessThan(first.y);
      expect(c.x).toBe(0);
    }
  });
  it('draws a percent axis: ticks scaled like the bars, room below for their labels', () => {
    const layout = layoutBars(rows, { width: 440, labelPosition: 'above', valueRoom: 90, ticks: [0, 25, 50, 75, 100] });
    expect(layout.ticks.map((t) => t.x)).toEqual([0, 87.5, 175, 262.5, 350]);
    expect(layout.bars[0]!.w).toBe(273); // max defaults to the largest tick
    expect(layout.height).toBeGreaterThan(layout.plotBottom);
  });
  it('rejects negative ticks', () => {
    expect(() => layoutBars(rows, { ticks: [-10] })).toThrow(RangeError);
  });
});

describe('layoutBars grid spans', () => {
  it('with labels above, gridlines skip the label lines', () => {
    const layout = layoutBars(
      [
        { label: 'A long label', value: 20, valueLabel: '20%' },
        { label: 'Another long label', value: 40, valueLabel: '40%' },
      ],
      { width: 400, labelPosition: 'above', ticks: [0, 50, 100] },
    );
    expect(layout.gridSpans).toHaveLength(2);
    for (const c of layout.categories) {
      expect(layout.gridSpans.some((s) => c.y > s.top && c.y < s.bottom)).toBe(false);
    }
    expect(layout.gridSpans.at(-1)!.bottom).toBe(layout.plotBottom + 4);
  });
  it('with labels left, one span covers the plot', () => {
    const layout = layoutBars([{ label: '1989', value: 40, valueLabel: '40%' }], { ticks: [0, 50] });
    expect(layout.gridSpans).toEqual([{ top: 0, bottom: layout.plotBottom + 4 }]);
  });
});
