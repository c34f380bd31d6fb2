import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openRecordsDb } from '../records-db';
import { applyRecordsMigrations, RECORDS_VERSIONS } from './records';

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

  // Each earlier version written by its own frozen file, with the data a kiosk then held, and
  // opened by today's code: nothing lost, every later step applied.
  for (let version = 1; version < RECORDS_VERSIONS.length; version++) {
    it(`a database written at v${version} opens at the latest version with its data`, async () => {
      const name = `migration-from-v${version}`;
      const old = new Dexie(name);
      applyRecordsMigrations(old, version);
      const createdAt = '2026-11-29T09:00:00+08:00';
      const record = (id: string) => ({ id, kind: 'intake', day: '2026-11-29', createdAt });
      await old.table('records').bulkAdd([record('sent'), record('waiting')]);
      await old.table('outbox').add({ recordId: 'waiting', enqueuedAt: createdAt, attempts: 0 });
      await old.table('counters').put({ key: 'ticket:2026-11-29', value: 2 });
      if (version >= 3) {
        await old.table('caseEvents').add({ id: 'e1', caseId: 'c1', event: {}, origin: 'kiosk' });
        await old.table('cases').add({
          caseId: 'c1',
          status: 'reported',
          lists: [],
          day: '2026-11-29',
          ticketNumber: 'A-001',
          // From v5 on the desk wrote the index itself; before, v5's step adds it.
          ...(version >= 5 ? { sessionAt: '2026-12-01T14:30' } : {}),
          view: { status: 'reported', jointSession: { date: '2026-12-01', time: '14:30' } },
        });
      }
      old.close();

      const db = openRecordsDb(name);
      expect(db.verno).toBe(RECORDS_VERSIONS.length);
      expect((await db.records.toArray()).map((r) => r.id).sort()).toEqual(['sent', 'waiting']);
      expect((await db.outbox.toArray()).map((e) => e.recordId)).toEqual(['waiting']);
      expect((await db.counters.get('ticket:2026-11-29'))?.value).toBe(2);
      // Acknowledged before v6: dated from its creation; the waiting one is not acknowledged.
      const acked = await db.records.where('ackedAt').aboveOrEqual('').primaryKeys();
      expect(acked).toEqual(version < 6 ? ['sent'] : []);
      if (version >= 3) {
        expect(await db.caseEvents.count()).toBe(1);
        expect(await db.cases.where('sessionAt').equals('2026-12-01T14:30').primaryKeys()).toEqual([
          'c1',
        ]);
        expect(await db.cases.where('lists').equals('reported').primaryKeys()).toEqual(['c1']);
        expect(
          await db.cases.where('[ticketNumber+day]').equals(['A-001', '2026-11-29']).count(),
        ).toBe(1);
      }
      await db.delete();
    });
  }
});
