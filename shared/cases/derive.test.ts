import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../ids';
import { CORE_SERVICE_IDS } from '../catalogue/ids';
import { canReopen, deriveCase, orderEvents } from './derive';
import { CaseEvent } from './events';
import {
  caseWriter,
  minutes,
  registeredBody,
  seededRandom,
  shuffle,
  TICKET,
  type EventWriter,
} from './fixtures';
import { isOverdue, storedLists } from './lists';

const caseId = uuidv7(minutes(0));
const desk = caseWriter(caseId);
const otherDesk = caseWriter(caseId, { volunteer: 'demo-li', deviceId: 'dev_bbbbbbbbbbbbbbbb' });

function routedCase(w: EventWriter = desk) {
  return [
    w.desk('called', minutes(1), { ticket: TICKET }),
    w.desk('registered', minutes(5), registeredBody(caseId)),
    w.desk('routed', minutes(10), {
      teams: ['lawyer', 'mediation'],
      dueDate: '2026-12-06',
      jointSession: { date: '2026-12-02', time: '14:00' },
    }),
  ];
}

describe('deriveCase: the status rule', () => {
  it('every fixture event is valid under the shared schema', () => {
    for (const e of routedCase()) expect(CaseEvent.safeParse(e).success).toBe(true);
  });

  it('a routed case waits for its teams, with the joint session and due date', () => {
    const view = deriveCase(routedCase());
    expect(view.status).toBe('awaitingTeams');
    expect(view.teams.map((t) => [t.team, t.stage])).toEqual([
      ['lawyer', 'routed'],
      ['mediation', 'routed'],
    ]);
    expect(view.jointSession).toEqual({ date: '2026-12-02', time: '14:00' });
    expect(view.openDue).toBe('2026-12-06');
    expect(view.ticket).toEqual(TICKET);
    expect(storedLists(view)).toEqual(['awaitingTeams']);
    expect(isOverdue(view, '2026-12-06')).toBe(false);
    expect(isOverdue(view, '2026-12-07')).toBe(true);
  });

  it('the result is ready only when every team has resolved', () => {
    const events = [
      ...routedCase(),
      desk.team('teamAccepted', 'lawyer', minutes(60), {}),
      desk.team('teamResolved', 'lawyer', minutes(120), { result: '已出具律师意见' }),
    ];
    expect(deriveCase(events).status).toBe('awaitingTeams');
    const both = [
      ...events,
      desk.team('teamResolved', 'mediation', minutes(130), { result: '调解成功' }),
    ];
    const view = deriveCase(both);
    expect(view.status).toBe('resultReady');
    expect(view.openDue).toBeNull();
    expect(view.teams.map((t) => t.result)).toEqual(['已出具律师意见', '调解成功']);
    expect(storedLists(view)).toEqual(['resultReady']);
  });

  it('a team only moves forward, even when the hub clock puts "resolved" before "accepted"', () => {
    const events = [
      ...routedCase(),
      desk.team('teamResolved', 'lawyer', minutes(30), { result: '已答复' }),
      desk.team('teamAccepted', 'lawyer', minutes(40), {}),
      desk.team('teamProgress', 'lawyer', minutes(50), { note: '补充材料' }),
    ];
    const lawyer = deriveCase(events).teams.find((t) => t.team === 'lawyer');
    expect(lawyer).toMatchObject({ stage: 'resolved', result: '已答复', lastNote: '补充材料' });
  });

  it('a case cannot be closed before the result was reported back', () => {
    const solved = [
      desk.desk('registered', minutes(5), registeredBody(caseId)),
      desk.desk('solvedOnSpot', minutes(20), {
        advice: '告知押金返还的法律规定',
        services: ['lawyer'],
      }),
    ];
    const early = desk.desk('closed', minutes(21), { reportedEventId: uuidv7(minutes(21)) });
    const view = deriveCase([...solved, early]);
    expect(view.status).toBe('resultReady');
    expect(view.timeline.at(-1)?.ignored).toBe('closeWithoutReport');
  });

  it('a close naming its report counts even if a slow clock sorts it before the report', () => {
    const report = desk.desk('resultReported', minutes(30), {
      how: 'inPerson',
      reportedAt: '2026-11-29T09:30:00+08:00',
      note: null,
    });
    // The other desk's clock is 10 minutes behind: its close sorts first.
    const close = otherDesk.desk('closed', minutes(25), { reportedEventId: report.id });
    const events = [
      desk.desk('registered', minutes(5), registeredBody(caseId)),
      desk.desk('solvedOnSpot', minutes(20), { advice: '当场解答', services: ['lawyer'] }),
      report,
      close,
    ];
    expect(deriveCase(events).status).toBe('closed');
    // Without the report (not synced yet) the same close waits, ignored, until it arrives.
    expect(deriveCase(events.filter((e) => e !== report)).status).toBe('resultReady');
  });

  it('after closing, desk events are kept but ignored; team news and ratings still count', () => {
    const report = desk.desk('resultReported', minutes(30), {
      how: 'phone',
      reportedAt: '2026-11-29T09:30:00+08:00',
      note: null,
    });
    const events = [
      desk.desk('registered', minutes(5), registeredBody(caseId)),
      desk.desk('solvedOnSpot', minutes(20), { advice: '当场解答', services: ['lawyer'] }),
      report,
      desk.desk('closed', minutes(31), { reportedEventId: report.id }),
      desk.desk('routed', minutes(40), {
        teams: ['notary'],
        dueDate: '2026-12-01',
        jointSession: null,
      }),
      desk.desk('satisfaction', minutes(41), { score: 5, tags: ['kind'] }),
    ];
    const view = deriveCase(events);
    expect(view.status).toBe('closed');
    expect(view.teams).toEqual([]);
    expect(view.timeline.map((t) => t.ignored)).toEqual([
      null,
      null,
      null,
      null,
      'afterClose',
      null,
    ]);
    expect(view.satisfaction?.score).toBe(5);
  });

  /** A case solved, told and closed by `desk` at minute 31 (2026-11-29 09:31). */
  function closedCase() {
    const report = desk.desk('resultReported', minutes(30), {
      how: 'phone',
      reportedAt: '2026-11-29T09:30:00+08:00',
      note: null,
    });
    const close = desk.desk('closed', minutes(31), { reportedEventId: report.id });
    const events = [
      desk.desk('registered', minutes(5), registeredBody(caseId)),
      desk.desk('solvedOnSpot', minutes(20), { advice: '当场解答', services: ['lawyer'] }),
      report,
      close,
    ];
    return { events, report, close };
  }

  it('a close reopened the same day is undone: told, not closed; desk events count again', () => {
    const { events, close } = closedCase();
    const reopen = otherDesk.desk('reopened', minutes(40), { closedEventId: close.id });
    const note = desk.desk('routed', minutes(35), {
      teams: ['notary'],
      dueDate: '2026-12-01',
      jointSession: null,
    });
    const view = deriveCase([...events, note, reopen]);
    // Back to "told, not closed" (the report stands); the routing made meanwhile is not ignored.
    expect(view.status).toBe('reported');
    expect(view.closed).toBeNull();
    expect(view.teams.map((t) => t.team)).toEqual(['notary']);
    expect(view.timeline.map((t) => [t.event.type, t.ignored])).toEqual([
      ['registered', null],
      ['solvedOnSpot', null],
      ['resultReported', null],
      ['closed', 'reopened'],
      ['routed', null],
      ['reopened', null],
    ]);
    const told = deriveCase([...events, reopen]);
    expect(told.status).toBe('reported');
    expect(storedLists(told)).toEqual(['reported']);
    // And it can be closed again, by a new close.
    const again = deriveCase([
      ...events,
      reopen,
      desk.desk('closed', minutes(45), { reportedEventId: told.report?.id ?? '' }),
    ]);
    expect(again.status).toBe('closed');
  });

  it('a reopen counts wherever it sorts: a slow clock may put it before its close', () => {
    const { events, close } = closedCase();
    // The other desk's clock is 10 minutes behind: its reopen sorts before the close it undoes.
    const reopen = otherDesk.desk('reopened', minutes(25), { closedEventId: close.id });
    for (const order of [
      [...events, reopen],
      [reopen, ...events],
    ])
      expect(deriveCase(order).status).toBe('reported');
    // Until the close itself arrives, the reopen is shown and changes nothing.
    const early = deriveCase([...events.filter((e) => e !== close), reopen]);
    expect(early.status).toBe('reported');
    expect(early.timeline.find((t) => t.event.id === reopen.id)?.ignored).toBe(
      'reopenWithoutClose',
    );
  });

  it('a reopen on a later day does not count: the case stays closed', () => {
    const { events, close } = closedCase();
    const nextDay = desk.desk('reopened', minutes(24 * 60 + 5), { closedEventId: close.id });
    const view = deriveCase([...events, nextDay]);
    expect(view.status).toBe('closed');
    expect(view.timeline.at(-1)?.ignored).toBe('reopenTooLate');
    expect(canReopen(close, '2026-11-29')).toBe(true);
    expect(canReopen(close, '2026-11-30')).toBe(false);
  });

  it('looking at the phone number is history only, before or after the close', () => {
    const { events } = closedCase();
    const before = desk.desk('phoneShown', minutes(29), {});
    const after = otherDesk.desk('phoneShown', minutes(50), {});
    const view = deriveCase([...events, before, after]);
    expect(view.status).toBe('closed');
    expect(
      view.timeline.filter((t) => t.event.type === 'phoneShown').map((t) => t.ignored),
    ).toEqual([null, null]);
    expect(CaseEvent.safeParse(before).success).toBe(true);
  });

  it('a no-show called again is called; a registration makes it registered', () => {
    const marks = [
      desk.desk('called', minutes(1), { ticket: TICKET }),
      desk.desk('noShow', minutes(4), { ticket: TICKET }),
    ];
    expect(deriveCase(marks).status).toBe('noShow');
    const again = [...marks, desk.desk('called', minutes(30), { ticket: TICKET })];
    expect(deriveCase(again).status).toBe('called');
    const view = deriveCase([
      ...again,
      desk.desk('registered', minutes(31), registeredBody(caseId)),
    ]);
    expect(view.status).toBe('registered');
    expect(view.source).toEqual({ from: 'kiosk', intakeId: caseId, ticket: TICKET });
  });

  it('two desks registering the same ticket: both kept, the later one shows', () => {
    const a = desk.desk('registered', minutes(5), registeredBody(caseId, { matter: '甲' }));
    const b = otherDesk.desk('registered', minutes(6), registeredBody(caseId, { matter: '乙' }));
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      const view = deriveCase(order);
      expect(view.registration?.matter).toBe('乙');
      expect(view.timeline.map((t) => t.event.id)).toEqual([a.id, b.id]);
    }
  });

  it('a home visit is listed until its team resolves, and is overdue after its date', () => {
    const events = [
      desk.desk(
        'registered',
        minutes(5),
        registeredBody(caseId, { homeVisit: { reason: 'elderly' } }),
      ),
      desk.desk('homeVisitArranged', minutes(10), {
        team: 'legalAid',
        reason: 'elderly',
        visitBy: '2026-12-03',
      }),
    ];
    const view = deriveCase(events);
    expect(view.status).toBe('awaitingTeams');
    expect(storedLists(view)).toEqual(['awaitingTeams', 'homeVisits']);
    expect(view.openDue).toBe('2026-12-03');
    const done = deriveCase([
      ...events,
      desk.team('teamResolved', 'legalAid', minutes(600), { result: '已上门受理' }),
    ]);
    expect(storedLists(done)).toEqual(['resultReady']);
  });

  it('an event arriving late is folded in at its place in time', () => {
    const events = routedCase();
    const late = otherDesk.desk('note', minutes(7), { text: '居民补充了租赁合同' });
    const view = deriveCase([...events, late]);
    expect(view.timeline.map((t) => t.event.type)).toEqual([
      'called',
      'registered',
      'note',
      'routed',
    ]);
  });

  it('the same event received twice counts once', () => {
    const events = routedCase();
    expect(deriveCase([...events, ...events]).timeline).toHaveLength(3);
  });

  it('refuses an empty history or events of two cases', () => {
    expect(() => deriveCase([])).toThrow(RangeError);
    const other = caseWriter(uuidv7(minutes(2)));
    expect(() =>
      deriveCase([...routedCase(), other.desk('note', minutes(3), { text: 'x' })]),
    ).toThrow(RangeError);
  });
});

