import type { Db } from '../db/open';
import type { AuthedDevice } from './devices';
import { statement } from '../db/statements';
import { caseEventOrigin, caseSiteOf, insertCaseEvent, refreshCase } from './cases';
import { StatsBatch } from './stats/batch';
import { countRecord, recountCasesOfIntakes } from './stats/count';
import { archiveBeforePurge } from './stats/archive';
import { KioskRecord } from '../../shared/records/intake';
import type { KioskCaseEvent } from '../../shared/cases/events';
import { REJECT_REASONS } from '../../shared/sync/reject-reasons';
import type { PushAck, PushEnvelope } from '../../shared/sync/protocol';
import type { z } from 'zod';

export interface PushContext {
  device: AuthedDevice;
  /** The hub's clock now (ms). */
  now: number;
  /** The kiosk's clock minus the hub's, measured with this request (ms). */
  offsetMs: number;
}

/** One push item after its record was checked against the shared schema. */
export type CheckedItem =
  | { seq: number; kioskTime: string; id: string | null; valid: false; reason: string }
  | { seq: number; kioskTime: string; id: string; valid: true; record: KioskRecord; body: string };

/**
 * Check every record of a batch with the shared `KioskRecord` schema and serialise the valid ones.
 * This is pure CPU work, so the route does it before the push queues for the database: the write
 * transaction (which may carry other kiosks' pushes, see group-commit.ts) then only writes.
 */
export function checkPushItems(batch: PushEnvelope['batch']): CheckedItem[] {
  return batch.map((item): CheckedItem => {
    const parsed = KioskRecord.safeParse(item.record);
    if (!parsed.success) {
      return {
        seq: item.seq,
        kioskTime: item.kioskTime,
        id: claimedId(item.record),
        valid: false,
        reason: rejectReason(parsed.error),
      };
    }
    return {
      seq: item.seq,
      kioskTime: item.kioskTime,
      id: parsed.data.id,
      valid: true,
      record: parsed.data,
      body: JSON.stringify(parsed.data),
    };
  });
}

const SQL = {
  tombstonedAmong: `SELECT t.id FROM json_each(?) AS j JOIN tombstones AS t ON t.id = j.value`,
  insert: `INSERT INTO records (id, device_id, site_id, seq, kind, body, kiosk_created_at, kiosk_queued_at, received_at, kiosk_offset_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  ownerOf: 'SELECT device_id FROM records WHERE id = ?',
  intakeSite: "SELECT site_id FROM records WHERE id = ? AND kind = 'intake'",
  // The high-water mark, last_seen and the clock offset in one statement (see seeDevice).
  seen: `UPDATE devices SET high_water_seq = MAX(high_water_seq, ?), last_seen = ?, last_offset_ms = ?
     WHERE id = ?`,
};

/**
 * Write one checked batch, inside the caller's transaction (applyPush's own, or a group's; see
 * group-commit.ts). That transaction is the exactly-once guarantee: every record of the batch,
 * the device's high-water mark and its last-seen time commit together or not at all, and the
 * caller answers only after the commit, so an ack always describes durable state. A re-sent
 * record hits the unique id and is acked `duplicate`; nothing is ever stored twice.
 *
 * Items are applied in the batch's order, which the route has checked is strictly increasing seq.
 * One bad record is acked `rejected` and never blocks the others; a tombstoned id is `gone` even
 * when the record is no longer valid, so the kiosk deletes it rather than quarantining it.
 */
export function writePush(db: Db, items: readonly CheckedItem[], ctx: PushContext): PushAck[] {
  // Outside a transaction every INSERT would commit on its own: a crash midway would store half
  // a batch that was never acked. Refuse rather than lose the guarantee quietly.
  if (!db.inTransaction) throw new Error('writePush must run inside a transaction');
  const tombstonedAmong = statement(db, SQL.tombstonedAmong).pluck();
  const insert = statement(db, SQL.insert);
  const ownerOf = statement(db, SQL.ownerOf).pluck();
  const seen = statement(db, SQL.seen);

  // One lookup for the whole batch rather than one per record.
  const ids = items.flatMap((item) => (item.id === null ? [] : [item.id]));
  const tombstoned = new Set(tombstonedAmong.all(JSON.stringify(ids)) as string[]);
  const acks: PushAck[] = [];
  // Cases that gained events in this batch: each is derived and published once, at the end.
  const touchedCases = new Set<string>();
  // The monthly figures move with the records, in this transaction (server/store/stats/).
  const stats = new StatsBatch(db);
  const intakes: string[] = [];
  for (const item of items) {
    if (item.id !== null && tombstoned.has(item.id)) {
      acks.push({ id: item.id, seq: item.seq, status: 'gone' });
      continue;
    }
    if (!item.valid) {
      acks.push({ id: item.id, seq: item.seq, status: 'rejected', reason: item.reason });
      continue;
    }
    const { record } = item;
    if (record.kind === 'caseEvent') {
      const refusal = caseEventRefusal(db, record, ctx.device.siteId);
      if (refusal !== null) {
        acks.push({ id: record.id, seq: item.seq, status: 'rejected', reason: refusal });
        continue;
      }
    }
    const stored = insert.run(
      record.id,
      ctx.device.id,
      ctx.device.siteId,
      item.seq,
      record.kind,
      item.body,
      record.createdAt,
      item.kioskTime,
      ctx.now,
      ctx.offsetMs,
    );
    if (stored.changes === 1) {
      acks.push({ id: record.id, seq: item.seq, status: 'stored' });
      if (record.kind === 'caseEvent') {
        const origin = { siteId: ctx.device.siteId, pushedBy: ctx.device.id, teamId: null };
        insertCaseEvent(db, record, origin, item.body, ctx.now);
        touchedCases.add(record.caseId);
      } else {
        countRecord(stats, ctx.device.siteId, record);
        if (record.kind === 'intake') intakes.push(record.id);
      }
    } else if (ownerOf.get(record.id) === ctx.device.id)
      acks.push({ id: record.id, seq: item.seq, status: 'duplicate' });
    else
      acks.push({
        id: record.id,
        seq: item.seq,
        status: 'rejected',
        reason: 'a record with this id was already stored from another device',
      });
  }
  // In this same transaction: an acked case event is always indexed and published to its site.
  for (const caseId of touchedCases) refreshCase(db, caseId, ctx.device.siteId, ctx.now, stats);
  recountCasesOfIntakes(db, stats, intakes);
  stats.flush();
  // Every item now has a final answer, so the mark covers rejected and gone items too.
  seen.run(items.at(-1)?.seq ?? 0, ctx.now, ctx.offsetMs, ctx.device.id);
  return acks;
}

/**
 * Why a kiosk's case event cannot be stored, or null. A case belongs to the site whose kiosk sent
 * its first event (a ticket's case id is its intake's id): another site's kiosk may not add to it.
 * Nor may it open a case under another site's intake (the case id, or a registration's source):
 * that would show one room's resident to another room's desk (`intake_of_another_site`).
 * An id the hub already used for a team event is never taken for a kiosk record.
 */
function caseEventRefusal(db: Db, event: KioskCaseEvent, siteId: string): string | null {
  const site = caseSiteOf(db, event.caseId);
  if (site !== null && site !== siteId) return 'this case belongs to another site';
  const intakeIds = [event.caseId];
  if (event.type === 'registered' && event.source.from === 'kiosk')
    intakeIds.push(event.source.intakeId);
  const intakeSite = statement(db, SQL.intakeSite).pluck();
  for (const id of intakeIds) {
    const owner = intakeSite.get(id) as string | undefined;
    if (owner !== undefined && owner !== siteId) return REJECT_REASONS.intakeOfAnotherSite;
  }
  if (caseEventOrigin(db, event.id) === 'hub') return 'a team event with this id is already stored';
  return null;
}

/**
 * Check and write one batch in a transaction of its own (the admin tools, tests and the store
 * benchmark; the hub's route queues the write for a group transaction instead).
 */
export function applyPush(db: Db, batch: PushEnvelope['batch'], ctx: PushContext): PushAck[] {
  const items = checkPushItems(batch);
  return db.transaction(() => writePush(db, items, ctx)).immediate();
}

/** The record's id if it carries a plausible one, for the ack (even when the record is invalid). */
function claimedId(record: unknown): string | null {
  if (typeof record !== 'object' || record === null || !('id' in record)) return null;
  const id = record.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : null;
}

/**
 * A rule's fixed reason code where the schema gives one (the consent rules: `consent_missing`,
 * `sensitive_consent_missing`), else the field paths and messages.
 */
function rejectReason(error: z.ZodError): string {
  for (const issue of error.issues) {
    const reason: unknown = issue.code === 'custom' ? issue.params?.reason : undefined;
    if (typeof reason === 'string') return reason;
  }
  return describeIssues(error);
}

/** Field paths and schema messages only: zod's messages name expectations, never the values sent. */
export function describeIssues(error: z.ZodError, whole = 'record'): string {
  const text = error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : whole}: ${i.message}`)
    .join('; ');
  return text.length > 500 ? `${text.slice(0, 497)}...` : text;
}

