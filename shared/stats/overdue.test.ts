import { describe, expect, it } from 'vitest';
import type { ServiceId } from '../catalogue/ids';
import { caseWriter, registeredBody, seededRandom } from '../cases/fixtures';
import type { CaseEvent } from '../cases/events';
import { makeIntake } from '../sync/fixtures';
import { reportBack, sh, tally } from './fixtures';
import type { Part } from './measures';
import { monthsFrom } from './month';
import { caseParts } from './parts';

/**
 * "Overdue at month end", and cases whose figures change when a late event arrives: a team's
 * result dated last month, a team's update after the close, new work after a result.
 */
const random = seededRandom(33);
const intake = makeIntake(0, sh(2026, 11, 5, 9));

function writer() {
  return caseWriter(intake.id, { random });
}

function routedOn(
  desk: ReturnType<typeof writer>,
  at: number,
  dueDate: string,
  teams: ServiceId[] = ['lawyer'],
) {
  return desk.desk('routed', at, {
    teams,
    dueDate,
    jointSession: null,
  });
}

/** Overdue at each month's end, as the dashboard reads the spans (prefix sums). */
function overdueAtEnds(parts: readonly Part[], from: string, to: string): Record<string, number> {
  const out: Record<string, number> = {};
  let running = 0;
  const net = new Map<string, number>();
  for (const p of parts)
    if (p.measure === 'overdueFrom' || p.measure === 'overdueUntil')
      net.set(p.month, (net.get(p.month) ?? 0) + (p.measure === 'overdueFrom' ? p.n : -p.n));
  const earliest = [...net.keys()].sort()[0] ?? from;
  for (const month of monthsFrom(earliest < from ? earliest : from, to)) {
    running += net.get(month) ?? 0;
    if (month >= from) out[month] = running;
  }
  return out;
}

describe('overdue at month end', () => {
  it('a case left waiting past its due date is overdue at every month end until resolved', () => {
    const desk = writer();
    const waiting: CaseEvent[] = [
      desk.desk('registered', sh(2026, 11, 5, 9, 30), registeredBody(desk.caseId)),
      routedOn(desk, sh(2026, 11, 5, 9, 40), '2026-11-20'),
    ];
    // No event since: overdue from November on, for good (no job needed at the month's turn).
    expect(tally(caseParts(waiting, intake), ['overdueFrom', 'overdueUntil'])).toEqual({
      '2026-11 overdueFrom': 1,
    });
    expect(overdueAtEnds(caseParts(waiting, intake), '2026-10', '2027-02')).toEqual({
      '2026-10': 0,
      '2026-11': 1,
      '2026-12': 1,
      '2027-01': 1,
      '2027-02': 1,
    });
    // The team resolves it on 10 January: overdue at the end of November and December only.
    const resolved = [
      ...waiting,
      desk.team('teamResolved', 'lawyer', sh(2027, 1, 10), { result: '已答复' }),
    ];
    expect(overdueAtEnds(caseParts(resolved, intake), '2026-10', '2027-02')).toEqual({
      '2026-10': 0,
      '2026-11': 1,
      '2026-12': 1,
      '2027-01': 0,
      '2027-02': 0,
    });
  });

  it('is not overdue at a month end before its due date, nor on the due day itself', () => {
    const desk = writer();
    const events = [
      desk.desk('registered', sh(2026, 11, 5, 9, 30), registeredBody(desk.caseId)),
      // Due on the last day of November: at midnight into December it has passed.
      routedOn(desk, sh(2026, 11, 5, 9, 40), '2026-11-30'),
    ];
    expect(overdueAtEnds(caseParts(events, intake), '2026-11', '2026-12')).toEqual({
      '2026-11': 1,
      '2026-12': 1,
    });
    const later = [events[0] as CaseEvent, routedOn(desk, sh(2026, 11, 5, 9, 40), '2026-12-01')];
    expect(overdueAtEnds(caseParts(later, intake), '2026-11', '2026-12')).toEqual({
      '2026-11': 0,
      '2026-12': 1,
    });
  });

  it('a new routing with a later due date ends a span; the new date can start another', () => {
    const desk = writer();
    const events = [
      desk.desk('registered', sh(2026, 11, 5, 9, 30), registeredBody(desk.caseId)),
      routedOn(desk, sh(2026, 11, 5, 9, 40), '2026-11-25'),
      routedOn(desk, sh(2026, 12, 15, 10), '2027-01-20'),
    ];
    expect(overdueAtEnds(caseParts(events, intake), '2026-11', '2027-02')).toEqual({
      '2026-11': 1,
      '2026-12': 0,
      '2027-01': 1,
      '2027-02': 1,
    });
  });
});

