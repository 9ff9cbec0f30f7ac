/** Layout of a horizontal bar chart as plain numbers; the Chart component draws it as SVG. */

export interface ChartRow {
  /** Category label, e.g. a year. */
  label: string;
  value: number;
  /** How the value is printed beside its bar (`37.8%`). */
  valueLabel: string;
  /** Optional series name for comparison charts (two bars per label). */
  series?: string;
}

export interface BarLayout {
  width: number;
  height: number;
  labelWidth: number;
  bars: { label: string; series: string | null; x: number; y: number; w: number; h: number; valueLabel: string; labelY: number; seriesIndex: number }[];
  /** Category labels with their vertical centre. */
  categories: { label: string; y: number }[];
}

/** Lays out bars scaled to `max` (default: the largest value), grouped by label. */
export function layoutBars(rows: readonly ChartRow[], { width = 640, barHeight = 22, gap = 10, labelWidth = 150, max }: { width?: number; barHeight?: number; gap?: number; labelWidth?: number; max?: number } = {}): BarLayout {
  if (rows.some((r) => !Number.isFinite(r.value) || r.value < 0)) throw new RangeError('chart values must be finite and not negative');
  const top = max ?? Math.max(...rows.map((r) => r.value), 0);
  const categories = [...new Set(rows.map((r) => r.label))];
  const seriesNames = [...new Set(rows.map((r) => r.series ?? ''))];
  const valueRoom = 70;
  const plotWidth = width - labelWidth - valueRoom;
  let y = 0;
  const bars: BarLayout['bars'] = [];
  const cats: BarLayout['categories'] = [];
  for (const label of categories) {
    const group = rows.filter((r) => r.label === label);
    const startY = y;
    for (const row of group) {
      bars.push({
        label,
        series: row.series ?? null,
        seriesIndex: seriesNames.indexOf(row.series ?? ''),
        x: labelWidth,
        y,
        w: top === 0 ? 0 : Math.round((row.value / top) * plotWidth * 10) / 10,
        h: barHeight,
        valueLabel: row.valueLabel,
        labelY: y + barHeight / 2,
      });
      y += barHeight + 2;
    }
    cats.push({ label, y: (startY + y - 2) / 2 });
    y += gap;
  }
  return { width, height: Math.max(0, y - gap), labelWidth, bars, categories: cats };
}