/**
 * Delete a stored record on purpose (an admin's decision) and leave a tombstone, so a kiosk that
 * re-sends it hears `gone` instead of the record coming back. Returns false when the id
 * was neither stored nor tombstoned before.
 */
export function tombstoneRecord(db: Db, id: string, reason: string, now: number): boolean {
  return db
    .transaction(() => {
      // What it counted in the monthly figures stays (as after the purge); its case, if it was
      // an intake with one, is counted again without it.
      const ids = JSON.stringify([id]);
      archiveBeforePurge(db, '[]', ids);
      const deleted = db.prepare('DELETE FROM records WHERE id = ?').run(id).changes;
      db.prepare('DELETE FROM suggestion_notes WHERE suggestion_id = ?').run(id);
      db.prepare(`DELETE FROM changes WHERE kind = 'suggestionReply' AND key = ?`).run(id);
      const added = db
        .prepare(
          'INSERT INTO tombstones (id, reason, at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING',
        )
        .run(id, reason, now).changes;
      const stats = new StatsBatch(db);
      recountCasesOfIntakes(db, stats, [id]);
      stats.flush();
      return deleted + added > 0;
    })
    .immediate();
}

export interface StoredRecordRow {
  id: string;
  deviceId: string;
  siteId: string;
  seq: number;
  kind: string;
  body: unknown;
  kioskCreatedAt: string;
  kioskQueuedAt: string;
  receivedAt: number;
  kioskOffsetMs: number;
}

export function findRecord(db: Db, id: string): StoredRecordRow | null {
  const row = db.prepare('SELECT * FROM records WHERE id = ?').get(id) as
    | {
        id: string;
        device_id: string;
        site_id: string;
        seq: number;
        kind: string;
        body: string;
        kiosk_created_at: string;
        kiosk_queued_at: string;
        received_at: number;
        kiosk_offset_ms: number;
      }
    | undefined;
  if (!row) return null;
  return {
    id: row.id,
    deviceId: row.device_id,
    siteId: row.site_id,
    seq: row.seq,
    kind: row.kind,
    body: JSON.parse(row.body) as unknown,
    kioskCreatedAt: row.kiosk_created_at,
    kioskQueuedAt: row.kiosk_queued_at,
    receivedAt: row.received_at,
    kioskOffsetMs: row.kiosk_offset_ms,
  };
}
