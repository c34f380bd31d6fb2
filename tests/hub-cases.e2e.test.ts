import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enroll,
  kioskPusher,
  kioskTime,
  postJson,
  rowCounts,
  seedSite,
  snapshot,
  startTestHub,
  type Kiosk,
  type TestHub,
} from '../server/testing/test-hub';
import { issueCode } from '../server/store/codes';
import { addSite } from '../server/store/sites';
import { addTeam, revokeTeam } from '../server/store/teams';
import { TEAM_API_PATHS } from '../server/routes/team-cases';
import { uuidv7 } from '../shared/ids';
import type { ServiceId } from '../shared/catalogue/ids';
import { readCaseUpdate } from '../shared/cases/case-update';
import { deriveCase } from '../shared/cases/derive';
import type { CaseEvent } from '../shared/cases/events';
import { caseWriter, minutes, registeredBody, seededRandom } from '../shared/cases/fixtures';
import { makeIntake } from '../shared/sync/fixtures';
import { API_PATHS, PullResponse } from '../shared/sync/protocol';

/**
 * Cases at the hub over real HTTP and a real SQLite file: kiosks push case events through the
 * exactly-once sync, the hub derives each case with the shared rule and publishes it to the
 * site's pull feed, and linkage teams update their cases through the authenticated team API.
 */
let hub: TestHub;
let siteId: string;
let deskA: Kiosk;
let deskB: Kiosk;
let pushAs: ReturnType<typeof kioskPusher>;
const random = seededRandom(4);
let lawyerToken: string;
let notaryToken: string;

beforeAll(async () => {
  hub = await startTestHub();
  pushAs = kioskPusher(hub);
  // The hub's clock: 2026-11-29 09:20 Shanghai, so team updates fall between desk events.
  hub.clock.ms = minutes(20);
  ({ siteId } = seedSite(hub));
  deskA = await enroll(hub, issueCode(hub.db, siteId, 3600_000, hub.clock.ms).code);
  deskB = await enroll(hub, issueCode(hub.db, siteId, 3600_000, hub.clock.ms).code);
  lawyerToken = addTeam(hub.db, 'lawyer', '徐汇区志愿律师团', hub.clock.ms).token;
  notaryToken = addTeam(hub.db, 'notary', '徐汇公证处', hub.clock.ms).token;
});
afterAll(async () => {
  await hub.close();
});

const push = (kiosk: Kiosk, records: readonly unknown[]) => pushAs(kiosk, records);

/** Every `case` change the kiosk's pull receives, keyed by case id. */
async function pulledCases(kiosk: Kiosk) {
  const res = await fetch(`${hub.url}${API_PATHS.pull}?cursor=0&limit=500`, {
    headers: kiosk.headers,
  });
  const page = PullResponse.parse(await res.json());
  const cases = new Map<string, { status: string; events: CaseEvent[] }>();
  for (const change of page.changes.filter((c) => c.kind === 'case')) {
    const read = readCaseUpdate(change.body);
    if (!read) throw new Error('the hub sent an unreadable case change');
    expect(read.skipped).toBe(0);
    cases.set(change.key, {
      status: (change.body as { status: string }).status,
      events: read.events,
    });
  }
  return cases;
}

const teamHeaders = (token: string) => ({
  authorization: `Bearer ${token}`,
  'content-type': 'application/json',
});

