import { mayDelete, retentionCutoff, type RetentionFacts } from '../../shared/records/retention';
import { localDay } from '../../shared/records/ticket';
import { caseTables, type CaseRow } from './cases';
import { goneTable } from '../sync/outbox';
import type { RecordsDb, StoredRecord } from './records-db';

/** What one prune deleted: counts only, never what the records say. */
export interface PruneCounts {
  /** Ended cases (their derived rows) deleted. */
  cases: number;
  /** Their events, this kiosk's and those the hub sent. */
  caseEvents: number;
  /** Records deleted: the cases' intakes and desk events, lone intakes, suggestions. */
  records: number;
}

const PRUNED_AT_KEY = 'retention:prunedAt';
const DAY_MS = 24 * 3600_000;

/**
 * Delete what is past retention at `now` (shared/records/retention.ts), in ONE readwrite
 * transaction: a record goes together with its case, its events and its bookkeeping, or nothing
 * goes. Whether a record is still in the outbox or quarantine is read inside the same transaction,
 * so an entry requeued a moment ago is never deleted. Reads index ranges only (cases that began
 * before the cutoff, records acknowledged before it), never the whole history.
 */
export async function pruneExpired(db: RecordsDb, now: Date = new Date()): Promise<PruneCounts> {
  const { caseEvents, cases } = caseTables(db);
  const gone = goneTable(db);
  const cutoff = retentionCutoff(now.getTime());
  const at = now.getTime();
  return db.transaction(
    'rw',
    [db.records, db.outbox, db.quarantine, db.counters, caseEvents, cases, gone],
    async () => {
      const unacknowledged = async (ids: string[]) =>
        new Set<string>([
          ...((await db.outbox.where('recordId').anyOf(ids).keys()) as string[]),
          ...(await db.quarantine.bulkGet(ids)).flatMap((q) => (q ? [q.recordId] : [])),
        ]);
      const ackedAt = (row: StoredRecord | undefined, pending: Set<string>) =>
        !row || pending.has(row.id) || !row.ackedAt ? null : Date.parse(row.ackedAt);

      // Cases: a case ends after it begins, so only those that began before the cutoff's day.
      const endedBefore = (
        await cases
          .where('day')
          .below(localDay(new Date(cutoff)))
          .toArray()
      ).filter((c) => mayDelete(caseFacts(c, 0), at));
      const caseIds = endedBefore.map((c) => c.caseId);
      const events = await caseEvents.where('caseId').anyOf(caseIds).toArray();
      // This kiosk's records of those cases: their intakes (same id) and its own desk events.
      const recordIds = [
        ...caseIds,
        ...events.filter((e) => e.origin === 'kiosk').map((e) => e.id),
      ];
      const rows = new Map(
        (await db.records.bulkGet(recordIds)).flatMap((r) => (r ? [[r.id, r] as const] : [])),
      );
      const pending = await unacknowledged(recordIds);
      const byCase = new Map<string, StoredRecord[]>();
      for (const row of rows.values()) {
        const caseId = row.record.kind === 'caseEvent' ? row.record.caseId : row.id;
        byCase.set(caseId, [...(byCase.get(caseId) ?? []), row]);
      }
      const goingCases = endedBefore.filter((c) => {
        const mine = byCase.get(c.caseId) ?? [];
        const acks = mine.map((r) => ackedAt(r, pending));
        // Every record of the case must be acknowledged; one that is not keeps the whole case.
        const acknowledgedAt = acks.some((a) => a === null)
          ? null
          : Math.max(0, ...(acks as number[]));
        return mayDelete(caseFacts(c, acknowledgedAt), at);
      });
      const goingCaseIds = new Set(goingCases.map((c) => c.caseId));
      const goingEvents = events.filter((e) => goingCaseIds.has(e.caseId)).map((e) => e.id);
      const goingRecords = [...rows.values()]
        .filter((r) => goingCaseIds.has(r.record.kind === 'caseEvent' ? r.record.caseId : r.id))
        .map((r) => r.id);

      // Lone intakes and suggestions: only records acknowledged before the cutoff can be due.
      const loneCandidates = await db.records
        .where('ackedAt')
        .below(new Date(cutoff).toISOString())
        .filter((r) => r.kind !== 'caseEvent')
        .toArray();
      const loneIds = loneCandidates.map((r) => r.id);
      // An intake the desk took up is its case's (a case without its row yet counts as a case).
      const ofCase = new Set<string>([
        ...(await cases.bulkGet(loneIds)).flatMap((c) => (c ? [c.caseId] : [])),
        ...((await caseEvents.where('caseId').anyOf(loneIds).keys()) as string[]),
      ]);
      const lonePending = await unacknowledged(loneIds);
      const goingLone = loneCandidates
        .filter((r) => !ofCase.has(r.id))
        .filter((r) => mayDelete({ kind: r.kind, acknowledgedAt: ackedAt(r, lonePending) }, at))
        .map((r) => r.id);

      const allRecords = [...goingRecords, ...goingLone];
      await db.records.bulkDelete(allRecords);
      await gone.bulkDelete(allRecords);
      await caseEvents.bulkDelete(goingEvents);
      await cases.bulkDelete([...goingCaseIds]);
      await db.counters.put({ key: PRUNED_AT_KEY, value: at });
      return {
        cases: goingCaseIds.size,
        caseEvents: goingEvents.length,
        records: allRecords.length,
      };
    },
  );
}

function caseFacts(c: CaseRow, acknowledgedAt: number | null): RetentionFacts {
  return {
    kind: 'caseEvent',
    acknowledgedAt,
    case: { status: c.status, lastEventAt: Date.parse(c.view.updatedAt) },
  };
}

/**
 * Prune at most once a day (the kiosk calls this between residents, never during an intake).
 * Returns the counts, or null when it was not due. A failure is logged with the error's name
 * only (no personal data) and tried again at the next call.
 */
export async function pruneIfDue(
  db: RecordsDb,
  now: Date = new Date(),
  log: (line: string) => void = (line) => console.info(line),
): Promise<PruneCounts | null> {
  try {
    const last = (await db.counters.get(PRUNED_AT_KEY))?.value;
    // |now - last|: a clock set back by mistake must not stop pruning for good.
    if (last !== undefined && Math.abs(now.getTime() - last) < DAY_MS) return null;
    const counts = await pruneExpired(db, now);
    log(
      `retention: deleted ${counts.cases} ended case(s) with ${counts.caseEvents} event(s), ` +
        `${counts.records} record(s) in all`,
    );
    return counts;
  } catch (error) {
    log(`retention prune failed: ${error instanceof Error ? error.name : 'unknown error'}`);
    return null;
  }
}