/** A random but valid history: two desks and the teams, clocks that disagree, ties in time. */
function randomHistory(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const id = uuidv7(minutes(0), (b) => b.forEach((_, i) => (b[i] = Math.floor(random() * 256))));
  const writers = [
    caseWriter(id, { random }),
    caseWriter(id, { volunteer: 'demo-li', deviceId: 'dev_bbbbbbbbbbbbbbbb', random }),
  ];
  // Coarse times (5-minute steps) make ties common, so the id tiebreak is exercised.
  const at = () => minutes(5 * Math.floor(random() * 40));
  const events = [];
  const teams = shuffle(CORE_SERVICE_IDS, random).slice(0, 1 + Math.floor(random() * 3));
  for (let i = 0; i < 1 + Math.floor(random() * 3); i++) {
    const w = pick(writers);
    events.push(w.desk('called', at(), { ticket: TICKET }));
    if (random() < 0.4) events.push(w.desk('noShow', at(), { ticket: TICKET }));
  }
  for (let i = 0; i < Math.floor(random() * 3); i++)
    events.push(pick(writers).desk('registered', at(), registeredBody(id, { matter: `事项${i}` })));
  if (random() < 0.5)
    events.push(
      pick(writers).desk('routed', at(), { teams, dueDate: '2026-12-06', jointSession: null }),
    );
  if (random() < 0.3)
    events.push(pick(writers).desk('solvedOnSpot', at(), { advice: '解答', services: ['lawyer'] }));
  if (random() < 0.3)
    events.push(
      pick(writers).desk('homeVisitArranged', at(), {
        team: pick(teams),
        reason: 'elderly',
        visitBy: '2026-12-01',
      }),
    );
  for (const team of teams) {
    const w = writers[0] as EventWriter;
    if (random() < 0.5) events.push(w.team('teamAccepted', team, at(), {}));
    if (random() < 0.4) events.push(w.team('teamProgress', team, at(), { note: `进展${team}` }));
    if (random() < 0.5) events.push(w.team('teamResolved', team, at(), { result: `结果${team}` }));
  }
  const reports = [];
  for (let i = 0; i < Math.floor(random() * 3); i++) {
    const r = pick(writers).desk('resultReported', at(), {
      how: pick(['phone', 'inPerson', 'other'] as const),
      reportedAt: '2026-11-29T12:00:00+08:00',
      note: null,
    });
    reports.push(r);
    events.push(r);
  }
  const closes = [];
  for (let i = 0; i < Math.floor(random() * 3); i++) {
    const named = random() < 0.7 && reports.length > 0 ? pick(reports).id : uuidv7(at());
    const close = pick(writers).desk('closed', at(), { reportedEventId: named });
    closes.push(close);
    events.push(close);
  }
  // Reopens: most the same day (in any order against their close), some the next day, some
  // naming a close this history lacks.
  for (let i = 0; i < Math.floor(random() * 3); i++) {
    const named = random() < 0.8 && closes.length > 0 ? pick(closes).id : uuidv7(at());
    const when = random() < 0.2 ? at() + 24 * 3_600_000 : at();
    events.push(pick(writers).desk('reopened', when, { closedEventId: named }));
  }
  if (random() < 0.3) events.push(pick(writers).desk('phoneShown', at(), {}));
  for (let i = 0; i < Math.floor(random() * 3); i++)
    events.push(pick(writers).desk('note', at(), { text: `备注${i}` }));
  if (random() < 0.3)
    events.push(
      pick(writers).desk('satisfaction', at(), { score: 1 + Math.floor(random() * 5), tags: [] }),
    );
  return { events, random };
}

