import { afterEach, describe, expect, it } from 'vitest';
import { openTempHubDb } from '../testing/temp-db';
import { seedDemo } from '../demo';
import { generateDemo } from './generator';

const NOW = Date.UTC(2026, 10, 29, 4, 0, 0);
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function generated(seed: number) {
  const temp = openTempHubDb();
  cleanups.push(temp.cleanup);
  seedDemo(temp.db, NOW);
  const summary = await generateDemo(temp.db, { seed, cases: 360, rooms: 6, months: 4, now: NOW });
  const count = (sql: string) => (temp.db.prepare(sql).get() as { n: number }).n;
  return { db: temp.db, summary, count };
}

describe('the demo generator', () => {
  it('makes cases in every state, derived through the push and workbench store functions', async () => {
    const { summary, count, db } = await generated(7);
    expect(summary.sites).toHaveLength(6);
    expect(
      new Set(db.prepare('SELECT street FROM sites').pluck().all() as string[]).size,
    ).toBeGreaterThan(3);
    expect(count('SELECT COUNT(*) AS n FROM cases')).toBe(360);
    const statuses = db.prepare('SELECT DISTINCT status FROM cases').pluck().all();
    expect(statuses).toEqual(
      expect.arrayContaining([
        'called',
        'noShow',
        'registered',
        'awaitingTeams',
        'resultReady',
        'reported',
        'closed',
      ]),
    );
    expect(db.prepare('SELECT DISTINCT stage FROM case_teams').pluck().all()).toEqual(
      expect.arrayContaining(['routed', 'accepted', 'inProgress', 'resolved']),
    );
    expect(count("SELECT COUNT(*) AS n FROM cases WHERE open_due < '2026-11-29'")).toBeGreaterThan(
      0,
    );
    expect(count('SELECT COUNT(*) AS n FROM case_teams WHERE handed_back = 1')).toBeGreaterThan(0);
    expect(count('SELECT COUNT(*) AS n FROM cases WHERE session_at IS NOT NULL')).toBeGreaterThan(
      0,
    );
    expect(
      count(
        "SELECT COUNT(DISTINCT case_id) AS n FROM case_events WHERE type = 'routed' AND json_extract(body, '$.teams[1]') IS NOT NULL AND json_extract(body, '$.jointSession') IS NULL",
      ),
    ).toBeGreaterThan(0);
    expect(
      count("SELECT COUNT(*) AS n FROM case_events WHERE type = 'homeVisitArranged'"),
    ).toBeGreaterThan(0);
    expect(
      count("SELECT COUNT(*) AS n FROM case_events WHERE type = 'satisfaction'"),
    ).toBeGreaterThan(0);
    expect(
      count(
        "SELECT COUNT(*) AS n FROM records WHERE kind = 'intake' AND json_extract(body, '$.legalAid') IS NOT NULL",
      ),
    ).toBeGreaterThan(0);
    expect(count('SELECT COUNT(*) AS n FROM case_events WHERE account_id IS NOT NULL')).toBe(
      summary.teamActions,
    );
    expect(summary.phones.length).toBeGreaterThan(100);
    expect(count('SELECT COUNT(*) AS n FROM accounts')).toBe(10);
  });

  it('repeats exactly from the same seed', async () => {
    const a = await generated(11);
    const b = await generated(11);
    const shape = (db: typeof a.db) =>
      db
        .prepare('SELECT case_id, status, open_due, urgency_rank FROM cases ORDER BY case_id')
        .all();
    expect(shape(b.db)).toEqual(shape(a.db));
    expect(b.summary.phones).toEqual(a.summary.phones);
  });
});
