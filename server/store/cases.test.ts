import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations/index';
import { openTempHubDb } from '../testing/temp-db';
import { pullChanges } from './changes';
import { issueCode } from './codes';
import { deriveMissingCases, findCase } from './cases';
import { enrollDevice } from './devices';
import { applyPush } from './records';
import { addSite } from './sites';
import { addTeam, authenticateTeam, listTeams, revokeTeam } from './teams';
import { listTeamCases, recordTeamEvent } from './team-cases';
import { TeamRefusal } from './team-refusal';
import { readCaseUpdate } from '../../shared/cases/case-update';
import { caseWriter, minutes, registeredBody, seededRandom } from '../../shared/cases/fixtures';
import { uuidv7 } from '../../shared/ids';
import { rollBackTo } from '../testing/roll-back';

const NOW = minutes(30);
let db: Db;
let cleanup: () => void;
const random = seededRandom(9);

beforeEach(() => ({ db, cleanup } = openTempHubDb()));
afterEach(() => cleanup());

function kiosk() {
  addSite(
    db,
    { street: 'xujiahui', roomName: { 'zh-CN': '客厅' }, address: { 'zh-CN': '一楼' } },
    NOW,
  );
  const { code } = issueCode(db, 'xujiahui', 3600_000, NOW);
  const { deviceId } = enrollDevice(db, code, null, NOW, 0);
  let seq = 0;
  return {
    device: { id: deviceId, siteId: 'xujiahui' },
    push(records: unknown[]) {
      const time = new Date(NOW).toISOString();
      return applyPush(
        db,
        records.map((record) => ({ seq: ++seq, record, kioskTime: time })),
        { device: { id: deviceId, siteId: 'xujiahui' }, now: NOW, offsetMs: 0 },
      );
    },
  };
}

function routedEvents(caseId = uuidv7(minutes(1))) {
  const desk = caseWriter(caseId, { random });
  return [
    desk.desk('registered', minutes(5), registeredBody(caseId)),
    desk.desk('routed', minutes(8), {
      teams: ['lawyer'],
      dueDate: '2026-12-06',
      jointSession: null,
    }),
  ];
}

describe('case events in a push', () => {
  it('are indexed, derived and published to the site in the push transaction', () => {
    const k = kiosk();
    const events = routedEvents();
    const caseId = events[0]?.caseId ?? '';
    expect(k.push(events).map((a) => a.status)).toEqual(['stored', 'stored']);
    expect(db.prepare('SELECT status, due_date FROM cases').get()).toEqual({
      status: 'awaitingTeams',
      due_date: '2026-12-06',
    });
    const change = pullChanges(db, 'xujiahui', 0, 100).changes.find((c) => c.kind === 'case');
    expect(change?.key).toBe(caseId);
    expect(readCaseUpdate(change?.body)?.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('are left out of the index when the whole push fails', () => {
    const k = kiosk();
    const events = routedEvents();
    // A failing write of the derived case (a trigger stands in for a full disk) fails the push.
    db.exec(
      "CREATE TRIGGER fail_cases BEFORE INSERT ON cases BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    expect(() => k.push(events)).toThrow(/disk full/);
    db.exec('DROP TRIGGER fail_cases');
    for (const table of ['records', 'case_events', 'cases', 'changes'])
      expect(
        (
          db
            .prepare(
              `SELECT COUNT(*) AS n FROM ${table} WHERE ${table === 'changes' ? "kind = 'case'" : '1'}`,
            )
            .get() as {
            n: number;
          }
        ).n,
      ).toBe(0);
  });
});

describe('migration 2', () => {
  it('indexes case events stored before it, and their cases are derived at start', () => {
    const k = kiosk();
    const events = routedEvents();
    k.push(events);
    // Take this database back to schema 1, where the events were stored as records only.
    rollBackTo(db, 1);
    expect(migrate(db, MIGRATIONS)).toBe(MIGRATIONS.length);
    expect(deriveMissingCases(db, NOW)).toBe(1);
    expect(findCase(db, events[0]?.caseId ?? '')?.status).toBe('awaitingTeams');
    expect(listTeamCases(db, 'lawyer', 'open')).toHaveLength(1);
    expect(deriveMissingCases(db, NOW)).toBe(0);
  });
});

describe('teams', () => {
  it('issue a token kept hashed, authenticate it, and stop working once revoked', () => {
    const { team, token } = addTeam(db, 'notary', '徐汇公证处', NOW);
    const [id, secret] = token.split('.') as [string, string];
    expect(authenticateTeam(db, id, secret)).toEqual(team);
    expect(JSON.stringify(db.prepare('SELECT * FROM teams').all())).not.toContain(secret);
    expect(() => authenticateTeam(db, id, 'wrong')).toThrow(/unknown team or wrong token/);
    expect(revokeTeam(db, id, NOW)).toBe(true);
    expect(() => authenticateTeam(db, id, secret)).toThrow(TeamRefusal);
    expect(listTeams(db)[0]?.revokedAt).toBe(NOW);
    expect(revokeTeam(db, 'team_nosuchteamaaaaaa', NOW)).toBe(false);
  });

  it('move a case forward only once resolved, and never twice', () => {
    const k = kiosk();
    const events = routedEvents();
    const caseId = events[0]?.caseId ?? '';
    k.push(events);
    const actor = { service: 'lawyer' as const, teamId: null };
    const at = new Date(NOW).toISOString();
    const resolved = recordTeamEvent(
      db,
      actor,
      caseId,
      { id: uuidv7(NOW), type: 'teamResolved', result: '已出具意见', at },
      NOW,
    );
    expect(resolved.case).toMatchObject({ stage: 'resolved', status: 'resultReady' });
    expect(() =>
      recordTeamEvent(db, actor, caseId, { id: uuidv7(NOW), type: 'teamAccepted', at }, NOW),
    ).toThrow(expect.objectContaining({ code: 'case_resolved_already' }));
  });
});
