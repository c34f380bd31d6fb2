import type { ReactNode } from 'react';
import { Chart, type ChartOption } from './Chart';

export interface FigureTable {
  columns: string[];
  rows: { key: string; cells: (string | number)[] }[];
}

/**
 * A chart with its numbers in a real table beside it (for screen readers, keyboard users, and
 * anyone who wants the exact figure): the table, not the picture, is what assistive tech reads.
 */
export function ChartFigure({
  id,
  title,
  option,
  table,
  height,
  note,
}: {
  id: string;
  title: string;
  option: ChartOption;
  table: FigureTable;
  height?: number;
  note?: ReactNode;
}) {
  return (
    <figure className="chart-figure" data-testid={`chart-${id}`} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div className="chart-figure__body">
        <Chart option={option} height={height} />
        {/* A wide table scrolls: focusable, so keyboard users can scroll it too. */}
        <div className="chart-figure__table" tabIndex={0} role="region" aria-label={title}>
          <table data-testid={`table-${id}`}>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key} data-row={row.key}>
                  {row.cells.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={i}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {note}
    </figure>
  );
}
