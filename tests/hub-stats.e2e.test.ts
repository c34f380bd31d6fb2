import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enroll,
  kioskPusher,
  postJson,
  seedSite,
  startTestHub,
  type Kiosk,
  type TestHub,
} from '../server/testing/test-hub';
import { issueCode } from '../server/store/codes';
import { purgeExpired } from '../server/store/retention';
import { addSite } from '../server/store/sites';
import { rebuildStats } from '../server/store/stats/rebuild';
import { statsFor } from '../server/store/stats/query';
import { figuresText, teamEventRequest } from '../server/store/stats/testing';
import { addTeam } from '../server/store/teams';
import { TEAM_API_PATHS } from '../server/routes/team-cases';
import { seededRandom, shuffle } from '../shared/cases/fixtures';
import type { TeamCaseEvent } from '../shared/cases/events';
import { CORE_SERVICE_IDS } from '../shared/catalogue/ids';
import { StatsFigures } from '../shared/stats/figures';
import { sh } from '../shared/stats/fixtures';
import { generateCase, generateIntake } from '../shared/stats/generate';

/**
 * The monthly statistics over real HTTP and a real SQLite file: kiosks in two rooms push their
 * records shuffled and partly twice, several at once (so pushes share group commits), linkage
 * teams post through their API, and the figures equal a recount from the records, before and
 * after the purge deletes the ended matters.
 */
let hub: TestHub;
const random = seededRandom(17);
let pushAs: ReturnType<typeof kioskPusher>;
let kiosks: Kiosk[] = [];
const tokens = new Map<string, string>();

beforeAll(async () => {
  hub = await startTestHub();
  pushAs = kioskPusher(hub);
  hub.clock.ms = sh(2027, 1, 10);
  const roomA = seedSite(hub);
  const roomB = addSite(
    hub.db,
    { street: 'tianping', roomName: { 'zh-CN': '天平客厅' }, address: { 'zh-CN': '一楼' } },
    hub.clock.ms,
  ).siteId;
  kiosks = [
    await enroll(hub, roomA.code),
    await enroll(hub, issueCode(hub.db, roomA.siteId, 3600_000, hub.clock.ms).code),
    await enroll(hub, issueCode(hub.db, roomB, 3600_000, hub.clock.ms).code),
  ];
  for (const service of CORE_SERVICE_IDS)
    tokens.set(service, addTeam(hub.db, service, `${service} team`, hub.clock.ms).token);
});
afterAll(async () => {
  await hub.close();
});

async function push(kiosk: Kiosk, records: readonly unknown[]) {
  return (await pushAs(kiosk, records)).map((a) => a.status);
}

async function teamPost(event: TeamCaseEvent) {
  const body = teamEventRequest(event);
  const res = await postJson(
    hub.url + TEAM_API_PATHS.events.replace(':caseId', event.caseId),
    body,
    { authorization: `Bearer ${tokens.get(event.team) ?? ''}`, 'content-type': 'application/json' },
  );
  expect(res.status).toBe(201); // stored (a re-send would be 200)
}

describe('statistics through the hub', () => {
  it('equal a recount after shuffled, repeated, concurrent pushes and team updates', async () => {
    // Room A: kiosk 0 takes tickets, kiosk 1 is the desk; room B's kiosk does both.
    const outboxes: unknown[][] = [[], [], []];
    const teams: TeamCaseEvent[][] = [];
    const start = sh(2026, 11, 20, 9);
    for (let n = 0; n < 70; n++) {
      const roomA = n % 3 !== 0;
      const intake = generateIntake(n, start + n * 5 * 3_600_000, random);
      outboxes[roomA ? 0 : 2]?.push(intake);
      const c = generateCase(random, { intake, deviceId: roomA ? 'dev_deska' : 'dev_roomb' });
      outboxes[roomA ? 1 : 2]?.push(...c.desk);
      for (const team of new Set(c.team.map((e) => e.team)))
        teams.push(c.team.filter((e) => e.team === team));
    }
    // Each outbox shuffled, a fifth sent twice, in batches of up to 20, all kiosks at once.
    const sends = outboxes.map((records) =>
      shuffle([...records, ...records.filter(() => random() < 0.2)], random),
    );
    // The first batch of every kiosk shares one group commit (held until all three queued);
    // the rest go as they come, kiosks at once.
    const groupsBefore = hub.app.pushGroups.groupsCommitted;
    const release = hub.app.pushGroups.hold();
    const firstBatches = sends.map((records, k) => push(kiosks[k] as Kiosk, records.splice(0, 10)));
    for (let waited = 0; hub.app.pushGroups.pending < 3; waited += 5) {
      if (waited > 10_000) throw new Error('the pushes never queued');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    release();
    await Promise.all(firstBatches);
    expect(hub.app.pushGroups.groupsCommitted - groupsBefore).toBe(1);
    await Promise.all(
      sends.map(async (records, k) => {
        for (let i = 0; i < records.length;) {
          const size = 1 + Math.floor(random() * 20);
          const acks = await push(kiosks[k] as Kiosk, records.slice(i, i + size));
          expect(acks.every((a) => a === 'stored' || a === 'duplicate')).toBe(true);
          i += size;
        }
      }),
    );
    // The teams post their updates in their own order; teams at once.
    await Promise.all(
      teams.map(async (events) => {
        for (const e of events) await teamPost(e);
      }),
    );

    expect(rebuildStats(hub.db, { dryRun: true })).toMatchObject({ differences: 0 });
    const answer = statsFor(
      hub.db,
      { scope: 'district', from: '2026-11', to: '2027-01' },
      hub.clock.ms,
    );
    expect(StatsFigures.parse(answer)).toEqual(answer);
    expect(answer.totals.intakes).toBe(70);
    const cases = hub.db.prepare('SELECT COUNT(*) FROM cases').pluck().get();
    expect(answer.totals.cases).toBe(cases);
    const street = statsFor(
      hub.db,
      { scope: 'street', id: 'tianping', from: '2026-11', to: '2027-01' },
      hub.clock.ms,
    );
    expect(street.totals.intakes).toBe(
      outboxes[2]?.filter((r) => (r as { kind: string }).kind === 'intake').length,
    );
  });

  it('keep every figure when the purge deletes the ended matters', () => {
    const figures = figuresText(hub.db);
    const query = { scope: 'district', from: '2026-11', to: '2027-01' } as const;
    const before = statsFor(hub.db, query, hub.clock.ms);
    const purged = purgeExpired(hub.db, sh(2030, 3, 1));
    expect(purged.cases).toBeGreaterThan(0);
    expect(figuresText(hub.db)).toBe(figures);
    expect(statsFor(hub.db, query, hub.clock.ms)).toEqual(before);
    const report = rebuildStats(hub.db, { dryRun: true });
    expect(report).toMatchObject({ differences: 0 });
    expect(report.archived).toBeGreaterThan(0);
  });
});
