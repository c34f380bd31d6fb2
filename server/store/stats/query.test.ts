import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { HubError } from '../../hub-error';
import { openTempHubDb } from '../../testing/temp-db';
import { statsFor } from './query';
import { addRoom, kioskAt, postTeamEvent } from './testing';
import { caseWriter, registeredBody, seededRandom } from '../../../shared/cases/fixtures';
import { uuidv7 } from '../../../shared/ids';
import { StatsFigures } from '../../../shared/stats/figures';
import { reportBack, sh } from '../../../shared/stats/fixtures';
import { makeIntake, makeSuggestion } from '../../../shared/sync/fixtures';

/**
 * statsFor on a small hand-made district: three rooms in two streets, November and December 2026,
 * every figure worked out by hand below.
 */
const NOW = sh(2026, 12, 15, 12);
const random = seededRandom(3);
let db: Db;
let cleanup: () => void;

beforeEach(() => {
  ({ db, cleanup } = openTempHubDb());
  const xujiahui = kioskAt(db, addRoom(db, 'xujiahui', NOW), NOW);
  const xujiahui2 = kioskAt(db, addRoom(db, 'xujiahui', NOW), NOW); // site xujiahui-2
  const tianping = kioskAt(db, addRoom(db, 'tianping', NOW), NOW);

  // xujiahui: three intakes in November (one without consent), one in December.
  const a = makeIntake(0, sh(2026, 11, 3, 9)); // contract
  const noConsent = makeIntake(4, sh(2026, 11, 3, 10)); // family, consent declined
  const b = { ...makeIntake(6, sh(2026, 11, 10, 9)), prompt: 'labour' as const };
  xujiahui.push([a, noConsent, b, makeIntake(7, sh(2026, 12, 2, 9))], NOW);

  // Case A: solved on the spot 50 minutes after its intake, reported, closed, rated 5.
  const deskA = caseWriter(a.id, { random });
  const reportA = reportBack(deskA, sh(2026, 11, 3, 10), 'inPerson');
  // Case B: routed to legal aid, due 20 November, no answer yet: overdue at both month ends.
  const deskB = caseWriter(b.id, { random });
  // A walk-in on 3 December: a joint consultation, both teams resolve, reported, rated 3.
  const walkInId = uuidv7(sh(2026, 12, 3, 9));
  const deskW = caseWriter(walkInId, { random });
  const reportW = reportBack(deskW, sh(2026, 12, 13, 9), 'phone');
  xujiahui.push(
    [
      deskA.desk('registered', sh(2026, 11, 3, 9, 35), registeredBody(a.id)),
      deskA.desk('solvedOnSpot', sh(2026, 11, 3, 9, 50), { advice: '解答', services: ['lawyer'] }),
      reportA,
      deskA.desk('closed', sh(2026, 11, 3, 10, 1), { reportedEventId: reportA.id }),
      deskA.desk('satisfaction', sh(2026, 11, 3, 10, 2), { score: 5, tags: ['quick'] }),
      deskB.desk('registered', sh(2026, 11, 10, 9, 30), registeredBody(b.id)),
      deskB.desk('routed', sh(2026, 11, 10, 9, 40), {
        teams: ['legalAid'],
        dueDate: '2026-11-20',
        jointSession: null,
      }),
      deskW.desk(
        'registered',
        sh(2026, 12, 3, 9),
        registeredBody(walkInId, {
          source: { from: 'walkIn', ticket: { number: 'W-001', day: '2026-12-03' } },
          category: 'mediation',
        }),
      ),
      deskW.desk('routed', sh(2026, 12, 3, 9, 20), {
        teams: ['lawyer', 'mediation'],
        dueDate: '2026-12-20',
        jointSession: { date: '2026-12-05', time: '14:00' },
      }),
      reportW,
      deskW.desk('satisfaction', sh(2026, 12, 13, 9, 5), { score: 3, tags: ['slow'] }),
    ],
    NOW,
  );
  postTeamEvent(
    db,
    deskW.team('teamResolved', 'lawyer', sh(2026, 12, 10), { result: '意见' }),
    NOW,
  );
  postTeamEvent(
    db,
    deskW.team('teamResolved', 'mediation', sh(2026, 12, 12), { result: '调解' }),
    NOW,
  );

  // xujiahui-2: two intakes and a suggestion in December.
  xujiahui2.push(
    [
      makeIntake(1, sh(2026, 12, 4, 9)),
      makeIntake(2, sh(2026, 12, 4, 10)),
      makeSuggestion('希望周末开放', sh(2026, 12, 5)),
    ],
    NOW,
  );
  // tianping: one intake in November whose ticket was called and never came.
  const c = makeIntake(3, sh(2026, 11, 20, 9));
  const deskC = caseWriter(c.id, { random });
  tianping.push(
    [
      c,
      deskC.desk('called', sh(2026, 11, 20, 9, 30), { ticket: c.ticket }),
      deskC.desk('noShow', sh(2026, 11, 20, 9, 40), { ticket: c.ticket }),
    ],
    NOW,
  );
});
afterEach(() => cleanup());