describe('deriveCase: order of arrival never matters (property-style)', () => {
  it('any shuffle of any history derives the same case', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { events, random } = randomHistory(seed);
      const expected = deriveCase(events);
      for (let s = 0; s < 5; s++) expect(deriveCase(shuffle(events, random))).toEqual(expected);
    }
  });

  it('merging two devices’ histories either way round, with overlap, gives the same case', () => {
    for (let seed = 1000; seed < 1200; seed++) {
      const { events, random } = randomHistory(seed);
      const a = events.filter(() => random() < 0.6);
      const b = events.filter((e) => !a.includes(e) || random() < 0.3);
      expect(deriveCase([...b, ...a])).toEqual(deriveCase([...a, ...b]));
      expect(deriveCase([...a, ...b])).toEqual(deriveCase(events));
    }
  });

  it('the derived order is the (time, id) order', () => {
    for (let seed = 5000; seed < 5050; seed++) {
      const ordered = orderEvents(randomHistory(seed).events);
      for (let i = 1; i < ordered.length; i++) {
        const [p, q] = [ordered[i - 1]!, ordered[i]!];
        const dt = Date.parse(q.createdAt) - Date.parse(p.createdAt);
        expect(dt > 0 || (dt === 0 && p.id < q.id)).toBe(true);
      }
    }
  });

  it('every generated event is valid, so the property covers real shapes', () => {
    for (let seed = 1; seed <= 50; seed++)
      for (const e of randomHistory(seed).events)
        expect(CaseEvent.safeParse(e).error).toBeUndefined();
  });
});
