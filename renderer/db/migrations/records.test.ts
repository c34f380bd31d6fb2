import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openRecordsDb } from '../records-db';

describe('records schema migrations', () => {
  it('v1 -> v2 keeps every record and outbox entry and adds the gone table', async () => {
    const name = 'migration-v1-v2';
    const v1 = new Dexie(name);
    v1.version(1).stores({
      records: 'id, kind, day, createdAt',
      outbox: '++seq, &recordId',
      quarantine: 'recordId, at',
      counters: 'key',
    });
    await v1.table('records').add({ id: 'r1', kind: 'intake', day: '2026-11-29', createdAt: 'x' });
    await v1.table('outbox').add({ recordId: 'r1', enqueuedAt: 'x', attempts: 0 });
    v1.close();

    const db = openRecordsDb(name);
    expect(await db.records.count()).toBe(1);
    expect((await db.outbox.toArray()).map((e) => [e.seq, e.recordId])).toEqual([[1, 'r1']]);
    await db.table('gone').put({ recordId: 'r1', at: 'x' });
    expect(await db.table('gone').count()).toBe(1);
    await db.delete();
  });
});
