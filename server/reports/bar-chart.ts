/** A bar of a chart drawn on the server, in SVG user units. */
export interface Bar {
  label: string;
  value: number;
  /** What the bar's number means, e.g. "3 students". */
  valueText: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** Where the category labels sit (below the bars). */
  labelY: number;
  bars: Bar[];
}

/**
 * Geometry of a vertical bar chart: equal columns, heights scaled to the largest value (at least 1, so an
 * empty class draws flat bars rather than dividing by zero). The page draws it as SVG with a title,
 * a description and a table of the same numbers.
 */
export function barChart(
  items: readonly { label: string; value: number; valueText: string }[],
  size = { width: 480, height: 200 },
): BarChart {
  const top = 22; // room for the number above the tallest bar
  const bottom = 26; // room for the labels
  const plot = size.height - top - bottom;
  const max = Math.max(1, ...items.map((i) => i.value));
  const column = size.width / Math.max(1, items.length);
  const barWidth = column * 0.7;
  const bars = items.map((item, i) => {
    const height = Math.round((plot * item.value) / max);
    return {
      ...item,
      x: Math.round(i * column + (column - barWidth) / 2),
      y: top + plot - height,
      width: Math.round(barWidth),
      height,
    };
  });
  return { width: size.width, height: size.height, labelY: size.height - 8, bars };
}