async function teamGet(token: string, path: string) {
  const res = await fetch(hub.url + path, { headers: teamHeaders(token) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function teamEvent(token: string, caseId: string, body: unknown) {
  return postJson(
    hub.url + TEAM_API_PATHS.events.replace(':caseId', caseId),
    body,
    teamHeaders(token),
  );
}

/** A new update's id and time; the hub's clock moves a second, so updates sort as sent. */
function fresh(): { id: string; at: string } {
  hub.clock.ms += 1000;
  return { id: uuidv7(hub.clock.ms), at: kioskTime(hub.clock.ms) };
}

/** A kiosk ticket registered and routed at the desk, pushed by `kiosk`. */
async function routedCase(kiosk: Kiosk, teams: ServiceId[], deviceId = 'dev_deska') {
  const intake = makeIntake(Math.floor(random() * 1000), minutes(1));
  const desk = caseWriter(intake.id, { deviceId, random });
  const events = [
    desk.desk('called', minutes(2), { ticket: { number: 'A-007', day: '2026-11-29' } }),
    desk.desk('registered', minutes(5), registeredBody(intake.id)),
    desk.desk('routed', minutes(8), { teams, dueDate: '2026-12-06', jointSession: null }),
  ];
  const acks = await push(kiosk, [intake, ...events]);
  expect(acks.map((a) => a.status)).toEqual(['stored', 'stored', 'stored', 'stored']);
  return { caseId: intake.id, desk, events };
}

const caseEventCount = (caseId: string) =>
  (
    hub.db.prepare('SELECT COUNT(*) AS n FROM case_events WHERE case_id = ?').get(caseId) as {
      n: number;
    }
  ).n;

describe('a case from the desk to the team and back', () => {
  it('appears in the team list, takes the team updates and reaches the kiosk with every event', async () => {
    const { caseId, desk } = await routedCase(deskA, ['lawyer']);

    const listed = await teamGet(lawyerToken, `${TEAM_API_PATHS.cases}?status=open`);
    expect(listed.status).toBe(200);
    const open = listed.body.cases as { caseId: string; stage: string; matter: string }[];
    expect(open.find((c) => c.caseId === caseId)).toMatchObject({
      stage: 'routed',
      status: 'awaitingTeams',
      siteId,
      dueDate: '2026-12-06',
      category: 'lawyer',
      matter: '房东不退押金，想咨询怎么办',
      resident: { surname: '王', salutation: 'ms', phone: '13812345678' },
    });
    // The notary office was not asked: it does not see the case.
    const notary = await teamGet(notaryToken, TEAM_API_PATHS.cases);
    expect((notary.body.cases as { caseId: string }[]).map((c) => c.caseId)).not.toContain(caseId);

    const accepted = await teamEvent(lawyerToken, caseId, {
      ...fresh(),
      type: 'teamAccepted',
    });
    expect(accepted).toMatchObject({
      status: 201,
      body: { status: 'stored', case: { stage: 'accepted' } },
    });
    const noted = await teamEvent(lawyerToken, caseId, {
      ...fresh(),
      type: 'teamProgress',
      note: '已电话联系，约周三面谈',
    });
    expect(noted).toMatchObject({ status: 201, body: { case: { stage: 'inProgress' } } });
    const resolved = await teamEvent(lawyerToken, caseId, {
      ...fresh(),
      type: 'teamResolved',
      result: '律师面谈后出具书面意见，建议先书面催告',
    });
    expect(resolved).toMatchObject({
      status: 201,
      body: { case: { stage: 'resolved', status: 'resultReady' } },
    });

    // The kiosk's pull brings the whole history and the status the shared rule derives from it.
    const pulled = (await pulledCases(deskA)).get(caseId);
    expect(pulled?.status).toBe('resultReady');
    expect(pulled?.events.map((e) => e.type)).toEqual([
      'called',
      'registered',
      'routed',
      'teamAccepted',
      'teamProgress',
      'teamResolved',
    ]);
    expect(deriveCase(pulled?.events ?? []).teams[0]).toMatchObject({
      team: 'lawyer',
      stage: 'resolved',
      result: '律师面谈后出具书面意见，建议先书面催告',
    });

    // Resolved cases leave the open list and show in the resolved one.
    const openAfter = await teamGet(lawyerToken, TEAM_API_PATHS.cases);
    expect((openAfter.body.cases as { caseId: string }[]).map((c) => c.caseId)).not.toContain(
      caseId,
    );
    const done = await teamGet(lawyerToken, `${TEAM_API_PATHS.cases}?status=resolved`);
    expect((done.body.cases as { caseId: string }[]).map((c) => c.caseId)).toContain(caseId);

    // The desk tells the resident and closes: the feed follows.
    const report = desk.desk('resultReported', minutes(40), {
      how: 'phone',
      reportedAt: '2026-11-29T09:40:00+08:00',
      note: null,
    });
    const closed = desk.desk('closed', minutes(41), { reportedEventId: report.id });
    await push(deskA, [report, closed]);
    expect((await pulledCases(deskA)).get(caseId)?.status).toBe('closed');
    const row = hub.db
      .prepare('SELECT status, event_count FROM cases WHERE case_id = ?')
      .get(caseId);
    expect(row).toEqual({ status: 'closed', event_count: 8 });
  });

  it('shows a case from another site to the team it was routed to, but only that site pulls it', async () => {
    const other = addSite(
      hub.db,
      { street: 'tianlin', roomName: { 'zh-CN': '田林客厅' }, address: { 'zh-CN': '二楼' } },
      hub.clock.ms,
    );
    const tianlin = await enroll(hub, issueCode(hub.db, other.siteId, 3600_000, hub.clock.ms).code);
    const { caseId } = await routedCase(tianlin, ['notary', 'lawyer'], 'dev_tianlin');
    const listed = await teamGet(notaryToken, TEAM_API_PATHS.cases);
    expect(listed.body.cases).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          caseId,
          siteId: other.siteId,
          otherTeams: [{ team: 'lawyer', stage: 'routed' }],
        }),
      ]),
    );
    expect((await pulledCases(tianlin)).has(caseId)).toBe(true);
    expect((await pulledCases(deskA)).has(caseId)).toBe(false);
    // A kiosk of another site may not add to the case.
    const intruder = caseWriter(caseId, { deviceId: 'dev_intruder', random });
    const acks = await push(deskA, [intruder.desk('note', minutes(20), { text: '误操作' })]);
    expect(acks[0]).toMatchObject({
      status: 'rejected',
      reason: 'this case belongs to another site',
    });
    expect(caseEventCount(caseId)).toBe(3);
  });
});