const period = { from: '2026-11', to: '2026-12' } as const;

describe('statsFor', () => {
  it('answers the district with every figure, valid under the shared schema', () => {
    const answer = statsFor(db, { scope: 'district', ...period }, NOW);
    expect(StatsFigures.parse(answer)).toEqual(answer);
    expect(answer.openMonths).toEqual(['2026-12']);
    expect(answer.totals).toEqual({
      intakes: 7,
      intakesWithoutConsent: 1,
      legalAidPrescreens: 0,
      homeVisitRequests: 0,
      cases: 4,
      registrations: 3,
      walkIns: 1,
      noShows: 1,
      solvedOnSpot: 1,
      routedCases: 2,
      jointConsultations: 1,
      jointSessions: 1,
      homeVisits: 0,
      results: 2,
      reported: 2,
      closed: 1,
      ratings: 2,
      suggestions: 1,
    });
    const [nov, dec] = answer.byMonth;
    expect(nov).toMatchObject({ month: '2026-11', intakes: 4, cases: 3, results: 1, closed: 1 });
    expect(dec).toMatchObject({ month: '2026-12', intakes: 3, cases: 1, results: 1, closed: 0 });
    // Case B waits past its due date at both month ends (December's: if nothing changes).
    expect([nov?.overdueAtMonthEnd, dec?.overdueAtMonthEnd]).toEqual([1, 1]);
    expect([nov?.ratingMean, dec?.ratingMean]).toEqual([5, 3]);
    expect(answer.reportedBack).toEqual({ results: 2, reported: 2, share: 1 });
    expect(answer.outcomes).toEqual([
      { outcome: 'solvedOnSpot', cases: 1 },
      { outcome: 'routed', cases: 2 },
      { outcome: 'noShow', cases: 1 },
      { outcome: 'pending', cases: 0 },
    ]);
    expect(answer.byPrompt.find((p) => p.prompt === 'labour')).toMatchObject({
      intakes: 1,
      cases: 1,
      routed: 1,
    });
    expect(answer.byPrompt.find((p) => p.prompt === 'walkIn')).toMatchObject({ cases: 1 });
    expect(answer.byService.find((s) => s.service === 'mediation')).toMatchObject({
      registered: 1,
      routed: 1,
      resolved: 1,
    });
    expect(answer.byService.find((s) => s.service === 'legalAid')).toMatchObject({
      routed: 1,
      resolved: 0,
    });
    // Solved 50 minutes after the intake; the walk-in's last result (12 December, 09:00) came
    // 9 days after its registration. The histogram reads within 4.5%.
    const t = answer.timeToResult;
    const near = (read: number | null, exact: number) => Math.abs((read ?? 0) - exact) / exact;
    expect(t.spot.results).toBe(1);
    expect(near(t.spot.medianMinutes, 50)).toBeLessThan(0.045);
    expect(near(t.teams.medianMinutes, 9 * 24 * 60)).toBeLessThan(0.045);
    expect(t.all).toMatchObject({ results: 2 });
    expect(answer.satisfaction).toMatchObject({ ratings: 2, mean: 4 });
    expect(answer.satisfaction.byTeam).toEqual(
      expect.arrayContaining([
        { team: 'desk', ratings: 1, mean: 5 },
        { team: 'lawyer', ratings: 1, mean: 3 },
        { team: 'mediation', ratings: 1, mean: 3 },
      ]),
    );
    expect(answer.suggestions).toEqual({ total: 1, byTopic: [{ topic: 'untagged', count: 1 }] });
    // The heat map has every street and month, zeros included.
    expect(answer.byStreetMonth).toHaveLength(13 * 2);
    expect(answer.byStreetMonth).toContainEqual({
      street: 'xujiahui',
      month: '2026-11',
      intakes: 3,
      cases: 2,
    });
    expect(answer.byStreetMonth).toContainEqual({
      street: 'tianping',
      month: '2026-11',
      intakes: 1,
      cases: 1,
    });
    expect(answer.byRoom).toEqual([
      { siteId: 'tianping', street: 'tianping', intakes: 1, cases: 1 },
      { siteId: 'xujiahui', street: 'xujiahui', intakes: 4, cases: 3 },
      { siteId: 'xujiahui-2', street: 'xujiahui', intakes: 2, cases: 0 },
    ]);
  });

  it('a street adds up its rooms, a room is its own; both add up to the district', () => {
    const street = statsFor(db, { scope: 'street', id: 'xujiahui', ...period }, NOW);
    expect(street.totals).toMatchObject({ intakes: 6, cases: 3, suggestions: 1, noShows: 0 });
    expect(street.byStreetMonth.map((c) => c.street)).toEqual(['xujiahui', 'xujiahui']);
    expect(street.byRoom.map((r) => r.siteId)).toEqual(['xujiahui', 'xujiahui-2']);
    // A street with no room yet answers zeros, its heat-map row included.
    const empty = statsFor(db, { scope: 'street', id: 'huajing', ...period }, NOW);
    expect(empty.totals.intakes).toBe(0);
    expect(empty.byRoom).toEqual([]);
    expect(empty.byStreetMonth).toEqual([
      { street: 'huajing', month: '2026-11', intakes: 0, cases: 0 },
      { street: 'huajing', month: '2026-12', intakes: 0, cases: 0 },
    ]);
    const room = statsFor(db, { scope: 'room', id: 'xujiahui-2', ...period }, NOW);
    expect(room.totals).toMatchObject({ intakes: 2, cases: 0, suggestions: 1 });

    const district = statsFor(db, { scope: 'district', ...period }, NOW);
    const rooms = ['xujiahui', 'xujiahui-2', 'tianping'].map((id) =>
      statsFor(db, { scope: 'room', id, ...period }, NOW),
    );
    for (const key of Object.keys(district.totals) as (keyof typeof district.totals)[])
      expect(rooms.reduce((s, r) => s + r.totals[key], 0)).toBe(district.totals[key]);
  });

  it('a period before the first month or after the last answers zeros', () => {
    const answer = statsFor(db, { scope: 'district', from: '2025-01', to: '2025-03' }, NOW);
    expect(answer.totals.intakes).toBe(0);
    expect(answer.byMonth.map((m) => m.overdueAtMonthEnd)).toEqual([0, 0, 0]);
    expect(answer.openMonths).toEqual([]);
    expect(answer.satisfaction.mean).toBeNull();
    expect(answer.reportedBack.share).toBeNull();
    // Overdue counts every span begun before the period: case B is still overdue in March.
    const later = statsFor(db, { scope: 'district', from: '2027-03', to: '2027-03' }, NOW);
    expect(later.byMonth[0]?.overdueAtMonthEnd).toBe(1);
  });

  it('refuses a bad query with a fixed code, and an unknown room as not found', () => {
    const refusal = (query: unknown) => {
      try {
        statsFor(db, query, NOW);
        return null;
      } catch (error) {
        return error instanceof HubError ? error.code : 'other';
      }
    };
    expect(refusal({ scope: 'room', ...period })).toBe('bad_request');
    expect(refusal({ scope: 'district', id: 'xujiahui', ...period })).toBe('bad_request');
    expect(refusal({ scope: 'street', id: 'nowhere', ...period })).toBe('bad_request');
    expect(refusal({ scope: 'district', from: '2026-12', to: '2026-11' })).toBe('bad_request');
    expect(refusal({ scope: 'district', from: '2016-01', to: '2026-12' })).toBe('bad_request');
    expect(refusal({ scope: 'district', from: '2026-13', to: '2026-12' })).toBe('bad_request');
    expect(refusal({ scope: 'room', id: 'nowhere', ...period })).toBe('not_found');
  });
});
