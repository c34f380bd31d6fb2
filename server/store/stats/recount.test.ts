import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { openTempHubDb } from '../../testing/temp-db';
import { rebuildStats } from './rebuild';
import { addRoom, figuresText, kioskAt, postTeamEvent } from './testing';
import { seededRandom, shuffle } from '../../../shared/cases/fixtures';
import type { TeamCaseEvent } from '../../../shared/cases/events';
import { sh } from '../../../shared/stats/fixtures';
import { generateCase, generateIntake } from '../../../shared/stats/generate';
import { makeSuggestion } from '../../../shared/sync/fixtures';

/**
 * The figures counted as records arrive equal a recount from the records, whatever order the
 * records arrive in and however often: several kiosks in two rooms, desks and linkage teams, every
 * record shuffled, some sent twice, pushed in batches of random sizes, and compared with the same
 * records delivered in the order they were made.
 */

const NOW = sh(2027, 3, 1); // the hub's clock: after every event (teams may not post ahead of it)
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

interface Scenario {
  /** What each pushing device sends, in the order it made them. */
  byDevice: { intakeKiosk: unknown[]; desk: unknown[]; roomB: unknown[] };
  /** Each (case, team)'s events in the order the team wrote them. */
  teams: TeamCaseEvent[][];
}

function scenario(seed: number): Scenario {
  const random = seededRandom(seed);
  const byDevice: Scenario['byDevice'] = { intakeKiosk: [], desk: [], roomB: [] };
  const teams: TeamCaseEvent[][] = [];
  const start = sh(2026, 11, 15, 9);
  const span = sh(2026, 12, 20, 17) - start;
  const addCase = (c: ReturnType<typeof generateCase>, desk: unknown[]) => {
    desk.push(...c.desk);
    const byTeam = new Map<string, TeamCaseEvent[]>();
    for (const e of c.team) byTeam.set(e.team, [...(byTeam.get(e.team) ?? []), e]);
    teams.push(...byTeam.values());
  };
  for (let n = 0; n < 260; n++) {
    const roomA = n % 5 < 3;
    const intake = generateIntake(n, start + Math.floor(random() * span), random);
    (roomA ? byDevice.intakeKiosk : byDevice.roomB).push(intake);
    if (random() < 0.6)
      addCase(
        generateCase(random, {
          intake,
          deviceId: roomA ? 'dev_deskaaaaaaaaaaaa' : 'dev_roombbbbbbbbbbbb',
        }),
        roomA ? byDevice.desk : byDevice.roomB,
      );
  }
  for (let n = 0; n < 25; n++) {
    const roomA = n % 5 < 3;
    const walkInAt = start + Math.floor(random() * span);
    addCase(
      generateCase(random, { walkInAt, deviceId: 'dev_walkinaaaaaaaaaa' }),
      roomA ? byDevice.desk : byDevice.roomB,
    );
  }
  for (let n = 0; n < 15; n++) {
    const s = makeSuggestion(`建议 ${n}`, start + Math.floor(random() * span));
    (n % 3 === 0 ? byDevice.roomB : byDevice.intakeKiosk).push(s);
  }
  return { byDevice, teams };
}

function hubWithRooms() {
  const { db, cleanup } = openTempHubDb();
  cleanups.push(cleanup);
  // Thousands of small transactions; this test is about what they write, not about the disk.
  db.pragma('synchronous = OFF');
  const roomA = addRoom(db, 'xujiahui', NOW);
  const roomB = addRoom(db, 'tianping', NOW);
  return {
    db,
    kiosks: {
      intakeKiosk: kioskAt(db, roomA, NOW),
      desk: kioskAt(db, roomA, NOW),
      roomB: kioskAt(db, roomB, NOW),
    },
  };
}

const timeOf = (record: unknown) => Date.parse((record as { createdAt: string }).createdAt);

/**
 * Everything delivered in the order it was made: a device's records made one after another go in
 * one push (as an outbox sends them), a team's event as soon as it was written.
 */
function deliverInOrder(s: Scenario) {
  const hub = hubWithRooms();
  type Item = { at: number; from: keyof Scenario['byDevice'] | null; item: unknown };
  const items: Item[] = [];
  for (const [from, records] of Object.entries(s.byDevice) as [
    keyof Scenario['byDevice'],
    unknown[],
  ][])
    for (const item of records) items.push({ at: timeOf(item), from, item });
  for (const events of s.teams)
    for (const item of events) items.push({ at: timeOf(item), from: null, item });
  items.sort((a, b) => a.at - b.at);
  for (let i = 0; i < items.length;) {
    const { from, item } = items[i] as Item;
    if (from === null) {
      postTeamEvent(hub.db, item as TeamCaseEvent, NOW);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < items.length && end - i < 50 && items[end]?.from === from) end++;
    hub.kiosks[from].push(
      items.slice(i, end).map((x) => x.item),
      NOW,
    );
    i = end;
  }
  return hub.db;
}

