import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids';
import { caseWriter, minutes, registeredBody } from '../../shared/cases/fixtures';
import type { KioskCaseEvent } from '../../shared/cases/events';
import { openRecordsDb, type RecordsDb } from './records-db';
import { intakesOfDay, pendingCount, saveIntake } from './records';
import {
  applyCaseEvents,
  applyCaseUpdate,
  caseById,
  casesInList,
  casesOfDay,
  recordCaseEvent,
  recordWalkIn,
  searchCases,
} from './cases';
import { intakeDraft } from '../../tests/fixtures/intake-draft';

let db: RecordsDb;
let n = 0;
beforeEach(() => {
  n += 1;
  db = openRecordsDb(`cases-test-${n}`);
});
afterEach(async () => {
  await db.delete();
});

const NOW = new Date(minutes(60));

/** A registered case routed to two teams, due on `due`, for a ticket. */
async function routedCase(
  opts: { ticket?: string; day?: string; due?: string; phone?: string; at?: number } = {},
) {
  // Case ids are UUID v7: a later `at` makes a later id, so list order is known.
  const caseId = uuidv7(minutes(opts.at ?? 0));
  const w = caseWriter(caseId);
  const ticket = { number: opts.ticket ?? 'A-007', day: opts.day ?? '2026-11-29' };
  const events: KioskCaseEvent[] = [
    w.desk('registered', minutes(5), {
      ...registeredBody(caseId, { source: { from: 'kiosk', intakeId: caseId, ticket } }),
      resident: { surname: '王', salutation: 'ms', phone: opts.phone ?? '13812345678' },
    }),
    w.desk('routed', minutes(10), {
      teams: ['lawyer', 'mediation'],
      dueDate: opts.due ?? '2026-12-06',
      jointSession: null,
    }),
  ];
  for (const e of events) expect((await recordCaseEvent(db, e, NOW)).ok).toBe(true);
  return { caseId, w };
}

describe('recording desk events', () => {
  it('stores the event, its outbox entry and the derived case together', async () => {
    const { caseId } = await routedCase();
    expect(await pendingCount(db)).toBe(2);
    expect((await db.records.toArray()).map((r) => r.kind)).toEqual(['caseEvent', 'caseEvent']);
    const view = await caseById(db, caseId);
    expect(view?.status).toBe('awaitingTeams');
    expect(view?.timeline.map((t) => t.event.type)).toEqual(['registered', 'routed']);
    // The day's queue still lists intakes only.
    expect(await intakesOfDay(db, '2026-11-29')).toEqual([]);
  });

  it('writes nothing for an invalid event', async () => {
    const caseId = uuidv7(minutes(0));
    const bad = caseWriter(caseId).desk('note', minutes(1), { text: '' });
    expect(await recordCaseEvent(db, bad, NOW)).toEqual({ ok: false, error: 'invalid' });
    expect(await db.records.count()).toBe(0);
    expect(await pendingCount(db)).toBe(0);
    expect(await caseById(db, caseId)).toBeUndefined();
  });

  it('refuses a team update made on the kiosk', async () => {
    const caseId = uuidv7(minutes(0));
    const forged = caseWriter(caseId).team('teamResolved', 'lawyer', minutes(1), { result: 'x' });
    const result = await recordCaseEvent(db, forged as unknown as KioskCaseEvent, NOW);
    expect(result).toEqual({ ok: false, error: 'invalid' });
  });

  it('rolls everything back when the disk is full', async () => {
    db.outbox.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const caseId = uuidv7(minutes(0));
    const note = caseWriter(caseId).desk('note', minutes(1), { text: '备注' });
    expect(await recordCaseEvent(db, note, NOW)).toEqual({ ok: false, error: 'quota' });
    expect(await db.records.count()).toBe(0);
    expect(await caseById(db, caseId)).toBeUndefined();
  });

  it('numbers walk-ins W-001, W-002 per day', async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 2; i++) {
      const caseId = uuidv7(minutes(i));
      const saved = await recordWalkIn(
        db,
        (ticket) =>
          caseWriter(caseId).desk('registered', minutes(i), {
            ...registeredBody(caseId),
            source: { from: 'walkIn', ticket },
          }),
        NOW,
      );
      if (saved.ok) numbers.push(saved.value.ticket?.number ?? '');
    }
    expect(numbers).toEqual(['W-001', 'W-002']);
  });

  it('a walk-in that fails validation uses no number', async () => {
    const caseId = uuidv7(minutes(0));
    const bad = await recordWalkIn(
      db,
      (ticket) =>
        caseWriter(caseId).desk('registered', minutes(0), {
          ...registeredBody(caseId, { matter: '' }),
          source: { from: 'walkIn', ticket },
        }),
      NOW,
    );
    expect(bad.ok).toBe(false);
    expect(await db.counters.count()).toBe(0);
  });
});