describe('exactly once', () => {
  it('stores the same team update once, answers the re-send as a duplicate, and refuses a reused id', async () => {
    const { caseId } = await routedCase(deskA, ['lawyer']);
    const update = { ...fresh(), type: 'teamAccepted' };
    expect((await teamEvent(lawyerToken, caseId, update)).status).toBe(201);
    const before = snapshot(hub.db);
    const again = await teamEvent(lawyerToken, caseId, update);
    expect(again).toMatchObject({
      status: 200,
      body: { status: 'duplicate', case: { stage: 'accepted' } },
    });
    expect(snapshot(hub.db)).toBe(before);
    expect(caseEventCount(caseId)).toBe(4);

    const reused = await teamEvent(lawyerToken, caseId, {
      ...update,
      type: 'teamProgress',
      note: '另一条',
    });
    expect(reused).toMatchObject({ status: 409, body: { error: 'event_id_reused' } });
    expect(snapshot(hub.db)).toBe(before);
  });

  it('stores a re-pushed desk event once', async () => {
    const { caseId, events } = await routedCase(deskA, ['mediation']);
    const acks = await push(deskA, events);
    expect(acks.map((a) => a.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(caseEventCount(caseId)).toBe(3);
    expect((await pulledCases(deskA)).get(caseId)?.events).toHaveLength(3);
  });

  it('keeps the events of two desks that write to one case at the same moment', async () => {
    const { caseId } = await routedCase(deskA, ['lawyer']);
    const a = caseWriter(caseId, { deviceId: 'dev_deska', volunteer: 'demo-zhang', random });
    const b = caseWriter(caseId, { deviceId: 'dev_deskb', volunteer: 'demo-li', random });
    // Both desks route again at the same minute, each adding a team; both push in one group commit.
    const fromA = a.desk('routed', minutes(30), {
      teams: ['notary'],
      dueDate: '2026-12-08',
      jointSession: null,
    });
    const fromB = b.desk('routed', minutes(30), {
      teams: ['legalAid'],
      dueDate: '2026-12-10',
      jointSession: null,
    });
    const noteB = b.desk('note', minutes(31), { text: '居民补充了材料' });
    const release = hub.app.pushGroups.hold();
    const pushes = [push(deskA, [fromA]), push(deskB, [fromB, noteB])];
    for (let waited = 0; hub.app.pushGroups.pending < 2; waited += 5) {
      if (waited > 10_000) throw new Error('the pushes never queued');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    release();
    await Promise.all(pushes);

    expect(caseEventCount(caseId)).toBe(6);
    for (const kiosk of [deskA, deskB]) {
      const pulled = (await pulledCases(kiosk)).get(caseId);
      expect(pulled?.events.map((e) => e.id)).toEqual(
        expect.arrayContaining([fromA.id, fromB.id, noteB.id]),
      );
      // Routing only adds teams; the later of the two routings (by time, then id) sets the due date.
      const view = deriveCase(pulled?.events ?? []);
      expect(view.teams.map((t) => t.team).sort()).toEqual(['lawyer', 'legalAid', 'notary']);
      expect(view.dueDate).toBe(fromA.id < fromB.id ? '2026-12-10' : '2026-12-08');
    }
    const teams = hub.db
      .prepare('SELECT team FROM case_teams WHERE case_id = ? ORDER BY team')
      .pluck()
      .all(caseId);
    expect(teams).toEqual(['lawyer', 'legalAid', 'notary']);
  });
});

describe('refusals change nothing', () => {
  it('refuses bad input, unknown cases, other teams, resolved cases and bad credentials with 4xx codes', async () => {
    const { caseId } = await routedCase(deskA, ['lawyer']);
    await teamEvent(lawyerToken, caseId, {
      ...fresh(),
      type: 'teamResolved',
      result: '已解答',
    });
    const resolvedCase = caseId;
    const open = (await routedCase(deskA, ['lawyer'])).caseId;
    const before = snapshot(hub.db);
    const good = { ...fresh(), type: 'teamAccepted' };
    const cases: [string, Promise<{ status: number; body: unknown }>, number, string][] = [
      [
        'unknown type',
        teamEvent(lawyerToken, open, { ...good, type: 'closed' }),
        400,
        'bad_request',
      ],
      [
        'progress without a note',
        teamEvent(lawyerToken, open, { ...good, type: 'teamProgress' }),
        400,
        'bad_request',
      ],
      [
        'resolved with an empty result',
        teamEvent(lawyerToken, open, { ...good, type: 'teamResolved', result: '  ' }),
        400,
        'bad_request',
      ],
      [
        'a note on an acceptance',
        teamEvent(lawyerToken, open, { ...good, note: 'x' }),
        400,
        'bad_request',
      ],
      [
        'an unknown field',
        teamEvent(lawyerToken, open, { ...good, team: 'notary' }),
        400,
        'bad_request',
      ],
      [
        'an id that is not UUID v7',
        teamEvent(lawyerToken, open, { ...good, id: 'abc' }),
        400,
        'bad_request',
      ],
      [
        'a time without offset',
        teamEvent(lawyerToken, open, { ...good, at: '2026-11-29 10:00' }),
        400,
        'bad_request',
      ],
      [
        'a time far ahead',
        teamEvent(lawyerToken, open, { ...good, at: kioskTime(hub.clock.ms + 3600_000) }),
        400,
        'bad_request',
      ],
      ['a malformed case id', teamEvent(lawyerToken, 'not-a-case', good), 400, 'bad_request'],
      ['a body that is not JSON', teamEvent(lawyerToken, open, '{"id":'), 400, 'bad_request'],
      ['an unknown case', teamEvent(lawyerToken, uuidv7(minutes(3)), good), 404, 'case_not_found'],
      ['another team', teamEvent(notaryToken, open, good), 403, 'case_not_routed'],
      [
        'resolved already',
        teamEvent(lawyerToken, resolvedCase, good),
        409,
        'case_resolved_already',
      ],
      [
        'no token',
        postJson(hub.url + TEAM_API_PATHS.events.replace(':caseId', open), good),
        401,
        'unauthenticated',
      ],
      [
        'a wrong secret',
        teamEvent(`${lawyerToken.split('.')[0] ?? ''}.wrong`, open, good),
        401,
        'unauthenticated',
      ],
      [
        'a kiosk credential',
        postJson(hub.url + TEAM_API_PATHS.events.replace(':caseId', open), good, deskA.headers),
        401,
        'unauthenticated',
      ],
    ];
    for (const [what, request, status, code] of cases) {
      const res = await request;
      expect({ what, status: res.status, error: (res.body as { error?: string }).error }).toEqual({
        what,
        status,
        error: code,
      });
    }
    // Reading is refused the same way.
    expect((await teamGet(notaryToken, TEAM_API_PATHS.case.replace(':caseId', open))).status).toBe(
      403,
    );
    expect((await teamGet(lawyerToken, `${TEAM_API_PATHS.cases}?status=everything`)).status).toBe(
      400,
    );
    expect(snapshot(hub.db)).toBe(before);

    // A revoked team hears so, and its token no longer works.
    const { team, token } = addTeam(hub.db, 'lawyer', '已撤销团队', hub.clock.ms);
    revokeTeam(hub.db, team.id, hub.clock.ms);
    const revokedBefore = snapshot(hub.db);
    expect(await teamEvent(token, open, good)).toMatchObject({
      status: 403,
      body: { error: 'team_revoked' },
    });
    expect(snapshot(hub.db)).toBe(revokedBefore);
    // Nothing leaked into the log: no token, no free text.
    expect(hub.logText()).not.toContain(token.split('.')[1] ?? 'x');
    expect(hub.logText()).not.toContain('已解答');
    expect(rowCounts(hub.db).teams).toBe(3);
  });

  it('gives a team its case with the whole history', async () => {
    const { caseId, events } = await routedCase(deskA, ['forensic']);
    const token = addTeam(hub.db, 'forensic', '青年司法鉴定志愿者', hub.clock.ms).token;
    const res = await teamGet(token, TEAM_API_PATHS.case.replace(':caseId', caseId));
    expect(res.status).toBe(200);
    expect((res.body.events as { id: string }[]).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(res.body.case).toMatchObject({ caseId, stage: 'routed' });
  });
});

describe('what the desk adds: a look at the phone, a same-day reopen, a visit with its address', () => {
  it('syncs them exactly once, folds the reopen at the hub, and shows the address to the visiting team only', async () => {
    const { caseId, desk } = await routedCase(deskA, ['lawyer']);
    const legalAidToken = addTeam(hub.db, 'legalAid', '徐汇区法律援助中心', hub.clock.ms).token;
    const visit = desk.desk('homeVisitArranged', minutes(9), {
      team: 'legalAid',
      reason: 'elderly',
      visitBy: '2026-12-03',
      time: '09:30',
      address: '天平路 100 弄 3 号 201 室',
    });
    const looked = desk.desk('phoneShown', minutes(39), {});
    const report = desk.desk('resultReported', minutes(40), {
      how: 'phone',
      reportedAt: '2026-11-29T09:40:00+08:00',
      note: null,
    });
    const closed = desk.desk('closed', minutes(41), { reportedEventId: report.id });
    const reopened = desk.desk('reopened', minutes(45), { closedEventId: closed.id });
    const added = [visit, looked, report, closed, reopened];
    expect((await push(deskA, added)).map((a) => a.status)).toEqual(added.map(() => 'stored'));
    // Sent again (an answer lost on the way): stored once.
    expect((await push(deskA, added)).map((a) => a.status)).toEqual(added.map(() => 'duplicate'));
    expect(caseEventCount(caseId)).toBe(3 + added.length);

    // The hub folds the reopen like the kiosk: told, not closed.
    const pulled = (await pulledCases(deskA)).get(caseId);
    expect(pulled?.status).toBe('reported');
    expect(pulled?.events.filter((e) => e.type === 'phoneShown').map((e) => e.actor)).toEqual([
      { kind: 'volunteer', id: 'demo-zhang' },
    ]);
    expect(hub.db.prepare('SELECT status FROM cases WHERE case_id = ?').pluck().get(caseId)).toBe(
      'reported',
    );

    const path = TEAM_API_PATHS.case.replace(':caseId', caseId);
    const visiting = await teamGet(legalAidToken, path);
    expect(visiting.body.case).toMatchObject({
      dueDate: '2026-12-06',
      matter: '房东不退押金，想咨询怎么办',
      resident: { phone: '13812345678' },
      homeVisit: { visitBy: '2026-12-03', time: '09:30', address: '天平路 100 弄 3 号 201 室' },
    });
    const routed = await teamGet(lawyerToken, path);
    expect(routed.body.case).toMatchObject({
      resident: { phone: '13812345678' },
      homeVisitAsked: 'elderly',
      homeVisit: null,
    });
    expect(JSON.stringify(routed.body)).not.toContain('天平路');
    // Nothing personal in the hub's log.
    expect(hub.logText()).not.toContain('天平路');
    expect(hub.logText()).not.toContain('13812345678');
  });
});