describe('a case whose figures change when a late event arrives', () => {
  it('a team result dated last month, arriving now, moves the result back and ends the overdue', () => {
    const desk = writer();
    const before: CaseEvent[] = [
      desk.desk('registered', sh(2026, 11, 5, 9, 30), registeredBody(desk.caseId)),
      routedOn(desk, sh(2026, 11, 5, 9, 40), '2026-11-20'),
    ];
    // The team worked offline: its result is dated 28 November, reaches the hub in December.
    const late = desk.team('teamResolved', 'lawyer', sh(2026, 11, 28, 16), { result: '已调解' });
    const measures = ['result', 'teamResolved', 'overdueFrom', 'overdueUntil'];
    expect(tally(caseParts(before, intake), measures)).toEqual({ '2026-11 overdueFrom': 1 });
    const after = tally(caseParts([...before, late], intake), measures);
    expect(after).toEqual({ '2026-11 result teams/no': 1, '2026-11 teamResolved lawyer': 1 });
  });

  it('a late team event after the close does not reopen it: closed once, in its month', () => {
    const desk = writer();
    const report = reportBack(desk, sh(2026, 11, 12, 10), 'phone');
    const closed: CaseEvent[] = [
      desk.desk('registered', sh(2026, 11, 5, 9, 30), registeredBody(desk.caseId)),
      routedOn(desk, sh(2026, 11, 5, 9, 40), '2026-11-30'),
      report,
      desk.desk('closed', sh(2026, 11, 12, 10, 5), { reportedEventId: report.id }),
    ];
    const measures = ['case', 'closed', 'reported', 'result', 'teamResolved', 'overdueFrom'];
    expect(tally(caseParts(closed, intake), measures)).toEqual({
      '2026-11 case routed/contract': 1,
      '2026-11 closed none': 1,
      '2026-11 reported phone': 1,
    });
    // The team's result arrives in December: the case stays closed (docs/cases.md rule 5), its
    // close still counts once in November; the team's part and the result count in December.
    const late = desk.team('teamResolved', 'lawyer', sh(2026, 12, 3, 15), { result: '已出具意见' });
    expect(tally(caseParts([...closed, late], intake), measures)).toEqual({
      '2026-11 case routed/contract': 1,
      '2026-11 closed teams': 1,
      '2026-11 reported phone': 1,
      '2026-12 result teams/yes': 1,
      '2026-12 teamResolved lawyer': 1,
    });
  });

  it('reopened by new work after its result: the result is withdrawn until it is reached again', () => {
    const desk = writer();
    const first: CaseEvent[] = [
      desk.desk('registered', sh(2026, 11, 5, 9, 30), registeredBody(desk.caseId)),
      routedOn(desk, sh(2026, 11, 5, 9, 40), '2026-11-20'),
      desk.team('teamResolved', 'lawyer', sh(2026, 11, 18, 16), { result: '已答复' }),
    ];
    const measures = ['result', 'routed', 'overdueFrom', 'overdueUntil'];
    expect(tally(caseParts(first, intake), measures)).toEqual({
      '2026-11 result teams/no': 1,
      '2026-11 routed lawyer': 1,
    });
    // Another desk routes it to mediation on 2 December (it was offline: this arrives late).
    const reopened = [...first, routedOn(desk, sh(2026, 12, 2, 10), '2026-12-10', ['mediation'])];
    expect(tally(caseParts(reopened, intake), measures)).toEqual({
      '2026-11 routed lawyer': 1,
      '2026-12 overdueFrom': 1,
      '2026-12 routed mediation': 1,
    });
    const again = [
      ...reopened,
      desk.team('teamResolved', 'mediation', sh(2027, 1, 6, 11), { result: '调解成功' }),
    ];
    expect(tally(caseParts(again, intake), measures)).toEqual({
      '2026-11 routed lawyer': 1,
      '2026-12 overdueFrom': 1,
      '2026-12 routed mediation': 1,
      '2027-01 overdueUntil': 1,
      '2027-01 result teams/no': 1,
    });
  });
});
