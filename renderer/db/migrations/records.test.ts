import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openRecordsDb } from '../records-db';

/** The stores as schema v5 declared them (v6 and v7 start from here). */
const V5_STORES = {
  records: 'id, kind, day, createdAt',
  outbox: '++seq, &recordId',
  quarantine: 'recordId, at',
  counters: 'key',
  gone: 'recordId, at',
  caseEvents: 'id, caseId',
  cases: 'caseId, *lists, openDue, day, [ticketNumber+day], phoneLast4, sessionAt',
};

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

  it('v4 -> v5 indexes the group sessions of cases stored before, open cases only', async () => {
    const name = 'migration-v4-v5';
    const v4 = new Dexie(name);
    v4.version(4).stores({
      records: 'id, kind, day, createdAt',
      outbox: '++seq, &recordId',
      quarantine: 'recordId, at',
      counters: 'key',
      gone: 'recordId, at',
      caseEvents: 'id, caseId',
      cases: 'caseId, *lists, openDue, day, [ticketNumber+day], phoneLast4',
    });
    const session = { date: '2026-12-01', time: '14:30' };
    await v4.table('cases').bulkAdd([
      {
        caseId: 'c-open',
        lists: [],
        day: '2026-11-29',
        view: { status: 'awaitingTeams', jointSession: session },
      },
      {
        caseId: 'c-closed',
        lists: [],
        day: '2026-11-29',
        view: { status: 'closed', jointSession: session },
      },
      {
        caseId: 'c-none',
        lists: [],
        day: '2026-11-29',
        view: { status: 'awaitingTeams', jointSession: null },
      },
      { caseId: 'c-odd', lists: [], day: '2026-11-29' },
    ]);
    v4.close();

    const db = openRecordsDb(name);
    expect(await db.table('cases').count()).toBe(4);
    const indexed = await db.table('cases').where('sessionAt').aboveOrEqual('').toArray();
    expect(
      indexed.map((r: { caseId: string; sessionAt: string }) => [r.caseId, r.sessionAt]),
    ).toEqual([['c-open', '2026-12-01T14:30']]);
    await db.delete();
  });

  it('v5 -> v6 notes when stored records were acknowledged, never for unacknowledged ones', async () => {
    const name = 'migration-v5-v6';
    const v5 = new Dexie(name);
    v5.version(5).stores(V5_STORES);
    const row = (id: string) => ({
      id,
      kind: 'intake',
      day: '2026-11-29',
      createdAt: '2026-11-29T09:00:00+08:00',
    });
    await v5.table('records').bulkAdd(['stored', 'waiting', 'rejected', 'gone'].map(row));
    await v5.table('outbox').add({ recordId: 'waiting', enqueuedAt: 'x', attempts: 0 });
    await v5.table('quarantine').add({ recordId: 'rejected', reason: 'bad', at: 'x' });
    await v5.table('gone').add({ recordId: 'gone', at: '2027-01-01T00:00:00.000Z' });
    v5.close();

    const db = openRecordsDb(name);
    expect(await db.records.count()).toBe(4);
    const acked = await db.records.where('ackedAt').aboveOrEqual('').toArray();
    expect(acked.map((r) => [r.id, r.ackedAt])).toEqual([
      ['stored', '2026-11-29T01:00:00.000Z'],
      ['gone', '2027-01-01T00:00:00.000Z'],
    ]);
    await db.delete();
  });

  it('v6 -> v7 puts cases told but not closed on the new "reported" list, and only those', async () => {
    const name = 'migration-v6-v7';
    const v6 = new Dexie(name);
    v6.version(6).stores({ ...V5_STORES, records: 'id, kind, day, createdAt, ackedAt' });
    const row = (caseId: string, status: string, lists: string[]) => ({
      caseId,
      status,
      lists,
      day: '2026-11-29',
    });
    await v6
      .table('cases')
      .bulkAdd([
        row('told', 'reported', []),
        row('ready', 'resultReady', ['resultReady']),
        row('closed', 'closed', []),
      ]);
    v6.close();

    const db = openRecordsDb(name);
    const listed = await db.table('cases').where('lists').equals('reported').primaryKeys();
    expect(listed).toEqual(['told']);
    const ready = (await db.table('cases').get('ready')) as { lists: string[] };
    expect(ready.lists).toEqual(['resultReady']);
    await db.delete();
  });
});
