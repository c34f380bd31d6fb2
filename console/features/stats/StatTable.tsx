import type { ReactNode } from 'react';

export interface StatRows {
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
}

/** A table of figures: column headers, each row headed by its first cell (a month, a name). */
export function StatTable({
  caption,
  hideCaption = false,
  testId,
  columns,
  rows,
}: StatRows & { caption: string; hideCaption?: boolean; testId?: string }) {
  return (
    <table className="report-table" data-testid={testId}>
      <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
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
  );
}
