import type { ReactNode } from 'react';
import { Chart, type ChartOption } from './Chart';
import { StatTable, type StatRows } from './StatTable';

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
  table: StatRows;
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
          <StatTable caption={title} hideCaption testId={`table-${id}`} {...table} />
        </div>
      </div>
      {note}
    </figure>
  );
}
