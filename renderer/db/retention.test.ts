import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseWriter, minutes } from '../../shared/cases/fixtures';
import type { Intake } from '../../shared/records/intake';
import { applyAcks, requeue } from '../sync/outbox';
import { intakeDraft } from '../../tests/fixtures/intake-draft';
import { applyCaseEvents, caseById, recordCaseEvent } from './cases';
import { openRecordsDb, type RecordsDb } from './records-db';
import { pendingCount, saveIntake, saveSuggestion } from './records';
import { pruneExpired, pruneIfDue } from './retention';

let db: RecordsDb;
let n = 0;
beforeEach(() => {
  db = openRecordsDb(`retention-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const MONTH = 31 * 24 * 60; // minutes, generous
const CREATED = new Date(minutes(0)); // 2026-11-29 09:00 Shanghai
/** Well past the 36 months, and well inside them. */
const LATER = new Date(minutes(37 * MONTH));
const SOON = new Date(minutes(12 * MONTH));

async function intake(at = CREATED): Promise<Intake> {
  const saved = await saveIntake(db, intakeDraft(), at);
  if (!saved.ok) throw new Error(saved.error);
  return saved.value;
}

/** The hub answers for everything in the outbox (or only `ids`) with `status`, at `at`. */
async function ackOutbox(
  at: Date,
  status: 'stored' | 'gone' | 'rejected' = 'stored',
  ids?: string[],
) {
  const entries = (await db.outbox.toArray()).filter((e) => !ids || ids.includes(e.recordId));
  await applyAcks(
    db,
    entries.map((e) => ({ id: e.recordId, seq: e.seq!, status, reason: 'bad' })),
    at,
  );
}

/** A case taken up from an intake and marked no-show (an ended case), events at `at`. */
async function noShowCase(i: Intake, at = 10) {
  const w = caseWriter(i.id);
  // A minute apart: events of the same minute are ordered by id, which is random here.
  for (const [type, minute] of [
    ['called', at],
    ['noShow', at + 1],
  ] as const) {
    const event = w.desk(type, minutes(minute), { ticket: i.ticket });
    expect((await recordCaseEvent(db, event, CREATED)).ok).toBe(true);
  }
}

describe('pruneExpired', () => {
  it('deletes acknowledged lone intakes and suggestions older than the period, with their bookkeeping', async () => {
    const a = await intake();
    const s = await saveSuggestion(db, '希望多一些周末服务', CREATED);
    const g = await intake();
    await ackOutbox(CREATED, 'stored', [a.id, s.ok ? s.value.id : '']);
    await ackOutbox(CREATED, 'gone', [g.id]);
    expect(await db.records.get(a.id)).toMatchObject({ ackedAt: CREATED.toISOString() });
    expect(await db.table('gone').count()).toBe(1);

    expect(await pruneExpired(db, LATER)).toEqual({ cases: 0, caseEvents: 0, records: 3 });
    expect(await db.records.count()).toBe(0);
    expect(await db.table('gone').count()).toBe(0);
  });

  it('keeps what the hub has not acknowledged (outbox, quarantine, requeued), however old', async () => {
    const waiting = await intake();
    const rejected = await intake();
    const requeued = await intake();
    await ackOutbox(CREATED, 'rejected', [rejected.id]);
    await ackOutbox(CREATED, 'stored', [requeued.id]);
    await requeue(db, requeued.id, undefined, CREATED);
    expect(await db.records.get(rejected.id)).not.toHaveProperty('ackedAt');

    const ancient = new Date(minutes(100 * 12 * MONTH));
    expect(await pruneExpired(db, ancient)).toEqual({ cases: 0, caseEvents: 0, records: 0 });
    expect((await db.records.toArray()).map((r) => r.id).sort()).toEqual(
      [waiting.id, rejected.id, requeued.id].sort(),
    );
    expect(await pendingCount(db)).toBe(2);
    expect(await db.quarantine.count()).toBe(1);
  });

  it('deletes an ended case whole: intake, desk events, hub events and derived row', async () => {
    const i = await intake();
    await noShowCase(i);
    // A case from another desk of the site, known only through the hub, also ended.
    const other = caseWriter(
      i.id.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
      {
        deviceId: 'dev_bbbbbbbbbbbbbbbb',
      },
    );
    await applyCaseEvents(db, [
      other.desk('called', minutes(20), { ticket: { number: 'A-008', day: '2026-11-29' } }),
      other.desk('noShow', minutes(21), { ticket: { number: 'A-008', day: '2026-11-29' } }),
    ]);
    await ackOutbox(CREATED);

    expect(await pruneExpired(db, LATER)).toEqual({ cases: 2, caseEvents: 4, records: 3 });
    expect(await db.records.count()).toBe(0);
    expect(await db.table('caseEvents').count()).toBe(0);
    expect(await db.table('cases').count()).toBe(0);
    expect(await caseById(db, i.id)).toBeUndefined();
  });

  it('keeps an open case however old, with its intake', async () => {
    const i = await intake();
    const called = caseWriter(i.id).desk('called', minutes(10), { ticket: i.ticket });
    expect((await recordCaseEvent(db, called, CREATED)).ok).toBe(true);
    await ackOutbox(CREATED);

    const ancient = new Date(minutes(100 * 12 * MONTH));
    expect(await pruneExpired(db, ancient)).toEqual({ cases: 0, caseEvents: 0, records: 0 });
    expect(await db.records.count()).toBe(2);
    expect((await caseById(db, i.id))?.status).toBe('called');
  });

  it('keeps a whole ended case while any of its records waits for the hub', async () => {
    const i = await intake();
    await noShowCase(i);
    const [, , last] = await db.outbox.orderBy('seq').toArray();
    await ackOutbox(
      CREATED,
      'stored',
      (await db.outbox.toArray()).filter((e) => e.seq !== last!.seq).map((e) => e.recordId),
    );

    expect(await pruneExpired(db, LATER)).toEqual({ cases: 0, caseEvents: 0, records: 0 });
    expect(await db.records.count()).toBe(3);
    expect(await db.table('cases').count()).toBe(1);
  });

  it('keeps what is younger than the period, counting from the acknowledgement', async () => {
    const young = await intake();
    const ackedLate = await intake();
    const i = await intake();
    await noShowCase(i);
    await ackOutbox(CREATED, 'stored', [young.id, i.id]);
    await ackOutbox(
      CREATED,
      'stored',
      (await db.outbox.toArray()).filter((e) => e.recordId !== ackedLate.id).map((e) => e.recordId),
    );
    // Created at the start, but the hub only had it two years later.
    await ackOutbox(new Date(minutes(24 * MONTH)), 'stored', [ackedLate.id]);

    expect(await pruneExpired(db, SOON)).toEqual({ cases: 0, caseEvents: 0, records: 0 });
    expect(await pruneExpired(db, LATER)).toEqual({ cases: 1, caseEvents: 2, records: 4 });
    expect((await db.records.toArray()).map((r) => r.id)).toEqual([ackedLate.id]);
  });
});

describe('pruneIfDue', () => {
  it('prunes at most once a day and logs counts only, nothing personal', async () => {
    const i = await intake();
    await noShowCase(i);
    await ackOutbox(CREATED);
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);

    expect(await pruneIfDue(db, LATER, log)).toEqual({ cases: 1, caseEvents: 2, records: 3 });
    expect(await pruneIfDue(db, new Date(LATER.getTime() + 3600_000), log)).toBeNull();
    expect(await pruneIfDue(db, new Date(LATER.getTime() + 25 * 3600_000), log)).toEqual({
      cases: 0,
      caseEvents: 0,
      records: 0,
    });
    expect(lines).toEqual([
      'retention: deleted 1 ended case(s) with 2 event(s), 3 record(s) in all',
      'retention: deleted 0 ended case(s) with 0 event(s), 0 record(s) in all',
    ]);
    expect(lines.join(' ')).not.toMatch(/王|1381|A-0/);
  });
});