describe('events from the hub', () => {
  it('fold in once, however often they arrive, and move the case along', async () => {
    const { caseId, w } = await routedCase();
    const team = [
      w.team('teamResolved', 'lawyer', minutes(100), { result: '已出具意见' }),
      w.team('teamResolved', 'mediation', minutes(110), { result: '调解成功' }),
    ];
    expect(await applyCaseEvents(db, team)).toEqual([caseId]);
    expect(await applyCaseEvents(db, [...team, ...team])).toEqual([]);
    const view = await caseById(db, caseId);
    expect(view?.status).toBe('resultReady');
    expect(view?.timeline).toHaveLength(4);
    // Hub events are not this kiosk's records: nothing to push.
    expect(await pendingCount(db)).toBe(2);
    expect((await casesInList(db, 'resultReady', '2026-11-29')).total).toBe(1);
    expect((await casesInList(db, 'awaitingTeams', '2026-11-29')).total).toBe(0);
  });

  it('reads a case change body and skips what it cannot read', async () => {
    const { caseId, w } = await routedCase();
    const accepted = w.team('teamAccepted', 'lawyer', minutes(100), {});
    const changed = await applyCaseUpdate(db, {
      caseId,
      status: 'awaitingTeams',
      events: [accepted, { nonsense: true }],
    });
    expect(changed).toEqual([caseId]);
    expect((await caseById(db, caseId))?.teams[0]?.stage).toBe('accepted');
    expect(await applyCaseUpdate(db, { not: 'a case' })).toEqual([]);
  });
});

describe('lists and search', () => {
  it('lists awaiting, overdue and home-visit cases from their indexes', async () => {
    const a = await routedCase({ ticket: 'A-001', due: '2026-12-01', at: 0 });
    const b = await routedCase({ ticket: 'A-002', due: '2026-12-10', at: 1 });
    const visitId = uuidv7(minutes(20));
    const v = caseWriter(visitId);
    await recordCaseEvent(db, v.desk('registered', minutes(20), registeredBody(visitId)), NOW);
    await recordCaseEvent(
      db,
      v.desk('homeVisitArranged', minutes(21), {
        team: 'legalAid',
        reason: 'elderly',
        visitBy: '2026-11-30',
      }),
      NOW,
    );
    const ids = async (list: Parameters<typeof casesInList>[1], today: string) =>
      (await casesInList(db, list, today)).cases.map((c) => c.caseId);
    expect(await ids('awaitingTeams', '2026-11-29')).toEqual([a.caseId, b.caseId, visitId]);
    expect(await ids('homeVisits', '2026-11-29')).toEqual([visitId]);
    expect(await ids('overdue', '2026-11-29')).toEqual([]);
    expect(await ids('overdue', '2026-12-02')).toEqual([visitId, a.caseId]);
    const page = await casesInList(db, 'awaitingTeams', '2026-11-29', 2);
    expect([page.cases.length, page.total]).toEqual([2, 3]);
  });

  it('finds cases by ticket, day and the last four phone digits', async () => {
    const x = await routedCase({ ticket: 'A-003', day: '2026-11-28', phone: '13900001111', at: 0 });
    const y = await routedCase({ ticket: 'A-003', day: '2026-11-29', phone: '13900002222', at: 1 });
    const ids = async (q: Parameters<typeof searchCases>[1]) =>
      (await searchCases(db, q)).map((c) => c.caseId);
    expect(await ids({ ticket: 'a-003' })).toEqual([y.caseId, x.caseId]);
    expect(await ids({ ticket: 'A-003', day: '2026-11-28' })).toEqual([x.caseId]);
    expect(await ids({ phoneLast4: '2222' })).toEqual([y.caseId]);
    expect(await ids({ day: '2026-11-29' })).toEqual([y.caseId]);
    expect(await ids({ phoneLast4: '9999' })).toEqual([]);
    expect(await ids({})).toEqual([]);
  });

  it('gives the day’s cases for the queue', async () => {
    const saved = await saveIntake(db, intakeDraft(), new Date(2026, 10, 29, 9, 30));
    if (!saved.ok) throw new Error('intake not saved');
    const caseId = saved.value.id;
    await recordCaseEvent(
      db,
      caseWriter(caseId).desk('called', minutes(31), { ticket: saved.value.ticket }),
      NOW,
    );
    const rows = await casesOfDay(db, saved.value.ticket.day);
    expect(rows.map((r) => [r.caseId, r.status])).toEqual([[caseId, 'called']]);
  });
});

describe('schema versions', () => {
  it('v3 -> v4 keeps the cases and finds them by ticket through the new (number, day) index', async () => {
    const name = `cases-migration-${n}`;
    const v3 = new Dexie(name, { chromeTransactionDurability: 'strict' });
    v3.version(1).stores({
      records: 'id, kind, day, createdAt',
      outbox: '++seq, &recordId',
      quarantine: 'recordId, at',
      counters: 'key',
    });
    v3.version(2).stores({ gone: 'recordId, at' });
    v3.version(3).stores({
      caseEvents: 'id, caseId',
      cases: 'caseId, *lists, openDue, day, ticketNumber, phoneLast4',
    });
    // Written by a kiosk still on v3 (Dexie names the tables on the instance as it opens them).
    const current = db;
    db = v3 as RecordsDb;
    const { caseId } = await routedCase({ ticket: 'A-009' });
    db = current;
    v3.close();

    const upgraded = openRecordsDb(name);
    expect((await searchCases(upgraded, { ticket: 'A-009' })).map((c) => c.caseId)).toEqual([
      caseId,
    ]);
    expect((await caseById(upgraded, caseId))?.status).toBe('awaitingTeams');
    await upgraded.delete();
  });
});
