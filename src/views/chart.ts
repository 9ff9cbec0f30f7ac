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
  /** Room left of the bars for category labels (0 when labels sit above the bars). */
  labelWidth: number;
  bars: { label: string; series: string | null; x: number; y: number; w: number; h: number; valueLabel: string; labelY: number; seriesIndex: number }[];
  /** Category labels with their anchor: right-aligned at `x` beside the bars, or left-aligned at `x` above them. */
  categories: { label: string; x: number; y: number }[];
  /** Where category labels sit. */
  labelPosition: 'left' | 'above';
  /** Axis ticks with their x position; empty unless ticks were asked for. */
  ticks: { value: number; x: number }[];
  /** Top and bottom of the plot area; tick labels go below `plotBottom`. */
  plotTop: number;
  plotBottom: number;
  /**
   * Vertical spans where gridlines are drawn: the whole plot with labels on the left, only the
   * bars of each group with labels above (so lines never run through a label); the last reaches the axis.
   */
  gridSpans: { top: number; bottom: number }[];
}

export interface BarOptions {
  width?: number;
  barHeight?: number;
  gap?: number;
  labelWidth?: number;
  max?: number;
  /**
   * `left` (default): category labels in a column left of the bars. `above`: each label on its own
   * line above its bars, which then use the full width — for long labels and narrow screens.
   */
  labelPosition?: 'left' | 'above';
  /** Room right of the longest bar for its value label. */
  valueRoom?: number;
  /** Values at which to draw axis gridlines with labels (e.g. `[0, 25, 50, 75, 100]` for a percent axis). */
  ticks?: readonly number[];
}

/** Height of a category label's own line when labels sit above the bars. */
const LABEL_LINE = 20;
/** Room below the plot for tick labels. */
const AXIS_ROOM = 22;

/** Lays out bars scaled to `max` (default: the largest value, or the largest tick), grouped by label. */
export function layoutBars(
  rows: readonly ChartRow[],
  { width = 640, barHeight = 22, gap = 10, labelWidth = 150, max, labelPosition = 'left', ticks = [], valueRoom = 70 }: BarOptions = {},
): BarLayout {
  if (rows.some((r) => !Number.isFinite(r.value) || r.value < 0)) throw new RangeError('chart values must be finite and not negative');
  if (ticks.some((t) => !Number.isFinite(t) || t < 0)) throw new RangeError('chart ticks must be finite and not negative');
  const top = max ?? Math.max(...rows.map((r) => r.value), ...ticks, 0);
  const categories = [...new Set(rows.map((r) => r.label))];
  const seriesNames = [...new Set(rows.map((r) => r.series ?? ''))];
  const above = labelPosition === 'above';
  const left = above ? 0 : labelWidth;
  const plotWidth = width - left - valueRoom;
  const scale = (value: number) => (top === 0 ? 0 : Math.round((value / top) * plotWidth * 10) / 10);
  let y = 0;
  const bars: BarLayout['bars'] = [];
  const cats: BarLayout['categories'] = [];
  const spans: BarLayout['gridSpans'] = [];
  for (const label of categories) {
    const group = rows.filter((r) => r.label === label);
    if (above) {
      cats.push({ label, x: 0, y: y + LABEL_LINE / 2 - 2 });
      y += LABEL_LINE;
    }
    const startY = y;
    for (const row of group) {
      bars.push({
        label,
        series: row.series ?? null,
        seriesIndex: seriesNames.indexOf(row.series ?? ''),
        x: left,
        y,
        w: scale(row.value),
        h: barHeight,
        valueLabel: row.valueLabel,
        labelY: y + barHeight / 2,
      });
      y += barHeight + 2;
    }
    if (!above) cats.push({ label, x: labelWidth - 8, y: (startY + y - 2) / 2 });
    else spans.push({ top: startY - 2, bottom: y });
    y += gap;
  }
  const plotBottom = Math.max(0, y - gap);
  const gridSpans = above ? spans : [{ top: 0, bottom: plotBottom }];
  if (gridSpans.length > 0) gridSpans[gridSpans.length - 1]!.bottom = plotBottom + 4;
  const tickMarks = ticks.filter((t) => t <= top).map((value) => ({ value, x: left + scale(value) }));
  return {
    width,
    height: plotBottom + (tickMarks.length > 0 ? AXIS_ROOM : 0),
    labelWidth: left,
    bars,
    categories: cats,
    labelPosition,
    ticks: tickMarks,
    plotTop: 0,
    plotBottom,
    gridSpans,
  };
}
