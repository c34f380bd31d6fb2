import type { Db } from '../db/open';
import type { AuthedDevice } from './devices';
import { seeDevice } from './devices';
import { KioskRecord } from '../../shared/records/intake';
import type { PushAck, PushEnvelope } from '../../shared/sync/protocol';
import type { z } from 'zod';

export interface PushContext {
  device: AuthedDevice;
  /** The hub's clock now (ms). */
  now: number;
  /** The kiosk's clock minus the hub's, measured with this request (ms). */
  offsetMs: number;
}

/**
 * Apply one pushed batch. This transaction is the exactly-once guarantee: every record of the
 * batch, the device's high-water mark and its last-seen time commit together or not at all, and
 * the caller answers only after the commit, so an ack always describes durable state. A re-sent
 * record hits the unique id and is acked `duplicate`; nothing is ever stored twice.
 *
 * Items are applied in the batch's order, which the route has checked is strictly increasing seq.
 * One bad record is acked `rejected` and never blocks the others.
 */
export function applyPush(db: Db, batch: PushEnvelope['batch'], ctx: PushContext): PushAck[] {
  const isTombstoned = db.prepare('SELECT 1 FROM tombstones WHERE id = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO records (id, device_id, site_id, seq, kind, body, kiosk_created_at, kiosk_queued_at, received_at, kiosk_offset_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const ownerOf = db.prepare('SELECT device_id FROM records WHERE id = ?').pluck();
  const raiseHighWater = db.prepare(
    'UPDATE devices SET high_water_seq = MAX(high_water_seq, ?) WHERE id = ?',
  );

  return db
    .transaction((): PushAck[] => {
      const acks: PushAck[] = [];
      for (const item of batch) {
        const id = claimedId(item.record);
        if (id !== null && isTombstoned.get(id) !== undefined) {
          acks.push({ id, seq: item.seq, status: 'gone' });
          continue;
        }
        const parsed = KioskRecord.safeParse(item.record);
        if (!parsed.success) {
          acks.push({
            id,
            seq: item.seq,
            status: 'rejected',
            reason: describeIssues(parsed.error),
          });
          continue;
        }
        const record = parsed.data;
        const stored = insert.run(
          record.id,
          ctx.device.id,
          ctx.device.siteId,
          item.seq,
          record.kind,
          JSON.stringify(record),
          record.createdAt,
          item.kioskTime,
          ctx.now,
          ctx.offsetMs,
        );
        if (stored.changes === 1) acks.push({ id: record.id, seq: item.seq, status: 'stored' });
        else if (ownerOf.get(record.id) === ctx.device.id)
          acks.push({ id: record.id, seq: item.seq, status: 'duplicate' });
        else
          acks.push({
            id: record.id,
            seq: item.seq,
            status: 'rejected',
            reason: 'a record with this id was already stored from another device',
          });
      }
      // Every item now has a final answer, so the mark covers rejected and gone items too.
      raiseHighWater.run(batch.at(-1)?.seq ?? 0, ctx.device.id);
      seeDevice(db, ctx.device.id, ctx.now, ctx.offsetMs);
      return acks;
    })
    .immediate();
}

/** The record's id if it carries a plausible one, for the ack (even when the record is invalid). */
function claimedId(record: unknown): string | null {
  if (typeof record !== 'object' || record === null || !('id' in record)) return null;
  const id = record.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : null;
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
 * Delete a stored record on purpose (retention, an admin's decision) and leave a tombstone, so a
 * kiosk that re-sends it hears `gone` instead of the record coming back. Returns false when the id
 * was neither stored nor tombstoned before.
 */
export function tombstoneRecord(db: Db, id: string, reason: string, now: number): boolean {
  return db
    .transaction(() => {
      const deleted = db.prepare('DELETE FROM records WHERE id = ?').run(id).changes;
      const added = db
        .prepare(
          'INSERT INTO tombstones (id, reason, at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING',
        )
        .run(id, reason, now).changes;
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
