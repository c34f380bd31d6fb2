import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRecordsDb, type RecordsDb } from '../db/records-db';
import { pendingCount, saveIntake, saveSuggestion } from '../db/records';
import { intakeDraft } from '../../tests/fixtures/intake-draft';
import type { PushAck } from '../../shared/sync/protocol';
import type { Intake } from '../../shared/records/intake';
import { applyAcks, goneIds, quarantineCount, requeue, RequeueError, takeBatch } from './outbox';

let db: RecordsDb;
let n = 0;
beforeEach(() => {
  db = openRecordsDb(`outbox-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

async function saveIntakes(count: number): Promise<Intake[]> {
  const saved: Intake[] = [];
  for (let i = 0; i < count; i++) {
    const r = await saveIntake(db, intakeDraft(), new Date(2026, 10, 29, 9, 0, i));
    if (!r.ok) throw new Error(r.error);
    saved.push(r.value);
  }
  return saved;
}

const ack = (id: string | null, seq: number, status: PushAck['status'], reason?: string) => ({
  id,
  seq,
  status,
  ...(reason ? { reason } : {}),
});

describe('takeBatch', () => {
  it('gives the oldest entries first, each with its record, at most `max`', async () => {
    const saved = await saveIntakes(5);
    const batch = await takeBatch(db, 3);
    expect(batch.map((b) => b.record.id)).toEqual(saved.slice(0, 3).map((s) => s.id));
    expect(batch.map((b) => b.seq)).toEqual([1, 2, 3]);
  });

  it('sets an entry whose record is missing aside instead of blocking the rest', async () => {
    const [a, b] = await saveIntakes(2);
    await db.records.delete(a!.id);
    const batch = await takeBatch(db, 10);
    expect(batch.map((x) => x.record.id)).toEqual([b!.id]);
    expect(await db.quarantine.get(a!.id)).toMatchObject({ reason: 'record missing on the kiosk' });
    expect(await pendingCount(db)).toBe(1);
  });
});

describe('applyAcks', () => {
  it('stored and duplicate remove the outbox entry but keep the record', async () => {
    const [a, b] = await saveIntakes(2);
    const tally = await applyAcks(db, [ack(a!.id, 1, 'stored'), ack(b!.id, 2, 'duplicate')]);
    expect(tally).toMatchObject({ stored: 1, duplicate: 1, ignored: 0 });
    expect(await pendingCount(db)).toBe(0);
    expect(await db.records.count()).toBe(2);
  });

  it('gone removes the entry, keeps the record and notes the id', async () => {
    const [a] = await saveIntakes(1);
    await applyAcks(db, [ack(a!.id, 1, 'gone')]);
    expect(await pendingCount(db)).toBe(0);
    expect(await db.records.get(a!.id)).toBeDefined();
    expect(await goneIds(db)).toEqual([a!.id]);
  });

  it('a rejected record goes to the quarantine with the reason; the rest of the batch goes through', async () => {
    const [a, b, c] = await saveIntakes(3);
    const tally = await applyAcks(db, [
      ack(a!.id, 1, 'stored'),
      ack(b!.id, 2, 'rejected', 'contact.phone: a mainland mobile number'),
      ack(c!.id, 3, 'stored'),
    ]);
    expect(tally).toMatchObject({ stored: 2, rejected: 1 });
    expect(await pendingCount(db)).toBe(0);
    expect(await db.quarantine.get(b!.id)).toMatchObject({
      reason: 'contact.phone: a mainland mobile number',
    });
    // Never sent again unchanged: it is no longer in the outbox.
    expect(await takeBatch(db, 10)).toEqual([]);
  });

  it('ignores acks that name no entry of ours (unknown seq, or a different id at that seq)', async () => {
    const [a, b] = await saveIntakes(2);
    const tally = await applyAcks(db, [ack(b!.id, 1, 'stored'), ack(a!.id, 9, 'stored')]);
    expect(tally).toMatchObject({ stored: 0, ignored: 2 });
    expect(await pendingCount(db)).toBe(2);
  });

  it('applying the same answer twice (a duplicated request) changes nothing the second time', async () => {
    const [a] = await saveIntakes(1);
    const acks = [ack(a!.id, 1, 'stored')];
    await applyAcks(db, acks);
    const second = await applyAcks(db, acks);
    expect(second).toMatchObject({ stored: 0, ignored: 1 });
  });

  it('is all or nothing: a failure half-way leaves every entry in the outbox', async () => {
    const [a, b] = await saveIntakes(2);
    db.quarantine.hook('creating', () => {
      throw new Error('disk trouble');
    });
    await expect(
      applyAcks(db, [ack(a!.id, 1, 'stored'), ack(b!.id, 2, 'rejected', 'bad')]),
    ).rejects.toThrow();
    expect((await db.outbox.toArray()).map((e) => e.recordId)).toEqual([a!.id, b!.id]);
  });
});

describe('requeue', () => {
  it('puts a quarantined record back in the outbox with a higher seq', async () => {
    const [a, b] = await saveIntakes(2);
    await applyAcks(db, [ack(a!.id, 1, 'rejected', 'why')]);
    const seq = await requeue(db, a!.id);
    expect(seq).toBeGreaterThan(2);
    expect(await quarantineCount(db)).toBe(0);
    const batch = await takeBatch(db, 10);
    expect(batch.map((x) => [x.record.id, x.seq])).toEqual([
      [b!.id, 2],
      [a!.id, seq],
    ]);
  });

  it('replaces the record with a corrected one that validates and keeps its id', async () => {
    const [a] = await saveIntakes(1);
    await applyAcks(db, [ack(a!.id, 1, 'rejected', 'why')]);
    const corrected: Intake = { ...a!, services: ['notary'] };
    await requeue(db, a!.id, corrected);
    expect((await db.records.get(a!.id))?.record).toMatchObject({ services: ['notary'] });
    await expect(
      requeue(db, a!.id, { ...a!, id: '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b' }),
    ).rejects.toThrow(RequeueError);
    await expect(
      requeue(db, a!.id, { ...a!, prompt: 'nope' as Intake['prompt'] }),
    ).rejects.toThrow();
    expect((await db.records.get(a!.id))?.record).toMatchObject({ services: ['notary'] });
  });

  it('a record sent again while still queued keeps one outbox entry', async () => {
    const s = await saveSuggestion(db, '希望周末也开放');
    if (!s.ok) throw new Error(s.error);
    await requeue(db, s.value.id);
    expect(await pendingCount(db)).toBe(1);
  });

  it('refuses an id this kiosk does not hold', async () => {
    await expect(requeue(db, 'no-such-id')).rejects.toThrow(RequeueError);
  });
});
