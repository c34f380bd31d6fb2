import type { ChartOption } from './Chart';

/**
 * ECharts options for the dashboard's charts, from plain series. High-contrast colours that stay
 * apart for common colour-vision deficiencies (Okabe-Ito), large type for older readers.
 */
export const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
];
const TEXT = { fontSize: 14, color: '#111' };

export function barsOption(
  categories: string[],
  series: { name: string; data: number[] }[],
  options: { horizontal?: boolean; line?: boolean } = {},
): ChartOption {
  const category = { type: 'category', data: categories, axisLabel: { ...TEXT, interval: 0 } };
  const value = { type: 'value', axisLabel: TEXT, minInterval: 1 };
  return {
    color: PALETTE,
    textStyle: TEXT,
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: TEXT },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: options.horizontal ? value : category,
    yAxis: options.horizontal ? { ...category, inverse: true } : value,
    series: series.map((s) => ({
      name: s.name,
      type: options.line ? 'line' : 'bar',
      data: s.data,
    })),
  };
}

export function pieOption(slices: { name: string; value: number }[]): ChartOption {
  return {
    color: PALETTE,
    textStyle: TEXT,
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, textStyle: TEXT },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        label: { ...TEXT, formatter: '{b}: {c}' },
        data: slices,
      },
    ],
  };
}

/** Rows × columns of counts as a heat map (streets by month). */
export function heatmapOption(rows: string[], columns: string[], values: number[][]): ChartOption {
  const data: [number, number, number][] = [];
  let max = 0;
  values.forEach((row, y) =>
    row.forEach((v, x) => {
      data.push([x, y, v]);
      max = Math.max(max, v);
    }),
  );
  return {
    textStyle: TEXT,
    animation: false,
    tooltip: { position: 'top' },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: columns, axisLabel: TEXT, splitArea: { show: true } },
    yAxis: {
      type: 'category',
      data: rows,
      inverse: true,
      axisLabel: TEXT,
      splitArea: { show: true },
    },
    visualMap: {
      min: 0,
      max: Math.max(1, max),
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#f7fbff', '#6baed6', '#08306b'] },
      textStyle: TEXT,
    },
    series: [{ type: 'heatmap', data, label: { show: true, ...TEXT, fontSize: 12 } }],
  };
}
