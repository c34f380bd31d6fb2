import { describe, expect, it } from 'vitest';
import {
  caseWriter,
  registeredBody,
  seededRandom,
  shuffle,
  type EventWriter,
} from '../cases/fixtures';
import type { CaseEvent } from '../cases/events';
import { uuidv7 } from '../ids';
import type { Intake } from '../records/intake';
import { makeIntake, makeSuggestion } from '../sync/fixtures';
import { durationBucket } from './duration-histogram';
import { reportBack, sh, tally } from './fixtures';
import { caseParts, intakeParts, suggestionParts } from './parts';

/**
 * Every definition on hand-made records (shared/stats/definitions.ts; docs/statistics.md). Times
 * are Shanghai wall-clock times (`sh`); the figures are shown as "month measure d1/d2": count.
 */
const random = seededRandom(21);
const CASE_MEASURES = [
  'case',
  'registration',
  'caseFocusGroup',
  'solvedOnSpot',
  'solvedService',
  'routedCase',
  'routed',
  'joint',
  'homeVisit',
  'teamResolved',
  'result',
  'resultTime',
  'reported',
  'closed',
  'overdueFrom',
  'overdueUntil',
  'satisfaction',
  'satisfactionTeam',
  'satisfactionTag',
  'activity',
];
const bucket = (minutes: number) => String(durationBucket(minutes));

/** A kiosk ticket (the n-th intake, made at `at`) and the writer of its case's events. */
function ticket(n: number, at: number) {
  const intake = makeIntake(n, at);
  return { intake, desk: caseWriter(intake.id, { random }) };
}

/** The desk's first-contact registration of the ticket, with consent. */
const registered = (desk: EventWriter, at: number) =>
  desk.desk('registered', at, registeredBody(desk.caseId));

describe('an intake', () => {
  it('counts its prompt, services, focus groups, home visit and pre-screen in its Shanghai month', () => {
    // 00:30 on 1 December in Shanghai (still 30 November in UTC).
    const intake: Intake = {
      ...makeIntake(0, sh(2026, 12, 1, 0, 30)),
      prompt: 'labour',
      services: ['legalAid', 'mediation'],
      legalAid: { matterId: 'labourPay', article: 31, hardship: 'yes' },
      contact: {
        surname: '王',
        salutation: 'ms',
        phone: '13812345678',
        homeVisit: { reason: 'elderly' },
        focusGroups: ['elderly', 'migrantWorker'],
      },
    };
    const parts = intakeParts(intake);
    expect(tally(parts)).toEqual({
      '2026-12 intake labour/yes': 1,
      '2026-12 intakeFocusGroup elderly/labour': 1,
      '2026-12 intakeFocusGroup migrantWorker/labour': 1,
      '2026-12 intakeHomeVisit elderly': 1,
      '2026-12 intakeService legalAid/labour': 1,
      '2026-12 intakeService mediation/labour': 1,
      '2026-12 legalAidPrescreen art31Hardship/labour': 1,
    });
    // Nothing personal goes into the figures.
    expect(JSON.stringify(parts)).not.toMatch(/王|138|ms/);
  });

  it('without consent still counts as an intake, with its prompt and services only', () => {
    const intake = makeIntake(4, sh(2026, 11, 15, 10)); // n % 5 === 4: consent declined
    expect(intake.consent.general).toBe(false);
    expect(tally(intakeParts(intake))).toEqual({
      '2026-11 intake family/no': 1,
      '2026-11 intakeService lawyer/family': 1,
      '2026-11 intakeService mediation/family': 1,
    });
  });

  it('a legal-aid pre-screen lands on its article and the hardship answer', () => {
    const outcome = (legalAid: Intake['legalAid']) =>
      Object.keys(tally(intakeParts({ ...makeIntake(0), legalAid }), ['legalAidPrescreen']));
    expect(outcome({ matterId: 'abuseVictim', article: 32, hardship: null })).toEqual([
      '2026-11 legalAidPrescreen art32/contract',
    ]);
    expect(outcome({ matterId: 'support', article: 31, hardship: 'no' })).toEqual([
      '2026-11 legalAidPrescreen art31NoHardship/contract',
    ]);
    expect(outcome({ matterId: 'support', article: 31, hardship: 'unsure' })).toEqual([
      '2026-11 legalAidPrescreen art31Unsure/contract',
    ]);
  });

  it('a suggestion counts by topic, untagged until staff tag it', () => {
    const s = makeSuggestion('希望周末也开放', sh(2026, 11, 30, 23, 59));
    expect(tally(suggestionParts(s))).toEqual({ '2026-11 suggestion untagged': 1 });
    expect(tally(suggestionParts(s, 'openingHours'))).toEqual({
      '2026-11 suggestion openingHours': 1,
    });
  });
});

