import type { Dexie } from 'dexie';
import type { CaseView } from '../../../shared/cases/derive';
import { groupSessionAt } from '../../../shared/cases/lists';

/**
 * Schema versions of the records database, oldest first. Never edit a shipped version: add a new
 * one (records on kiosks in the field were written under every version listed here).
 */
export function applyRecordsMigrations(db: Dexie): void {
  // v1: records, the outbox (auto-increment seq gives creation order), quarantine, counters.
  db.version(1).stores({
    records: 'id, kind, day, createdAt',
    outbox: '++seq, &recordId',
    quarantine: 'recordId, at',
    counters: 'key',
  });
  // v2: ids the hub answered `gone` (deleted or archived there on purpose). The record itself stays
  // in `records`; this only notes that the hub will never hold it (renderer/sync/outbox.ts).
  db.version(2).stores({ gone: 'recordId, at' });
  // v3: the front desk's cases (renderer/db/cases.ts). `caseEvents` is every event of every case
  // known here (this kiosk's, and those the hub sent); `cases` is each case's derived status with
  // the fields its lists and searches read, so no list scans a year of history.
  db.version(3).stores({
    caseEvents: 'id, caseId',
    cases: 'caseId, *lists, openDue, day, ticketNumber, phoneLast4',
  });
  // v4: a ticket number comes back every day, so search it by (number, day), newest day first,
  // instead of reading every day's A-007 (scripts/bench/desk-lists.ts).
  db.version(4).stores({
    cases: 'caseId, *lists, openDue, day, [ticketNumber+day], phoneLast4',
  });
  // v5: the group sessions of joint consultations (联合咨询安排), in time order: `sessionAt` is
  // `YYYY-MM-DDTHH:MM` while the case is not closed (groupSessionAt in shared/cases/lists.ts).
  // Cases stored before carry it in their derived view: copy it out so they are indexed too.
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
          const at = row.view ? groupSessionAt(row.view) : null;
          if (at) row.sessionAt = at;
        }),
    );
  // v6: when the hub acknowledged each record (`ackedAt`, UTC ISO), indexed so the daily retention
  // prune (renderer/db/retention.ts) reads only records acknowledged long ago. A record still in
  // the outbox or quarantine has none, so it is not in the index at all. Records acknowledged
  // before v6 never noted when: a `gone` one takes its `gone` time, the rest their creation time
  // (the hub received them after that; the hub holds them, so nothing is lost either way).
  db.version(6)
    .stores({ records: 'id, kind, day, createdAt, ackedAt' })
    .upgrade(async (tx) => {
      const pending = new Set<string>([
        ...((await tx.table('outbox').orderBy('recordId').keys()) as string[]),
        ...((await tx.table('quarantine').toCollection().primaryKeys()) as string[]),
      ]);
      const goneAt = new Map(
        ((await tx.table('gone').toArray()) as { recordId: string; at: string }[]).map((g) => [
          g.recordId,
          g.at,
        ]),
      );
      await tx
        .table('records')
        .toCollection()
        .modify((row: { id: string; createdAt: string; ackedAt?: string }) => {
          if (pending.has(row.id)) return;
          const at = Date.parse(goneAt.get(row.id) ?? row.createdAt);
          // An unreadable time is left without one: kept, never deleted by mistake.
          if (!Number.isNaN(at)) row.ackedAt = new Date(at).toISOString();
        });
    });
  // v7: the "told, not closed" list (已告知、未办结): a case whose stored status is `reported` is on
  // the `reported` list. Cases stored before were on no list at all: add them. (The rule is
  // written out here rather than imported, so this step stays what it was when it shipped.)
  db.version(7)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('cases')
        .toCollection()
        .modify((row: { status?: string; lists?: string[] }) => {
          const lists = row.lists ?? [];
          if (row.status === 'reported' && !lists.includes('reported'))
            row.lists = [...lists, 'reported'];
        }),
    );
}

/** What the v5 upgrade reads of a stored case (the shape `caseRowFor` writes). */
interface SessionRow {
  sessionAt?: string;
  view?: Pick<CaseView, 'jointSession' | 'status'>;
}
