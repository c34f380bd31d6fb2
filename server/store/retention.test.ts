import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/open';
import { enrolledKiosk, openTempHubDb } from '../testing/temp-db';
import { pullChanges } from './changes';
import type { AuthedDevice } from './devices';
import { applyPush, findRecord } from './records';
import { purgeExpired, scheduleDailyPurge } from './retention';
import { caseWriter, registeredBody, seededRandom } from '../../shared/cases/fixtures';
import { makeIntake, makeSuggestion } from '../../shared/sync/fixtures';
import { uuidv7 } from '../../shared/ids';

const T0 = Date.UTC(2026, 10, 29, 2, 0, 0);
const DAY = 24 * 3600_000;
/** T0 moved by calendar months (UTC), as the retention period counts them. */
const monthsAfter = (months: number, extraMs = 0) => {
  const d = new Date(T0);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.getTime() + extraMs;
};

let db: Db;
let cleanup: () => void;
let kiosk: AuthedDevice;
let seq = 0;
const random = seededRandom(36);

function push(records: unknown[], now: number) {
  return applyPush(
    db,
    records.map((record) => ({ seq: ++seq, record, kioskTime: new Date(now).toISOString() })),
    { device: kiosk, now, offsetMs: 0 },
  );
}

const count = (table: string) =>
  db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

/** An intake whose case was solved on the spot, reported and closed, all pushed at T0. */
function closedCase() {
  const intake = makeIntake(1, T0 - 60_000);
  const desk = caseWriter(intake.id, { random });
  const report = desk.desk('resultReported', T0 - 20_000, {
    how: 'phone',
    reportedAt: '2026-11-29T09:59:00+08:00',
    note: null,
  });
  const events = [
    desk.desk('registered', T0 - 50_000, registeredBody(intake.id)),
    desk.desk('solvedOnSpot', T0 - 40_000, { advice: '当场解答', services: ['lawyer'] }),
    report,
    desk.desk('closed', T0 - 10_000, { reportedEventId: report.id }),
  ];
  return { intake, desk, events };
}

beforeEach(() => {
  ({ db, cleanup } = openTempHubDb());
  kiosk = enrolledKiosk(db, T0);
  seq = 0;
});
afterEach(() => cleanup());

describe('purgeExpired', () => {
  it('keeps everything younger than the period', () => {
    const closed = closedCase();
    push([makeIntake(2, T0), makeSuggestion('周末开放', T0), closed.intake, ...closed.events], T0);
    expect(purgeExpired(db, monthsAfter(36, -DAY))).toEqual({
      cases: 0,
      caseEvents: 0,
      records: 0,
      quietOpenCases: 0,
    });
    expect(count('records')).toBe(7);
  });

  it('deletes ended matters past the period, whole, and tombstones their ids; open cases stay', () => {
    const lone = makeIntake(2, T0);
    const suggestion = makeSuggestion('周末开放', T0);
    const closed = closedCase();
    const open = caseWriter(uuidv7(T0), { random });
    const openEvents = [open.desk('registered', T0, registeredBody(uuidv7(T0)))];
    const recent = makeIntake(3, monthsAfter(35));
    push([lone, suggestion, closed.intake, ...closed.events, ...openEvents], T0);
    push([recent], monthsAfter(35));

    // A dry run counts and changes nothing.
    const now = monthsAfter(36, DAY);
    const expected = { cases: 1, caseEvents: 4, records: 7, quietOpenCases: 1 };
    expect(purgeExpired(db, now, { dryRun: true })).toEqual(expected);
    expect(count('records')).toBe(9);

    expect(purgeExpired(db, now)).toEqual(expected);
    for (const gone of [lone, suggestion, closed.intake, ...closed.events])
      expect(findRecord(db, gone.id)).toBeNull();
    expect(findRecord(db, recent.id)).not.toBeNull();
    expect(findRecord(db, openEvents[0]?.id ?? '')).not.toBeNull();
    expect(db.prepare('SELECT case_id FROM cases').pluck().all()).toEqual([open.caseId]);
    expect(db.prepare('SELECT DISTINCT case_id FROM case_events').pluck().all()).toEqual([
      open.caseId,
    ]);
    // The site's pull feed no longer carries the deleted case.
    const feed = pullChanges(db, kiosk.siteId, 0, 100).changes.filter((c) => c.kind === 'case');
    expect(feed.map((c) => c.key)).toEqual([open.caseId]);

    // A kiosk that sends a deleted record again hears "gone"; nothing comes back.
    expect(push([lone, closed.events[0]], now).map((a) => a.status)).toEqual(['gone', 'gone']);
    expect(count('records')).toBe(2);
    expect(purgeExpired(db, now)).toEqual({ ...expected, cases: 0, caseEvents: 0, records: 0 });
  });

  it('counts a case from its last event: a late note keeps the whole case longer', () => {
    const closed = closedCase();
    push([closed.intake, ...closed.events], T0);
    const note = closed.desk.desk('note', monthsAfter(2), { text: '居民来电致谢' });
    push([note], monthsAfter(2));

    expect(purgeExpired(db, monthsAfter(36, DAY)).cases).toBe(0);
    expect(count('records')).toBe(6);
    expect(purgeExpired(db, monthsAfter(38, DAY))).toMatchObject({ cases: 1, records: 6 });
    expect(count('records')).toBe(0);
  });
});

describe('scheduleDailyPurge', () => {
  afterEach(() => vi.useRealTimers());

  it('purges soon after the hub starts and then once a day, logging counts only', () => {
    vi.useFakeTimers();
    push([makeIntake(2, T0)], T0);
    let clock = monthsAfter(36, DAY);
    const lines: string[] = [];
    const stop = scheduleDailyPurge(db, { now: () => clock, log: (l) => lines.push(l) });
    expect(lines).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/deleted 0 ended case\(s\) with 0 event\(s\), and 1 record\(s\)/);
    push([makeIntake(3, clock)], clock);
    clock = monthsAfter(72, 2 * DAY);
    vi.advanceTimersByTime(DAY);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/and 1 record\(s\)/);
    expect(lines.join('\n')).not.toMatch(/王|138\d{8}/);
    stop();
    vi.advanceTimersByTime(2 * DAY);
    expect(lines).toHaveLength(2);
  });
});
