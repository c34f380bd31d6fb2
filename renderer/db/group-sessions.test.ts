import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids';
import { caseWriter, minutes, registeredBody } from '../../shared/cases/fixtures';
import type { ServiceId } from '../../shared/catalogue/ids';
import { openRecordsDb, type RecordsDb } from './records-db';
import { groupSessionCount, groupSessions, recordCaseEvent } from './cases';

let db: RecordsDb;
let n = 0;
beforeEach(() => {
  n += 1;
  db = openRecordsDb(`group-sessions-test-${n}`);
});
afterEach(async () => {
  await db.delete();
});

const NOW = new Date(minutes(60));

/** A case registered and routed on 2026-11-29, with a group session or none. */
async function jointCase(
  ticket: string,
  session: { date: string; time: string | null } | null,
  teams: ServiceId[] = ['lawyer', 'mediation'],
) {
  const caseId = uuidv7(minutes(Number(ticket.slice(2))));
  const w = caseWriter(caseId);
  const source = {
    from: 'kiosk' as const,
    intakeId: caseId,
    ticket: { number: ticket, day: '2026-11-29' },
  };
  const events = [
    w.desk('registered', minutes(5), { ...registeredBody(caseId, { source }) }),
    w.desk('routed', minutes(10), { teams, dueDate: '2026-12-10', jointSession: session }),
  ];
  for (const e of events) expect((await recordCaseEvent(db, e, NOW)).ok).toBe(true);
  return { w };
}

describe('the group-session list (联合咨询安排)', () => {
  it('lists sessions from today on in time order, and earlier ones apart', async () => {
    await jointCase('A-003', { date: '2026-12-02', time: '09:30' });
    await jointCase('A-001', { date: '2026-11-29', time: '16:00' });
    await jointCase('A-002', { date: '2026-11-29', time: '08:00' });
    await jointCase('A-004', null);
    await jointCase('A-005', null, ['lawyer']);
    // Only the day agreed so far: listed on its day, before that day's timed sessions.
    await jointCase('A-006', { date: '2026-11-29', time: null });

    const page = await groupSessions(db, '2026-11-29');
    expect(page.upcoming.map((r) => [r.view.ticket?.number, r.sessionAt])).toEqual([
      ['A-006', '2026-11-29'],
      ['A-002', '2026-11-29T08:00'],
      ['A-001', '2026-11-29T16:00'],
      ['A-003', '2026-12-02T09:30'],
    ]);
    expect(page.earlier).toEqual([]);
    expect(page.totalUpcoming).toBe(4);
    expect(await groupSessionCount(db)).toBe(4);

    // Three days on, the first two are earlier sessions whose cases are not closed yet.
    const later = await groupSessions(db, '2026-12-02');
    expect(later.earlier.map((r) => r.view.ticket?.number)).toEqual(['A-006', 'A-002', 'A-001']);
    expect(later.upcoming.map((r) => r.view.ticket?.number)).toEqual(['A-003']);
  });

  it('follows the latest routing, and drops a case once it is closed', async () => {
    const { w } = await jointCase('A-001', { date: '2026-11-30', time: '10:00' });
    await recordCaseEvent(
      db,
      w.desk('routed', minutes(20), {
        teams: ['lawyer', 'mediation'],
        dueDate: '2026-12-10',
        jointSession: { date: '2026-12-01', time: '14:30' },
      }),
      NOW,
    );
    expect((await groupSessions(db, '2026-11-29')).upcoming.map((r) => r.sessionAt)).toEqual([
      '2026-12-01T14:30',
    ]);
    const report = w.desk('resultReported', minutes(30), {
      how: 'phone',
      reportedAt: '2026-11-29T09:30:00+08:00',
      note: null,
    });
    // Solved at the desk after all: reported back and closed.
    await recordCaseEvent(
      db,
      w.desk('solvedOnSpot', minutes(25), { advice: '当场解答', services: ['lawyer'] }),
      NOW,
    );
    await recordCaseEvent(db, report, NOW);
    await recordCaseEvent(db, w.desk('closed', minutes(31), { reportedEventId: report.id }), NOW);
    expect(await groupSessions(db, '2026-11-29')).toEqual({
      upcoming: [],
      earlier: [],
      totalUpcoming: 0,
      totalEarlier: 0,
    });
  });

  it('pages at the limit and still counts them all', async () => {
    for (let i = 1; i <= 5; i++)
      await jointCase(`A-00${i}`, { date: '2026-11-30', time: `1${i}:00` });
    const page = await groupSessions(db, '2026-11-29', 2);
    expect(page.upcoming.map((r) => r.sessionAt)).toEqual(['2026-11-30T11:00', '2026-11-30T12:00']);
    expect(page.totalUpcoming).toBe(5);
  });
});
