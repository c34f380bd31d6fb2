import { deriveCase, type CaseView } from '../cases/derive';
import type { CaseEvent } from '../cases/events';
import type { Intake, KioskRecord, Suggestion } from '../records/intake';
import {
  EVENT_STATS,
  caseOutcome,
  casePrompt,
  caseReport,
  caseResult,
  caseStartedAt,
  firstRegistration,
  type IntakeFacts,
  intakeConsented,
  legalAidOutcome,
  routings,
} from './definitions';
import { durationBucket } from './duration-histogram';
import type { MeasureName, Part } from './measures';
import { shanghaiMonth } from './month';

export type { IntakeFacts };
import { overdueParts } from './overdue';

/**
 * What one record or one case adds to a room's monthly aggregates. Pure functions of the records,
 * so the hub can count as records arrive and recount from the records at any time, and get the
 * same numbers (server/store/stats/). Nothing personal goes in: prompts, services, focus groups,
 * outcomes, months and counts.
 */

const part = (month: string, measure: MeasureName, d1 = '', d2 = ''): Part => ({
  month,
  measure,
  d1,
  d2,
  n: 1,
});

/** An intake's contribution: fixed for good (an intake is never edited). */
export function intakeParts(intake: Intake): Part[] {
  const month = shanghaiMonth(intake.createdAt);
  const prompt = intake.prompt;
  const parts = [part(month, 'intake', prompt, intakeConsented(intake) ? 'yes' : 'no')];
  for (const service of new Set(intake.services))
    parts.push(part(month, 'intakeService', service, prompt));
  for (const group of new Set(intake.contact?.focusGroups ?? []))
    parts.push(part(month, 'intakeFocusGroup', group, prompt));
  const visit = intake.contact?.homeVisit;
  if (visit) parts.push(part(month, 'intakeHomeVisit', visit.reason));
  if (intake.legalAid)
    parts.push(part(month, 'legalAidPrescreen', legalAidOutcome(intake.legalAid), prompt));
  return parts;
}

/** 解忧法空间: a suggestion, by topic once staff have tagged it (issue 12), else `untagged`. */
export function suggestionParts(suggestion: Suggestion, topic: string | null = null): Part[] {
  return [part(shanghaiMonth(suggestion.createdAt), 'suggestion', topic ?? 'untagged')];
}

/**
 * A kiosk record's own contribution; a case event counts through its case (caseParts). `topic`:
 * a suggestion's tag, which staff keep beside the record (server/console/suggestions.ts).
 */
export function recordParts(record: KioskRecord, topic: string | null = null): Part[] {
  if (record.kind === 'intake') return intakeParts(record);
  if (record.kind === 'suggestion') return suggestionParts(record, topic);
  return [];
}

/**
 * A case's contribution as it stands now: a function of its events (in any order, duplicates
 * included) and its intake if the hub has it. When the case gains an event, or its intake
 * arrives after it, the hub takes away the contribution it added before and adds this one.
 * `view` may be passed when the caller has just derived it from the same events.
 */
export function caseParts(
  events: readonly CaseEvent[],
  intake: IntakeFacts | null,
  view: CaseView = deriveCase(events),
): Part[] {
  // The timeline is the history in the one order, each event once.
  const ordered = view.timeline.map((entry) => entry.event);
  const parts: Part[] = [];
  const prompt = casePrompt(view, intake);
  const category = view.registration?.category ?? '';
  const outcome = caseOutcome(view);
  parts.push(part(shanghaiMonth(view.openedAt), 'case', outcome, prompt));

  const registration = firstRegistration(view);
  if (registration && view.registration) {
    const month = shanghaiMonth(registration.createdAt);
    const source = view.registration.source.from;
    parts.push(part(month, 'registration', source, category));
    for (const group of new Set(view.registration.focusGroups))
      parts.push(part(month, 'caseFocusGroup', group, source));
  }
  if (view.solved) {
    const month = shanghaiMonth(view.solved.createdAt);
    parts.push(part(month, 'solvedOnSpot', category));
    for (const service of new Set(view.solved.services))
      parts.push(part(month, 'solvedService', service));
  }
  const { first, firstJoint, firstByTeam } = routings(view);
  if (first) parts.push(part(shanghaiMonth(first.createdAt), 'routedCase', category));
  for (const [team, routing] of firstByTeam)
    parts.push(part(shanghaiMonth(routing.createdAt), 'routed', team));
  if (firstJoint)
    parts.push(
      part(
        shanghaiMonth(firstJoint.createdAt),
        'joint',
        view.jointSession ? 'session' : 'noSession',
      ),
    );
  if (view.homeVisit)
    parts.push(
      part(
        shanghaiMonth(view.homeVisit.createdAt),
        'homeVisit',
        view.homeVisit.team,
        view.homeVisit.reason,
      ),
    );
  for (const t of view.teams)
    if (t.stage === 'resolved' && t.resolvedAt)
      parts.push(part(shanghaiMonth(t.resolvedAt), 'teamResolved', t.team));

  const result = caseResult(view);
  const report = caseReport(view);
  if (result) {
    const month = shanghaiMonth(result.at);
    const minutes = (Date.parse(result.at) - Date.parse(caseStartedAt(view, intake))) / 60_000;
    parts.push(part(month, 'result', result.path, report ? 'yes' : 'no'));
    parts.push(part(month, 'resultTime', String(durationBucket(minutes)), result.path));
  }
  if (report) parts.push(part(shanghaiMonth(report.reportedAt), 'reported', report.how));
  if (view.closed)
    parts.push(part(shanghaiMonth(view.closed.createdAt), 'closed', result?.path ?? 'none'));
  parts.push(...overdueParts(ordered, view));

  if (view.satisfaction) {
    const rating = view.satisfaction;
    const month = shanghaiMonth(rating.createdAt);
    const score = String(rating.score);
    parts.push(part(month, 'satisfaction', score));
    const teams = view.teams.filter((t) => t.routed || t.homeVisit).map((t) => t.team);
    for (const team of teams.length > 0 ? teams : ['desk'])
      parts.push(part(month, 'satisfactionTeam', team, score));
    for (const tag of new Set(rating.tags)) parts.push(part(month, 'satisfactionTag', tag));
  }
  for (const { event, ignored } of view.timeline)
    if (ignored === null && EVENT_STATS[event.type] !== 'state')
      parts.push(part(shanghaiMonth(event.createdAt), 'activity', event.type));
  return parts;
}
