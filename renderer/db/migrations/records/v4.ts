import type { Dexie } from 'dexie';

/**
 * v4: a ticket number comes back every day, so search it by (number, day), newest day first,
 * instead of reading every day's A-007 (scripts/bench/desk-lists.ts).
 */
export function recordsV4(db: Dexie): void {
  db.version(4).stores({
    cases: 'caseId, *lists, openDue, day, [ticketNumber+day], phoneLast4',
  });
}
