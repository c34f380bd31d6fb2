import { deriveCase, type CaseView } from '../cases/derive';
import type { CaseEvent } from '../cases/events';
import type { Part } from './measures';
import { addMonths, monthStartMs, shanghaiMonth, type Month } from './month';

/**
 * "Overdue at month end" for one case, as spans of months (definitions.ts has the rule). A case
 * left waiting stays overdue at every month end until a team resolves it, with no event to say
 * so; counting it month by month would need a job at every month's turn. Instead a span is two
 * additive counts: `overdueFrom` +1 in its first month, `overdueUntil` +1 in the first month it no
 * longer is (none while it still is). Overdue at the end of month M is then the sum of
 * `overdueFrom` minus the sum of `overdueUntil` over every month up to M: the same for any room,
 * street or the district, and kept when the case is purged.
 *
 * `ordered` is the case's history in the one order (orderEvents); `final` its derived state.
 */
export function overdueParts(ordered: readonly CaseEvent[], final: CaseView): Part[] {
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  // Only a routing or a home visit gives a case work with a due date.
  if (!first || !last || !ordered.some(givesDueDate)) return [];
  const firstMonth = shanghaiMonth(first.createdAt);
  const lastMonth = shanghaiMonth(last.createdAt);
  const months: { month: Month; overdue: boolean }[] = [];
  let index = 0;
  // The earliest due date named so far: the open due date is always one of those named, so a
  // month that ends before it cannot end overdue, and needs no derivation.
  let earliestDue: string | null = null;
  for (let m = firstMonth; m <= lastMonth; m = addMonths(m, 1)) {
    const next = addMonths(m, 1);
    const boundary = monthStartMs(next);
    for (; index < ordered.length; index++) {
      const event = ordered[index];
      if (!event || Date.parse(event.createdAt) >= boundary) break;
      const due = dueDateOf(event);
      if (due !== null && (earliestDue === null || due < earliestDue)) earliestDue = due;
    }
    const view =
      index === ordered.length
        ? final
        : earliestDue !== null && earliestDue < `${next}-01`
          ? deriveCase(ordered.slice(0, index))
          : null;
    months.push({ month: m, overdue: overdueBefore(view, next) });
  }
  const parts: Part[] = [];
  const mark = (measure: 'overdueFrom' | 'overdueUntil', month: Month) =>
    parts.push({ month, measure, d1: '', d2: '', n: 1 });
  let open = false;
  for (const { month, overdue } of months) {
    if (overdue && !open) mark('overdueFrom', month);
    if (!overdue && open) mark('overdueUntil', month);
    open = overdue;
  }
  // After its last event the case stands still: it is overdue at every month end from the month
  // its earliest open due date falls in (a due date passed stays passed), for good.
  const after = addMonths(lastMonth, 1);
  if (final.openDue !== null) {
    const dueMonth = final.openDue.slice(0, 7);
    const from = dueMonth > after ? dueMonth : after;
    if (open && from !== after) mark('overdueUntil', after);
    if (!open || from !== after) mark('overdueFrom', from);
  } else if (open) mark('overdueUntil', after);
  return parts;
}

function givesDueDate(event: CaseEvent): boolean {
  return dueDateOf(event) !== null;
}

function dueDateOf(event: CaseEvent): string | null {
  if (event.type === 'routed') return event.dueDate;
  if (event.type === 'homeVisitArranged') return event.visitBy;
  return null;
}

/** Overdue at the first instant of `next`: work waits and its earliest due date is before that day. */
function overdueBefore(view: Pick<CaseView, 'openDue'> | null, next: Month): boolean {
  return view?.openDue != null && view.openDue < `${next}-01`;
}
