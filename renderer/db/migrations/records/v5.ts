import type { Dexie } from 'dexie';

/** What v5 reads of a stored case (the shape the desk wrote at v3-v4). */
interface SessionRow {
  sessionAt?: string;
  view?: {
    status?: string;
    jointSession?: { date: string; time: string | null } | null;
  };
}

/**
 * The rule as it was when v5 shipped (shared/cases/lists.ts `groupSessionAt` at the time), copied
 * here on purpose: editing the live rule must not change what this step did on kiosks in the field.
 */
function sessionAtV5(view: NonNullable<SessionRow['view']>): string | null {
  if (!view.jointSession || view.status === 'closed') return null;
  const { date, time } = view.jointSession;
  return time === null ? date : `${date}T${time}`;
}

/**
 * v5: the group sessions of joint consultations (联合咨询安排), in time order: `sessionAt` is
 * `YYYY-MM-DDTHH:MM` while the case is not closed. Cases stored before carry it in their derived
 * view: copy it out so they are indexed too.
 */
export function recordsV5(db: Dexie): void {
  db.version(5)
    .stores({
      cases: 'caseId, *lists, openDue, day, [ticketNumber+day], phoneLast4, sessionAt',
    })
    .upgrade((tx) =>
      tx
        .table('cases')
        .toCollection()
        .modify((row: SessionRow) => {
          // A row without its view (it never should) is left as it is, not a failed upgrade.
          const at = row.view ? sessionAtV5(row.view) : null;
          if (at) row.sessionAt = at;
        }),
    );
}