describe('a case', () => {
  it('a walk-in: registered at the desk, its time to result runs from its registration', () => {
    const caseId = uuidv7(sh(2026, 11, 10, 10));
    const desk = caseWriter(caseId, { random });
    const events = [
      desk.desk(
        'registered',
        sh(2026, 11, 10, 10),
        registeredBody(caseId, {
          source: { from: 'walkIn', ticket: { number: 'W-001', day: '2026-11-10' } },
          category: 'mediation',
          focusGroups: ['migrantWorker'],
        }),
      ),
      desk.desk('solvedOnSpot', sh(2026, 11, 10, 10, 20), {
        advice: '当场调解',
        services: ['mediation', 'lawyer'],
      }),
      desk.desk('satisfaction', sh(2026, 11, 10, 10, 25), { score: 5, tags: ['quick', 'kind'] }),
    ];
    expect(tally(caseParts(events, null))).toEqual({
      '2026-11 case solvedOnSpot/walkIn': 1,
      '2026-11 caseFocusGroup migrantWorker/walkIn': 1,
      '2026-11 registration walkIn/mediation': 1,
      '2026-11 result spot/no': 1,
      [`2026-11 resultTime ${bucket(20)}/spot`]: 1,
      '2026-11 satisfaction 5': 1,
      '2026-11 satisfactionTag kind': 1,
      '2026-11 satisfactionTag quick': 1,
      '2026-11 satisfactionTeam desk/5': 1,
      '2026-11 solvedOnSpot mediation': 1,
      '2026-11 solvedService lawyer': 1,
      '2026-11 solvedService mediation': 1,
    });
  });

  it('a kiosk ticket solved on the spot: timed from its intake, reported, closed', () => {
    const { intake, desk } = ticket(0, sh(2026, 11, 3, 9)); // prompt contract
    const report = reportBack(desk, sh(2026, 11, 3, 9, 55), 'inPerson');
    const events = [
      desk.desk('called', sh(2026, 11, 3, 9, 30), {
        ticket: { number: 'A-001', day: '2026-11-03' },
      }),
      registered(desk, sh(2026, 11, 3, 9, 35)),
      desk.desk('solvedOnSpot', sh(2026, 11, 3, 9, 50), { advice: '解答', services: ['lawyer'] }),
      report,
      desk.desk('closed', sh(2026, 11, 3, 9, 56), { reportedEventId: report.id }),
    ];
    const measures = ['case', 'result', 'resultTime', 'reported', 'closed', 'activity'];
    expect(tally(caseParts(events, intake), measures)).toEqual({
      '2026-11 activity called': 1,
      '2026-11 case solvedOnSpot/contract': 1,
      '2026-11 closed spot': 1,
      '2026-11 reported inPerson': 1,
      '2026-11 result spot/yes': 1,
      [`2026-11 resultTime ${bucket(50)}/spot`]: 1,
    });
    // Before the intake reaches the hub the case's prompt is unknown and its clock starts at the
    // call; the figures move once it arrives (the hub counts the case again then).
    expect(tally(caseParts(events, null), ['case', 'resultTime'])).toEqual({
      '2026-11 case solvedOnSpot/unknown': 1,
      [`2026-11 resultTime ${bucket(20)}/spot`]: 1,
    });
  });

  it('crosses a month boundary: each figure in the month of its own moment', () => {
    const { intake, desk } = ticket(0, sh(2026, 11, 30, 15));
    const report = reportBack(desk, sh(2026, 12, 2, 14), 'phone', sh(2026, 12, 2, 13, 50));
    const events: CaseEvent[] = [
      desk.desk('called', sh(2026, 11, 30, 15, 10), {
        ticket: { number: 'A-009', day: '2026-11-30' },
      }),
      registered(desk, sh(2026, 11, 30, 15, 15)),
      desk.desk('routed', sh(2026, 11, 30, 15, 30), {
        teams: ['lawyer', 'notary'],
        dueDate: '2026-12-03',
        jointSession: { date: '2026-12-02', time: '10:00' },
      }),
      desk.team('teamAccepted', 'lawyer', sh(2026, 12, 1, 9), {}),
      desk.team('teamResolved', 'lawyer', sh(2026, 12, 1, 17), { result: '已出具法律意见' }),
      desk.team('teamResolved', 'notary', sh(2026, 12, 2, 11), { result: '可办理公证' }),
      report,
      desk.desk('closed', sh(2026, 12, 2, 14, 1), { reportedEventId: report.id }),
    ];
    expect(tally(caseParts(events, intake), CASE_MEASURES)).toEqual({
      '2026-11 activity called': 1,
      '2026-11 case routed/contract': 1,
      '2026-11 caseFocusGroup elderly/kiosk': 1,
      '2026-11 joint session': 1,
      '2026-11 registration kiosk/lawyer': 1,
      '2026-11 routed lawyer': 1,
      '2026-11 routed notary': 1,
      '2026-11 routedCase lawyer': 1,
      '2026-12 activity teamAccepted': 1,
      '2026-12 closed teams': 1,
      '2026-12 reported phone': 1,
      '2026-12 result teams/yes': 1,
      // From the intake (30 Nov 15:00) to the last team's result (2 Dec 11:00): 44 hours.
      [`2026-12 resultTime ${bucket(44 * 60)}/teams`]: 1,
      '2026-12 teamResolved lawyer': 1,
      '2026-12 teamResolved notary': 1,
    });
  });

  it('gives the same figures whatever order its events arrive in, duplicates included', () => {
    const { intake, desk } = ticket(0, sh(2026, 11, 30, 15));
    const report = reportBack(desk, sh(2026, 12, 2, 14), 'phone', sh(2026, 12, 2, 13, 50));
    const events: CaseEvent[] = [
      registered(desk, sh(2026, 11, 30, 15, 15)),
      desk.desk('routed', sh(2026, 11, 30, 15, 30), {
        teams: ['lawyer'],
        dueDate: '2026-12-01',
        jointSession: null,
      }),
      desk.team('teamResolved', 'lawyer', sh(2026, 12, 9, 17), { result: '已答复' }),
      report,
      desk.desk('closed', sh(2026, 12, 10, 14, 1), { reportedEventId: report.id }),
      desk.desk('satisfaction', sh(2026, 12, 10, 14, 2), { score: 4, tags: ['clear'] }),
      desk.desk('note', sh(2026, 12, 11, 9), { text: '居民来电致谢' }),
    ];
    const expected = tally(caseParts(events, intake));
    for (let i = 0; i < 40; i++) {
      const arrived = shuffle([...events, ...events.slice(0, 1 + (i % events.length))], random);
      expect(tally(caseParts(arrived, intake))).toEqual(expected);
    }
  });

  it('a close counts only once its report is there (the case rule), wherever it sorts', () => {
    const { intake, desk } = ticket(0, sh(2026, 11, 3, 9));
    const report = reportBack(desk, sh(2026, 11, 3, 10), 'phone');
    const base = [
      registered(desk, sh(2026, 11, 3, 9, 35)),
      desk.desk('solvedOnSpot', sh(2026, 11, 3, 9, 50), { advice: '解答', services: ['lawyer'] }),
      // Written by a desk whose clock runs behind: sorts before its report.
      desk.desk('closed', sh(2026, 11, 3, 9, 58), { reportedEventId: report.id }),
    ];
    expect(tally(caseParts(base, intake), ['closed', 'reported'])).toEqual({});
    expect(tally(caseParts([...base, report], intake), ['closed', 'reported'])).toEqual({
      '2026-11 closed spot': 1,
      '2026-11 reported phone': 1,
    });
  });

  it('a no-show: called, never came; a case with that outcome and no registration', () => {
    const { intake, desk } = ticket(2, sh(2026, 11, 3, 9)); // prompt payment
    const events = [
      desk.desk('called', sh(2026, 11, 3, 9, 30), { ticket: intake.ticket }),
      desk.desk('noShow', sh(2026, 11, 3, 9, 40), { ticket: intake.ticket }),
    ];
    expect(tally(caseParts(events, intake))).toEqual({
      '2026-11 activity called': 1,
      '2026-11 case noShow/payment': 1,
    });
  });

  it('only the latest rating counts, once, for each team that worked the case', () => {
    const { intake, desk } = ticket(0, sh(2026, 11, 3, 9));
    const events = [
      registered(desk, sh(2026, 11, 3, 9, 35)),
      desk.desk('routed', sh(2026, 11, 3, 9, 40), {
        teams: ['mediation', 'legalAid'],
        dueDate: '2026-11-20',
        jointSession: null,
      }),
      desk.desk('satisfaction', sh(2026, 11, 3, 9, 45), { score: 2, tags: ['slow'] }),
      desk.desk('satisfaction', sh(2026, 12, 1, 10), { score: 4, tags: ['clear', 'kind'] }),
    ];
    expect(
      tally(caseParts(events, intake), ['satisfaction', 'satisfactionTeam', 'satisfactionTag']),
    ).toEqual({
      '2026-12 satisfaction 4': 1,
      '2026-12 satisfactionTag clear': 1,
      '2026-12 satisfactionTag kind': 1,
      '2026-12 satisfactionTeam legalAid/4': 1,
      '2026-12 satisfactionTeam mediation/4': 1,
    });
  });

  it('a home visit counts for its team and reason; a note counts as activity', () => {
    const { intake, desk } = ticket(0, sh(2026, 11, 3, 9));
    const events = [
      registered(desk, sh(2026, 11, 3, 9, 35)),
      desk.desk('homeVisitArranged', sh(2026, 11, 3, 9, 40), {
        team: 'notary',
        reason: 'disability',
        visitBy: '2026-11-10',
      }),
      desk.desk('note', sh(2026, 11, 4, 9), { text: '已电话确认上门时间' }),
    ];
    expect(tally(caseParts(events, intake), ['case', 'homeVisit', 'activity'])).toEqual({
      '2026-11 activity note': 1,
      '2026-11 case routed/contract': 1,
      '2026-11 homeVisit notary/disability': 1,
    });
  });
});
