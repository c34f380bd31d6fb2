import type { Dexie } from 'dexie';

/**
 * v3: the front desk's cases (renderer/db/cases.ts). `caseEvents` is every event of every case
 * known here (this kiosk's, and those the hub sent); `cases` is each case's derived status with
 * the fields its lists and searches read, so no list scans a year of history.
 */
export function recordsV3(db: Dexie): void {
  db.version(3).stores({
    caseEvents: 'id, caseId',
    cases: 'caseId, *lists, openDue, day, ticketNumber, phoneLast4',
  });
}
