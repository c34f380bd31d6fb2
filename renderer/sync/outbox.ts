import { KioskRecord } from '../../shared/records/intake';
import type { PushAck } from '../../shared/sync/protocol';
import type { OutboxEntry, RecordsDb, StoredRecord } from '../db/records-db';

export type { GoneEntry } from '../db/records-db';

/** The `gone` table added by records schema v2 (renderer/db/migrations/records.ts). */
export function goneTable(db: RecordsDb) {
  return db.gone;
}

/** An outbox entry with the record it carries. */
export interface OutboxItem {
  seq: number;
  entry: OutboxEntry;
  record: StoredRecord['record'];
}

/**
 * The oldest `max` outbox entries, in seq order, each with its record. An entry whose record is
 * missing cannot be sent at all; it is set aside in the quarantine (in its own transaction) so it
 * can never hold the rest of the outbox back.
 */
export async function takeBatch(db: RecordsDb, max: number): Promise<OutboxItem[]> {
  const entries = await db.outbox.orderBy('seq').limit(max).toArray();
  const rows = await db.records.bulkGet(entries.map((e) => e.recordId));
  const items: OutboxItem[] = [];
  const orphans: OutboxEntry[] = [];
  entries.forEach((entry, i) => {
    const row = rows[i];
    if (entry.seq === undefined) return;
    if (row) items.push({ seq: entry.seq, entry, record: row.record });
    else orphans.push(entry);
  });
  if (orphans.length > 0) await quarantineOrphans(db, orphans);
  return items;
}

async function quarantineOrphans(db: RecordsDb, orphans: OutboxEntry[]): Promise<void> {
  const at = new Date().toISOString();
  await db.transaction('rw', [db.outbox, db.quarantine], async () => {
    for (const o of orphans) {
      if (o.seq !== undefined) await db.outbox.delete(o.seq);
      await db.quarantine.put({ recordId: o.recordId, reason: 'record missing on the kiosk', at });
    }
  });
}

export interface AckTally {
  stored: number;
  duplicate: number;
  gone: number;
  rejected: number;
  /** Acks for entries that are no longer in the outbox (an answer to a duplicated request). */
  ignored: number;
}

export function emptyTally(): AckTally {
  return { stored: 0, duplicate: 0, gone: 0, rejected: 0, ignored: 0 };
}

export function addTally(a: AckTally, b: AckTally): AckTally {
  return {
    stored: a.stored + b.stored,
    duplicate: a.duplicate + b.duplicate,
    gone: a.gone + b.gone,
    rejected: a.rejected + b.rejected,
    ignored: a.ignored + b.ignored,
  };
}

/**
 * Apply the hub's answers in ONE transaction. An entry leaves the outbox only here, only for an
 * ack that names it (same seq, and the same record id when the hub could read one): a late answer
 * to an earlier copy of the request finds nothing to delete and is counted as ignored.
 * - stored / duplicate: the hub holds the record; the outbox entry goes, the record stays.
 * - gone: the hub deleted the id on purpose; the entry goes and the id is noted in `gone`.
 * - rejected: the hub will never take it as it is; it moves to the quarantine with the reason and
 *   is not sent again unless staff requeue it.
 */
export async function applyAcks(
  db: RecordsDb,
  acks: readonly PushAck[],
  now: Date = new Date(),
): Promise<AckTally> {
  const gone = goneTable(db);
  const at = now.toISOString();
  return db.transaction('rw', [db.records, db.outbox, db.quarantine, gone], async () => {
    const tally = emptyTally();
    for (const ack of acks) {
      const entry = await db.outbox.get(ack.seq);
      if (!entry || (ack.id !== null && ack.id !== entry.recordId)) {
        tally.ignored += 1;
        continue;
      }
      await db.outbox.delete(ack.seq);
      tally[ack.status] += 1;
      // The hub answered for it for good: retention on the kiosk counts from here (v6).
      if (ack.status !== 'rejected') await db.records.update(entry.recordId, { ackedAt: at });
      if (ack.status === 'gone') await gone.put({ recordId: entry.recordId, at });
      if (ack.status === 'rejected')
        await db.quarantine.put({
          recordId: entry.recordId,
          reason: ack.reason ?? 'rejected by the hub',
          at,
        });
    }
    return tally;
  });
}

export class RequeueError extends Error {
  override name = 'RequeueError';
}

/**
 * Send a record again (a staff action): out of the quarantine (and `gone`), back into the outbox
 * with a new, higher seq. `corrected` replaces the stored record first, e.g. after staff fixed
 * what the hub rejected; it must validate and keep the same id.
 */
export async function requeue(
  db: RecordsDb,
  recordId: string,
  corrected?: KioskRecord,
  now: Date = new Date(),
): Promise<number> {
  const fixed = corrected === undefined ? undefined : KioskRecord.parse(corrected);
  if (fixed && fixed.id !== recordId) throw new RequeueError('a corrected record keeps its id');
  const gone = goneTable(db);
  return db.transaction('rw', [db.records, db.outbox, db.quarantine, gone], async () => {
    const row = await db.records.get(recordId);
    if (!row) throw new RequeueError('no such record on this kiosk');
    if (fixed) await db.records.put({ ...row, kind: fixed.kind, record: fixed });
    await db.quarantine.delete(recordId);
    await gone.delete(recordId);
    // The outbox holds each record at most once (&recordId): a new entry means a new seq.
    await db.outbox.where('recordId').equals(recordId).delete();
    const seq = await db.outbox.add({
      recordId,
      enqueuedAt: now.toISOString(),
      attempts: 0,
    });
    return seq as number;
  });
}

/** Note a failed attempt on the entries just tried (for staff); never blocks sending. */
export async function noteAttempt(db: RecordsDb, seqs: readonly number[], code: string) {
  await db.outbox
    .where('seq')
    .anyOf([...seqs])
    .modify((e) => {
      e.attempts += 1;
      e.lastError = code;
    });
}

export async function quarantineCount(db: RecordsDb): Promise<number> {
  return db.quarantine.count();
}

export async function goneIds(db: RecordsDb): Promise<string[]> {
  return (await goneTable(db).toArray()).map((g) => g.recordId);
}