/** Everything shuffled, some sent twice, kiosks and teams interleaved at random. */
function deliverShuffled(s: Scenario, seed: number) {
  const hub = hubWithRooms();
  const random = seededRandom(seed);
  const queues = (Object.entries(s.byDevice) as [keyof Scenario['byDevice'], unknown[]][]).map(
    ([name, records]) => ({
      kiosk: hub.kiosks[name],
      pending: shuffle([...records, ...records.filter(() => random() < 0.15)], random),
    }),
  );
  const teams = s.teams.map((events) => ({
    pending: events.flatMap((e) => (random() < 0.1 ? [e, e] : [e])),
  }));
  const routed = hub.db.prepare('SELECT 1 FROM case_teams WHERE case_id = ? AND team = ?');
  const isReady = (t: { pending: TeamCaseEvent[] }) =>
    t.pending[0] !== undefined && routed.get(t.pending[0].caseId, t.pending[0].team) !== undefined;
  for (;;) {
    const kiosks = queues.filter((q) => q.pending.length > 0);
    // A team posts once the hub has the routing that names it; otherwise a kiosk pushes.
    const team =
      kiosks.length === 0
        ? teams.find(isReady)
        : random() < 0.3
          ? teams[Math.floor(random() * teams.length)]
          : undefined;
    if (team && isReady(team)) {
      const event = team.pending.shift();
      if (event) postTeamEvent(hub.db, event, NOW);
    } else if (kiosks.length > 0) {
      const q = kiosks[Math.floor(random() * kiosks.length)];
      if (q) q.kiosk.push(q.pending.splice(0, 1 + Math.floor(random() * 25)), NOW);
    } else break;
  }
  expect(teams.every((t) => t.pending.length === 0)).toBe(true);
  return hub.db;
}

/** Intakes per room, month, prompt and consent counted straight from the records in SQL. */
function intakesBySql(db: Db) {
  return db
    .prepare(
      `SELECT site_id, strftime('%Y-%m', kiosk_created_at, '+8 hours') AS month,
         json_extract(body, '$.prompt') AS prompt,
         CASE json_extract(body, '$.consent.general') WHEN 1 THEN 'yes' ELSE 'no' END AS consent,
         COUNT(*) AS n
       FROM records WHERE kind = 'intake' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .raw()
    .all();
}
function intakesByFigures(db: Db) {
  return db
    .prepare(
      `SELECT scope, month, d1, d2, n FROM stats_monthly
       WHERE measure = 'intake' AND scope <> '*' ORDER BY 1, 2, 3, 4`,
    )
    .raw()
    .all();
}

describe('the figures equal a recount from the records', () => {
  it('after random sync orders and duplicates, across kiosks, desks and teams', () => {
    const s = scenario(7);
    const inOrder = deliverInOrder(s);
    const expected = figuresText(inOrder);
    expect(JSON.parse(expected)).not.toHaveLength(0);
    expect(rebuildStats(inOrder, { dryRun: true })).toMatchObject({ differences: 0 });
    // The intake figures match a count made straight from the records in SQL, too.
    expect(intakesByFigures(inOrder)).toEqual(intakesBySql(inOrder));

    for (const seed of [1, 2]) {
      const shuffled = deliverShuffled(s, seed);
      expect(figuresText(shuffled)).toBe(expected);
      const report = rebuildStats(shuffled, { dryRun: true });
      expect(report).toMatchObject({ differences: 0, archived: 0 });
      expect(report.cases).toBeGreaterThan(150);
    }
  });

  it('no-shows and closed cases match the derived cases table', () => {
    const db = deliverInOrder(scenario(8));
    const bySql = (status: string) =>
      db.prepare(`SELECT COUNT(*) FROM cases WHERE status = ?`).pluck().get(status);
    const byFigures = (measure: string, d1?: string) =>
      db
        .prepare(
          `SELECT COALESCE(SUM(n), 0) FROM stats_monthly WHERE scope = '*' AND measure = ? AND (? IS NULL OR d1 = ?)`,
        )
        .pluck()
        .get(measure, d1 ?? null, d1 ?? null);
    expect(byFigures('case', 'noShow')).toBe(bySql('noShow'));
    expect(byFigures('closed')).toBe(bySql('closed'));
    expect(byFigures('case')).toBe(db.prepare('SELECT COUNT(*) FROM cases').pluck().get());
  });
});
