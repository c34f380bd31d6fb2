import { afterEach, describe, expect, it } from 'vitest';
import { openTempHubDb } from '../testing/temp-db';
import { seedRoom, seedRoutedCase } from './testing/seed-cases';
import { seedAccount } from './testing/console-client';
import { findCase } from '../store/cases';
import { recordConsoleTeamAction } from './team-actions';
import { recordOfficeAction } from './office-actions';
import { listTeamCases } from './case-lists';
import { listTriage } from './triage-lists';
import { ConsoleRefusal } from './refusal';
import { uuidv7 } from '../../shared/ids';
import { TeamCasesQuery, TriageQuery } from '../../shared/console/requests';
import { unacceptedCutoff } from '../../shared/cases/triage';

const NOW = Date.UTC(2026, 10, 25, 2, 0, 0); // a Wednesday, 10:00 in Shanghai
const DAY = 24 * 3600_000;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function setUp() {
  const temp = openTempHubDb();
  cleanups.push(temp.cleanup);
  const room = seedRoom(temp.db, 'xujiahui', NOW - 10 * DAY);
  const office = await seedAccount(temp.db, 'zhongtai', 'middle-office');
  const lawyer = await seedAccount(temp.db, 'lawyer', 'team-member', { service: 'lawyer' });
  const mediation = await seedAccount(temp.db, 'mediation', 'team-member', {
    service: 'mediation',
  });
  return { db: temp.db, room, office, lawyer, mediation };
}
const triage = (db: Parameters<typeof listTriage>[0], reason: string, now = NOW) =>
  listTriage(db, TriageQuery.parse({ reason }), now, 2);
const events = (db: Parameters<typeof findCase>[0], id: string) =>
  findCase(db, id)?.timeline.length ?? 0;

describe('the middle office triage queue and its actions', () => {
  it('re-routes a handed-back case: the new team has it in its inbox, the old one lets go', async () => {
    const { db, room, office, lawyer, mediation } = await setUp();
    const caseId = seedRoutedCase(db, room, ['lawyer'], NOW - 3 * DAY);
    recordConsoleTeamAction(
      db,
      lawyer,
      caseId,
      { id: uuidv7(), type: 'teamAccepted' },
      'x',
      NOW - 2 * DAY,
    );
    recordConsoleTeamAction(
      db,
      lawyer,
      caseId,
      { id: uuidv7(), type: 'teamHandedBack', reason: '属于调解范围' },
      'x',
      NOW - DAY,
    );
    expect(triage(db, 'handedBack').rows.map((r) => r.caseId)).toEqual([caseId]);

    recordOfficeAction(
      db,
      office,
      caseId,
      {
        id: uuidv7(),
        type: 'rerouted',
        seenEvents: events(db, caseId),
        teams: ['mediation'],
        dueDate: '2026-12-04',
        jointSession: null,
        reason: '转人民调解',
      },
      'x',
      NOW,
    );
    expect(triage(db, 'handedBack').total).toBe(0);
    const inbox = listTeamCases(db, mediation, TeamCasesQuery.parse({ view: 'new' }), NOW);
    expect(inbox.rows.map((r) => r.caseId)).toEqual([caseId]);
    const view = findCase(db, caseId);
    expect(view?.status).toBe('awaitingTeams');
    expect(view?.dueDate).toBe('2026-12-04');
    expect(view?.teams.find((t) => t.team === 'lawyer')?.released).toBe(true);
    expect(listTeamCases(db, lawyer, TeamCasesQuery.parse({ view: 'handedBack' }), NOW).total).toBe(
      0,
    );
    // The new team's result is the case's result: the released team no longer holds it open.
    recordConsoleTeamAction(
      db,
      mediation,
      caseId,
      { id: uuidv7(), type: 'teamResolved', result: '调解成功' },
      'x',
      NOW + 1000,
    );
    expect(findCase(db, caseId)?.status).toBe('resultReady');
    const change = db
      .prepare("SELECT body FROM changes WHERE kind = 'case' AND key = ?")
      .pluck()
      .get(caseId) as string;
    const published = JSON.parse(change) as { events: { type: string }[] };
    expect(published.events.map((e) => e.type)).toContain('rerouted');
  });

  it('refuses an action decided on an old picture of the case, and stores nothing', async () => {
    const { db, room, office, lawyer } = await setUp();
    const caseId = seedRoutedCase(db, room, ['lawyer'], NOW - DAY);
    const seen = events(db, caseId);
    recordConsoleTeamAction(db, lawyer, caseId, { id: uuidv7(), type: 'teamAccepted' }, 'x', NOW);
    const stale = () =>
      recordOfficeAction(
        db,
        office,
        caseId,
        {
          id: uuidv7(),
          type: 'dueDateSet',
          seenEvents: seen,
          dueDate: '2026-12-10',
          reason: '居民请求延期',
        },
        'x',
        NOW + 1000,
      );
    expect(stale).toThrow(ConsoleRefusal);
    expect(stale).toThrow(/gained events/);
    expect(events(db, caseId)).toBe(seen + 1);
    // A note never contradicts anything: it is kept whatever happened meanwhile.
    recordOfficeAction(
      db,
      office,
      caseId,
      { id: uuidv7(), type: 'officeNote', text: '已电话督办' },
      'x',
      NOW + 2000,
    );
    expect(events(db, caseId)).toBe(seen + 2);
  });

  it('lists a case not accepted within two working days, a service with no team, a session without a time', async () => {
    const { db, room, office } = await setUp();
    // Routed on Monday: by Wednesday (two working days) it is flagged, on Tuesday not yet.
    const monday = NOW - 2 * DAY;
    const late = seedRoutedCase(db, room, ['lawyer'], monday);
    expect(triage(db, 'unaccepted').rows.map((r) => r.caseId)).toEqual([late]);
    expect(triage(db, 'unaccepted', NOW - DAY).total).toBe(0);
    expect(unacceptedCutoff('2026-11-30', 2)).toBe('2026-11-26');

    const orphan = seedRoutedCase(db, room, ['notary'], NOW);
    expect(triage(db, 'noTeam').rows.map((r) => r.caseId)).toEqual([orphan]);

    const joint = seedRoutedCase(db, room, ['lawyer', 'mediation'], NOW);
    expect(triage(db, 'sessionMissing').rows.map((r) => r.caseId)).toEqual([joint]);
    recordOfficeAction(
      db,
      office,
      joint,
      {
        id: uuidv7(),
        type: 'sessionScheduled',
        seenEvents: events(db, joint),
        date: '2026-11-27',
        time: '14:00',
      },
      'x',
      NOW + 5000,
    );
    expect(triage(db, 'sessionMissing').total).toBe(0);
    expect(findCase(db, joint)?.jointSession).toEqual({ date: '2026-11-27', time: '14:00' });
    // A session needs two teams: refused on a one-team case, nothing stored.
    const one = events(db, late);
    expect(() =>
      recordOfficeAction(
        db,
        office,
        late,
        {
          id: uuidv7(),
          type: 'sessionScheduled',
          seenEvents: one,
          date: '2026-11-27',
          time: '14:00',
        },
        'x',
        NOW,
      ),
    ).toThrow(/two teams/);
    expect(events(db, late)).toBe(one);
  });
});
